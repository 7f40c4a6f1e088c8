// generateQuiz: article text -> format-1 quiz, on the seed, on short texts written here and on the corpus.
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {NumericQuestion, Question, QuizFile, SingleChoiceQuestion} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {describeKey} from '../../src/quiz/describe.js';
import {ArticleError, deriveTitle, generateQuiz, serializeQuiz} from '../../src/generator/quiz.js';
import {danglingPersonPronoun, evidenceProblem, numberIn, shapeOf} from './quiz-checks.js';
import {readSeed} from './helpers.js';

const CORPUS = 'test/corpus/articles';
const seed = generateQuiz(readSeed()).quiz;
const choiceQuestions = (quiz: QuizFile) => quiz.questions.filter((q): q is SingleChoiceQuestion => q.kind === 'single-choice');
const byPrompt = (quiz: QuizFile, pattern: RegExp) => quiz.questions.filter((q) => pattern.test(q.prompt));
const isYesNo = (q: SingleChoiceQuestion) => q.choices.map((c) => c.text).join('/') === 'Yes/No';
const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/** Every rule a generated quiz must keep, whatever the article. */
function expectSound(quiz: QuizFile, text: string): void {
  const checked = validateQuizFile(JSON.parse(serializeQuiz(quiz)));
  expect(checked.ok, JSON.stringify(checked.ok ? '' : checked.issues)).toBe(true);
  expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
  for (const q of quiz.questions) {
    expect(evidenceProblem(quiz, q), `${q.id}: ${q.prompt}`).toBeNull();
    expect(danglingPersonPronoun(q.prompt), `${q.id}: ${q.prompt}`).toBeNull();
    expect(q.prompt, q.id).not.toMatch(/"/);
    expect(q.prompt.trim().endsWith('?'), q.prompt).toBe(true);
    if (q.kind === 'timeline') for (const item of q.items) expect(danglingPersonPronoun(item.text), `${q.id}: ${item.text}`).toBeNull();
    if (q.kind === 'matching') {
      for (const pair of q.pairs) expect(danglingPersonPronoun(`${pair.answer} said “${pair.prompt}”`), `${q.id}: ${pair.prompt}`).toBeNull();
      // Options are names the article contains.
      for (const name of [...q.pairs.map((p) => p.answer), ...(q.distractors ?? [])]) expect(text, name).toContain(name.split(' ').at(-1));
    }
    if (q.kind !== 'single-choice') continue;
    expect(new Set(q.choices.map((c) => shapeOf(c.text))).size, `${q.id}: ${q.choices.map((c) => c.text)}`).toBe(1);
    expect(new Set(q.choices.map((c) => c.text.toLowerCase())).size).toBe(q.choices.length);
    if (q.category === 'quote' && q.prompt.startsWith('Which of these did')) {
      // "Which of these did X say?" (issue 11): every option is the article's own words, cut at most with an ellipsis.
      for (const c of q.choices) {
        const words = plain(c.text).replace(/^that /, '').replace(/^"|"$/g, '').replace(/ …$/, '').split(/[,;:]\s/);
        for (const part of words) expect(plain(text), c.text).toContain(part);
      }
      continue;
    }
    if (q.category === 'quote' && !isYesNo(q)) {
      // Names come from the article, and never two forms of one name.
      for (const c of q.choices) expect(text, c.text).toContain(c.text.split(' ').at(-1));
      const words = q.choices.map((c) => new Set(c.text.split(' ')));
      words.forEach((a, i) => words.forEach((b, j) => { if (i < j) expect([...a].filter((w) => b.has(w)), q.id).toEqual([]); }));
    }
    if (q.category === 'distance') {
      const key = numberIn(describeKey(q));
      for (const c of q.choices.filter((c) => c.id !== q.answer)) {
        expect(Math.abs(numberIn(c.text) - key) / key, `${c.text} vs ${key}`).toBeGreaterThan(0.15);
      }
    }
  }
}

describe('generateQuiz on the seed article', () => {
  it('makes a sound quiz of 8 to 14 questions covering dates, distances and quotes', () => {
    expectSound(seed, readSeed());
    expect(seed.questions.length).toBeGreaterThanOrEqual(8);
    expect(seed.questions.length).toBeLessThanOrEqual(14);
    const count = (c: string) => seed.questions.filter((q) => q.category === c).length;
    expect(count('date')).toBeGreaterThanOrEqual(3);
    expect(count('distance')).toBeGreaterThanOrEqual(2);
    expect(count('quote')).toBeGreaterThanOrEqual(3);
  });

  it('is byte-identical on every run', () => {
    const again = generateQuiz(`${readSeed()}`).quiz;
    expect(serializeQuiz(again)).toBe(serializeQuiz(seed));
  });

  it('spreads the key over positions', () => {
    const positions = choiceQuestions(seed).filter((q) => !isYesNo(q)).map((q) => q.choices.findIndex((c) => c.id === q.answer));
    expect(new Set(positions).size).toBeGreaterThanOrEqual(3);
  });

  it('dates the saying, not the reported event: Blinken said it Friday, the officials Thursday', () => {
    const [friday] = byPrompt(seed, /day of the week did Antony Blinken say that President Joe Biden approved/);
    expect(describeKey(friday!)).toBe('Friday');
    const [thursday] = byPrompt(seed, /day of the week did U\.S officials say that U\.S\. policy would continue/);
    expect(describeKey(thursday!)).toBe('Thursday');
    expect((thursday as SingleChoiceQuestion).choices.map((c) => shapeOf(c.text))).toEqual(['weekday', 'weekday', 'weekday', 'weekday']);
  });

  it('resolves "he" in "Earlier this year, he bent …" to Joe Biden and asks the year the dateline fixes', () => {
    const [q] = byPrompt(seed, /bent to calls/);
    expect(q!.prompt).toContain('[Joe Biden] bent');
    expect(q!.prompt).not.toMatch(/\bhe bent/);
    expect(describeKey(q!)).toBe('2024');
    expect(q!.explanation).toMatch(/dated May 2024/);
  });

  it('never asks the cleft "It’s the second time this year …" (its pronoun has no antecedent)', () => {
    expect(byPrompt(seed, /second time/)).toEqual([]);
  });

  it('asks the distances numerically or as a choice, with the rule’s tolerance and an "at most" for "up to"', () => {
    const [kharkiv] = byPrompt(seed, /How far is Kharkiv/) as NumericQuestion[];
    expect(kharkiv!.kind).toBe('numeric');
    expect(kharkiv!.answer).toEqual({value: 19, unit: 'mile', tolerance: 1});
    const [atacms] = byPrompt(seed, /At most how far can ATACMS reach/) as SingleChoiceQuestion[];
    expect(describeKey(atacms!)).toBe('186 miles');
    expect(atacms!.choices.map((c) => c.text)).toContain('19 miles'); // the article's other distance
  });

  it('offers only named people for "who said", never the group that may contain the speaker', () => {
    const who = choiceQuestions(seed).filter((q) => q.category === 'quote' && !isYesNo(q));
    expect(who.length).toBeGreaterThanOrEqual(2);
    for (const q of who) {
      expect(describeKey(q)).toBe('Antony Blinken');
      expect(q.choices.map((c) => c.text).sort()).toEqual(['Antony Blinken', 'Joe Biden', 'Vladimir Putin']);
    }
  });

  it('quotes the article’s own words in curly quotes, trimmed at a clause', () => {
    const direct = seed.questions.filter((q) => /^Who said: “/.test(q.prompt) || /say: “/.test(q.prompt));
    expect(direct.length).toBeGreaterThanOrEqual(1);
    for (const q of direct) {
      const words = /“(.+)”/.exec(q.prompt)![1]!.replace(/ …$/, '');
      expect(plain(readSeed())).toContain(plain(words));
    }
  });
});

const WASHINGTON = ` date 2024-05-20
U.S. officials said the new aid package would reach Ukraine within weeks and include air defense systems.

Secretary of State Antony Blinken said the alliance remains united behind Kyiv and its partners.

"We will stand with Ukraine for as long as it takes to win this war," Blinken told reporters.

Russian President Vladimir Putin said the West was prolonging the war with its weapons and its money.

"Our goals have not changed at all since the very beginning of the operation," Putin said.

President Joe Biden met NATO leaders in Brussels. "Our commitment to Europe is stronger than ever before," Biden said.`;

describe('who said it', () => {
  const quiz = generateQuiz(WASHINGTON).quiz;

  it('keeps every rule on a text with a group and three named people', () => {
    expectSound(quiz, WASHINGTON);
  });

  it('never offers a person who may belong to the speaking group ("U.S. officials" may include Blinken or Biden)', () => {
    // Asked as "Which of these did U.S. officials say?" (issue 11): the other words are only Putin's, never Blinken's or Biden's.
    const [which] = byPrompt(quiz, /^Which of these did U\.S\. officials say/) as SingleChoiceQuestion[];
    const [q] = which ? [which] : byPrompt(quiz, /new aid package/) as SingleChoiceQuestion[];
    expect(q).toBeDefined();
    if (which) {
      expect(describeKey(q!)).toMatch(/new aid package/);
      for (const c of q!.choices.filter((c) => c.id !== q!.answer)) expect(c.text).toMatch(/West was prolonging|Our goals have not changed/);
      return;
    }
    expect(isYesNo(q!)).toBe(true);
    expect(q!.prompt).not.toMatch(/Blinken|Biden/);
    if (describeKey(q!) === 'No') expect(q!.prompt).toMatch(/did Vladimir Putin say/);
    else expect(q!.prompt).toMatch(/did U\.S\. officials say/);
  });

  it('never offers the group as a wrong answer to a named speaker, nor one person under two names', () => {
    for (const q of choiceQuestions(quiz).filter((q) => q.category === 'quote' && !isYesNo(q) && q.prompt.startsWith('Who said'))) {
      expect(q.choices.map((c) => c.text).join('|')).not.toMatch(/officials/i);
      expect(q.choices.map((c) => c.text).filter((t) => /Biden/.test(t))).toHaveLength(1);
    }
  });
});

describe('dates', () => {
  const monthOnly = ` date 2024-05
The minister said Friday that the bridge would reopen after repairs lasting several months.

Workers finished the first section of the bridge yesterday, the ministry said in a short statement.

Last month, the regional council approved new money for the repairs to the old bridge.

Engineers will inspect the whole structure again this week before the official opening ceremony.`;

  it('under a month-only dateline: weekdays named in the text, months it fixes; never a vague date', () => {
    const quiz = generateQuiz(monthOnly).quiz;
    expectSound(quiz, monthOnly);
    const keys = quiz.questions.filter((q) => q.category === 'date').map(describeKey);
    expect(keys).toContain('Friday');
    expect(keys).toContain('April 2024');
    // "yesterday" has no value under a month dateline, and "this week" is no date: neither is asked.
    expect(quiz.questions.filter((q) => q.category === 'date' && /yesterday|this week/.test(q.prompt))).toEqual([]);
  });

  it('asks "when did this happen" about a dated event in the article\'s words, without a blank', () => {
    const text = ' date 2024-06-07\nFloods cut off the northern valley on Tuesday. Rescue crews reached the first villages on Thursday, and in 2019 a similar flood hit the region. The mayor said on Wednesday that roads were shut.';
    const prompts = generateQuiz(text).quiz.questions.map((q) => `${q.prompt} => ${describeKey(q)}`);
    expect(prompts).toContain('On which day of the week did this happen, according to the article: “Floods cut off the northern valley”? => Tuesday');
    // A clause cut short or only a saying is not asked this way.
    expect(prompts.filter((p) => /did this happen.*(?:said|\d”)/.test(p))).toEqual([]);
  });

  it('asks a race time as written, among the article\'s other times of the same shape', () => {
    const text = ' date 2024-06-09\nAna Ruiz won the city half marathon with a time of 1:21:07. Mia Chen was second in 1:24:40, and Lee Park finished third in 1:29:55.';
    const q = generateQuiz(text).quiz.questions.find((x) => /Ana Ruiz won/.test(x.prompt)) as SingleChoiceQuestion;
    expect(q.prompt).toBe('According to the article, Ana Ruiz won the city half marathon with what time?');
    expect(describeKey(q)).toBe('1:21:07');
    const choices = q.choices.map((c) => c.text);
    expect(choices).toHaveLength(4);
    expect(choices).toEqual(expect.arrayContaining(['1:21:07', '1:24:40', '1:29:55']));
    for (const c of choices) expect(c).toMatch(/^\d:\d\d:\d\d$/);
  });

  it('asks a range as written, among other ranges', () => {
    const text = ' date 2024-06-09\nThe storm will drop 10 to 15 centimeters of rain on the coast.';
    const q = generateQuiz(text).quiz.questions.find((x) => /rain/.test(x.prompt)) as SingleChoiceQuestion;
    expect(q.prompt).toBe('According to the article, the storm will drop how many centimeters of rain on the coast?');
    expect(describeKey(q)).toBe('10 to 15 centimeters');
    expect(q.choices.map((c) => c.text)).toEqual(expect.arrayContaining(['20 to 30 centimeters', '30 to 45 centimeters']));
  });

  it('never gives the answer in the words, asks no "years ago" year and no future event in the past tense', () => {
    const text = ' date 2024-06-05\nOur subject is the election of two thousand eight. The old bridge collapsed twenty years ago. ' +
      'The team has two games remaining on Saturday. Floods cut off the northern valley on Tuesday.';
    const prompts = generateQuiz(text).quiz.questions.map((q) => `${q.prompt} => ${describeKey(q)}`);
    expect(prompts.filter((p) => /two thousand eight”/.test(p) && !/____/.test(p))).toEqual([]);
    // … but the year in words is asked with a blank, like one in digits.
    expect(prompts).toContain('Which year is missing from this sentence of the article: “Our subject is the election of ____”? => 2008');
    expect(prompts.filter((p) => /=> 2004$/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /did this happen.*games remaining/.test(p))).toEqual([]);
    expect(prompts).toContain('On which day of the week did this happen, according to the article: “Floods cut off the northern valley”? => Tuesday');
  });

  it('never asks "did this happen" about a sentence whose subject is the date itself', () => {
    const prompts = generateQuiz(' date 2024-06-07\nWednesday began with four records in the pool, the organisers said.').quiz.questions.map((q) => q.prompt);
    expect(prompts.filter((p) => /did this happen/.test(p))).toEqual([]);
  });

  it('keeps sentences with a blank to a quarter of the quiz (or its one blank)', () => {
    const text = ' date 2024-06-07\nThe crew sailed a 40-foot boat. They fixed a 12-foot mast. The team built a 300-meter pier. ' +
      'Workers laid a 90-meter cable. Divers found a 15-foot anchor. Floods cut off the northern valley on Tuesday.';
    const questions = generateQuiz(text).quiz.questions;
    const blanks = questions.filter((q) => q.prompt.includes('____')).length;
    expect(questions.length).toBeGreaterThan(blanks);
    expect(blanks).toBeLessThanOrEqual(Math.max(1, Math.floor((questions.length - blanks) / 3)));
  });

  it('under a day dateline: "yesterday" is the day before, with wrong days of the same form', () => {
    const quiz = generateQuiz(monthOnly.replace('2024-05', '2024-05-10')).quiz;
    const said = (x: (typeof quiz.questions)[number]) => quiz.article.paragraphs[x.evidence.paragraph]!.slice(x.evidence.highlight!.start, x.evidence.highlight!.end);
    const [q] = quiz.questions.filter((x) => x.category === 'date' && said(x) === 'yesterday') as SingleChoiceQuestion[];
    expect(describeKey(q!)).toBe('May 9, 2024');
    expect(new Set(q!.choices.map((c) => shapeOf(c.text)))).toEqual(new Set(['full']));
    expect(q!.choices.map((c) => c.text)).not.toContain('May 9, 2023');
  });
});

describe('distances', () => {
  const text = ` date 2024-03-02
The village is 40 kilometers (25 miles) from the front line, local officials said on Monday.

A second town, Avdiivka, is about 105 kilometers from the regional capital.

The new drones have a range of up to 100 kilometers, according to the army.`;
  const quiz = generateQuiz(text).quiz;

  it('keeps every rule, and offers no choice within 15 % of the key or the key in another unit', () => {
    expectSound(quiz, text);
    const choice = choiceQuestions(quiz).filter((q) => q.category === 'distance');
    expect(choice.length).toBeGreaterThanOrEqual(1);
    for (const q of choice) {
      expect(q.choices.map((c) => c.text)).not.toContain('100 kilometers'); // within 15 % of 105
      expect(q.choices.every((c) => c.text.endsWith('kilometers'))).toBe(true);
    }
  });

  it('asks "how far" from "X is N km from Y", keeping the text’s unit', () => {
    const [q] = byPrompt(quiz, /^How far is the village from the front line\?$/) as NumericQuestion[];
    expect(q!.answer).toMatchObject({value: 40, unit: 'kilometer'});
    expect(q!.answer.tolerance).toBeLessThan(40 * 0.15);
  });

  it('asks "at most how far" for "up to"', () => {
    expect(byPrompt(quiz, /^At most how far can the new drones reach/)).toHaveLength(1);
  });
});

describe('edge cases', () => {
  it('negative control: no dates, measures or quotes gives a valid quiz with no questions and a note', () => {
    const r = generateQuiz(' date 2024-06-01\nThe weather was pleasant and everyone enjoyed the park.\n\nNothing else happened.');
    expect(r.quiz.questions).toEqual([]);
    expect(validateQuizFile(r.quiz).ok).toBe(true);
    expect(r.notes.join('\n')).toMatch(/no dates, distances or quotes/);
  });

  it('refuses an article without a dateline: a quiz needs its publication date', () => {
    expect(() => generateQuiz('Officials said Friday the road is 5 miles long.')).toThrow(ArticleError);
    expect(() => generateQuiz('Officials said Friday the road is 5 miles long.')).toThrow(/dateline/);
  });

  it('fills the article block: options, else a title from the first sentence and an honest source', () => {
    const text = ' date 2024-06-01\nBOSTON — The Coast Guard suspended its search Wednesday for a missing diver near the wreck, officials said.';
    const given = generateQuiz(text, {title: 'T', source: 'S', url: 'https://example.org/a', id: 'my-id'}).quiz;
    expect(given.article).toMatchObject({title: 'T', source: 'S', url: 'https://example.org/a', published: '2024-06-01', precision: 'day', language: 'en'});
    expect(given.id).toBe('my-id');
    const derived = generateQuiz(text).quiz;
    expect(derived.article.title).toBe('The Coast Guard suspended its search Wednesday for a missing diver\u2026');
    expect(derived.article.source).toBe('Unknown source');
    expect(derived.article.url).toBeUndefined();
    expect(derived.id).toBe('the-coast-guard-suspended-its-search-2024-06-01');
    expect(deriveTitle(['From Washington, this is VOA news. I’m Michael Brown reporting.', 'WASHINGTON -- The Senate passed the bill on Tuesday.'])).toBe('The Senate passed the bill on Tuesday');
    expect(deriveTitle('A very long first sentence that goes on and on about many things in the world today and more.')).toBe('A very long first sentence that goes on and on about many…');
  });
});

describe('pronouns in prompts', () => {
  it('never put a name for "he" that the text does not give near it (someone unlisted may come in between)', () => {
    const text = ' date 2024-05-15\nJudge Ana Ruiz sentenced the man on Tuesday. She said the harm was grave.\n\n' +
      'Tom Reyes was arrested in 2019 at a border crossing. He was moved to a federal prison in 2021 to await trial.';
    const quiz = generateQuiz(text).quiz;
    const shown = quiz.questions.flatMap((q) => [q.prompt, ...(q.kind === 'timeline' ? q.items.map((i) => i.text) : [])]);
    expect(shown.some((s) => /Tom Reyes was arrested/.test(s))).toBe(true);
    expect(shown.filter((s) => /moved to a federal prison/.test(s) && /Ana Ruiz/.test(s))).toEqual([]);
  });
});

describe('the prompt checks', () => {
  it('take a pronoun as explained by a name before it, initials opening the quoted sentence included', () => {
    const ask = (sentence: string) => danglingPersonPronoun(`Which date is missing from this sentence of the article: “${sentence}”?`);
    expect(ask('J.K., 41, lost his way on ____')).toBeNull();
    expect(ask('Later she said the road was closed on ____')).toBe('she');
    expect(ask('The hiker lost his way on ____')).toBe('his');
  });
});

describe('the corpus', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));
  it.each(files)('%s gives a sound quiz', (file) => {
    const text = readFileSync(join(CORPUS, file), 'utf8');
    const quiz = generateQuiz(text).quiz;
    expectSound(quiz, text);
    // At least 1: the ultramarathon article's one quote question was cut mid-clause ("did Nagle say that but the
    // unusual thing …", issue 11) and the asteroid article's quotes are all one agency's, which a lone "yes" no
    // "no" balances cannot ask; both keep one measure question.
    expect(quiz.questions.length).toBeGreaterThanOrEqual(1);
  });
});

describe('browser safety', () => {
  it('the generator imports no Node module', () => {
    const seen = new Set<string>();
    const queue = ['src/generator/quiz.ts'];
    const packages = new Set<string>();
    while (queue.length) {
      const file = normalize(queue.pop()!);
      if (seen.has(file)) continue;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) queue.push(join(dirname(file), spec.replace(/\.js$/, '.ts')));
        else packages.add(spec);
      }
    }
    expect([...seen]).toContain('src/generator/questions-quote.ts');
    expect([...packages].filter((p) => p.startsWith('node:') || ['fs', 'path', 'os'].includes(p))).toEqual([]);
  });
});

export type {Question};
