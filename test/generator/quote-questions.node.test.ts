// Issue 11, the quote side: "Who said …?" among every kind of source that surely is not the speaker, "Which of these
// did X say?", yes/no items balanced and not answerable from the kind of source, evidence that names the speaker.
import {describe, expect, it} from 'vitest';
import type {SingleChoiceQuestion} from '../../src/format/types.js';
import {generateQuiz} from '../../src/generator/quiz.js';
import {describeKey} from '../../src/quiz/describe.js';
import {article, quoteQuestions} from './quote-helpers.js';

const isYesNo = (q: SingleChoiceQuestion) => q.choices.map((c) => c.text).join('/') === 'Yes/No';
const evidenceText = (text: string, q: SingleChoiceQuestion) => {
  const quiz = generateQuiz(text).quiz;
  const p = quiz.article.paragraphs[q.evidence.paragraph]!;
  return {shown: p.slice(q.evidence.start, q.evidence.end), marked: p.slice(q.evidence.highlight!.start, q.evidence.highlight!.end)};
};

describe('who said it, with an organisation as the key', () => {
  const text = article(
    'The BBC reported that the ferry sank in calm water two hours after it left the harbour.',
    'Mexican officials said the storm will reach the coast before the end of the week.',
    'Russian officials said the grain shipments would resume once the port had been cleared.');

  it('offers other sources that surely are not the BBC (officials are no news organisation), never a form of its name', () => {
    const [q] = quoteQuestions(text).filter((x) => /^Who said that the ferry sank/.test(x.prompt));
    expect(q).toBeDefined();
    expect(describeKey(q!)).toBe('the BBC');
    expect(q!.choices.map((c) => c.text).sort()).toEqual(['Mexican officials', 'Russian officials', 'the BBC']);
  });
});

describe('which of these did X say', () => {
  const text = article(
    'Rescue coordinator Ana Ruiz said the teams have pulled dozens of people alive from the collapsed buildings.',
    'Geologist Ken Hudnut said the old lake bed is the reason the shaking was so much worse.',
    'Ruiz also said the search dogs have found three more survivors under the school.',
    'Hudnut said the aftershocks would go on for several weeks along the southern fault.');

  it('keys the person’s own words, the other choices other people’s words, all of a like length', () => {
    const which = quoteQuestions(text).filter((q) => q.prompt.startsWith('Which of these did'));
    expect(which.length).toBeGreaterThanOrEqual(1);
    for (const q of which) {
      const person = /^Which of these did (.+?) say/.exec(q.prompt)![1]!;
      const own = {'Ana Ruiz': /pulled dozens|search dogs/, 'Ken Hudnut': /old lake bed|aftershocks/}[person]!;
      expect(describeKey(q)).toMatch(own);
      const wrong = q.choices.filter((c) => c.id !== q.answer);
      expect(wrong.length).toBeGreaterThanOrEqual(2);
      for (const c of wrong) expect(c.text).not.toMatch(own);
      const lengths = q.choices.map((c) => c.text.split(' ').length);
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(8);
      expect(evidenceText(text, q).marked).toContain(person.split(' ').at(-1));
    }
  });
});

describe('yes/no items', () => {
  const text = article(
    'U.S. officials said the new aid package would reach the front within weeks.',
    'Secretary of State Antony Blinken said the alliance remains united behind its partners.',
    '“We will stand with our partners for as long as it takes,” Blinken told reporters.',
    'Russian President Vladimir Putin said the West was prolonging the war with its weapons and its money.',
    '“Our goals have not changed at all since the very beginning,” Putin said.',
    'Kremlin officials said the talks in Geneva had ended without any agreement on the prisoners.',
    'President Joe Biden met allied leaders in Brussels. “Our commitment to Europe is stronger than ever before,” Biden said.');

  it('are as many “no” as “yes” (one more at most), and a “no” names a source that surely did not say it', () => {
    const yesNo = quoteQuestions(text).filter(isYesNo);
    const yes = yesNo.filter((q) => describeKey(q) === 'Yes').length;
    expect(Math.abs(yesNo.length - 2 * yes)).toBeLessThanOrEqual(1);
    for (const q of yesNo.filter((x) => describeKey(x) === 'No')) {
      // Blinken and Biden may be U.S. officials, Putin may be a Kremlin official: none of them is named against those.
      const asked = /did (.+?) say/.exec(q.prompt)![1]!;
      const {marked} = evidenceText(text, q);
      expect(marked).not.toContain(asked);
      if (/officials/.test(marked) && /U\.S\./.test(marked)) expect(asked).not.toMatch(/Blinken|Biden|U\.S\./);
      if (/Kremlin/.test(marked)) expect(asked).not.toMatch(/Putin|Kremlin/);
    }
  });

  it('a group’s words can be a “no” as well as a “yes”: the kind of source does not give the answer', () => {
    const two = article(
      'Kremlin officials said the talks in Geneva had ended without any agreement on the prisoners.',
      'U.S. officials said the new aid package would reach the front within weeks.');
    const answers = quoteQuestions(two).filter(isYesNo).map((q) => `${/did (.+?) say/.exec(q.prompt)![1]} ${describeKey(q)}`);
    expect(answers.some((a) => / No$/.test(a))).toBe(true);
  });
});

describe('the evidence of a quote question names the speaker', () => {
  it('covers the sentence naming the speaker, not only “he said”', () => {
    const text = article(
      'Mayor Tom Reyes said the town would open two more shelters for the families who lost their homes.',
      'Reyes visited the shelter on Monday. “We will rebuild every home in this valley before the winter comes,” he said.',
      'Fire chief Paul Moreno said the last of the fires in the old town had been put out by the evening.',
      'Moreno said the firefighters would stay in the valley until the end of the month.');
    const q = quoteQuestions(text).find((x) => /rebuild every home/.test(x.prompt) || x.choices.some((c) => /rebuild every home/.test(c.text)));
    expect(q).toBeDefined();
    const {shown, marked} = evidenceText(text, q!);
    expect(marked).toBe('Reyes');
    expect(shown).toMatch(/^Reyes visited the shelter/);
    expect(shown).toContain('rebuild every home');
  });

  it('leaves out words whose paragraph names their speaker by a pronoun only', () => {
    const text = article(
      'Fire chief Paul Moreno said the last of the fires in the old town had been put out by the evening.',
      '“The crews worked through the night without a single break and saved the school,” he said.',
      'Nurse Lena Ortiz said the field hospital treated more than two hundred patients on the first night.');
    for (const q of quoteQuestions(text)) expect(`${q.prompt} ${q.choices.map((c) => c.text).join(' ')}`).not.toMatch(/crews worked through the night/);
  });
});
