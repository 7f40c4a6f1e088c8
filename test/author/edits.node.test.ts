// The teacher's edits as pure functions: applying them, checking them with the format's validator, and
// carrying them over to a quiz made again from a changed text (what could not be kept is reported).
import {describe, expect, it} from 'vitest';
import {
  addItem,
  applyEdit,
  carryOver,
  curatedQuiz,
  draftOf,
  editItem,
  factKey,
  freeId,
  moveItem,
  removeItem,
  restoreItem,
  validateItem,
  type Draft,
} from '../../src/author/edits.js';
import {questionFromFact, blankedSentence, defaultTolerance} from '../../src/author/fact-questions.js';
import {factSeeds, type FactSeed} from '../../src/author/fact-seeds.js';
import type {NumericQuestion, QuizFile, SingleChoiceQuestion} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {extractFacts} from '../../src/generator/facts.js';
import {cloneJson, kindsQuiz, makeQuiz} from '../fixtures.js';

const item = (draft: Draft, id: string) => draft.items.find((i) => i.question.id === id)!;
const ids = (draft: Draft) => draft.items.map((i) => i.question.id);

describe('applying edits', () => {
  it('edits a prompt, a choice, the key, and a numeric answer, marking the question edited', () => {
    let draft = draftOf(makeQuiz());
    draft = editItem(draft, 0, {field: 'prompt', text: 'When did the bridge reopen?'});
    draft = editItem(draft, 0, {field: 'choice', index: 2, text: 'Sunday'});
    draft = editItem(draft, 0, {field: 'answer', choice: 'c'});
    const q = item(draft, 'q-date').question as SingleChoiceQuestion;
    expect(q.prompt).toBe('When did the bridge reopen?');
    expect(q.choices.map((c) => c.text)).toEqual(['Thursday', 'Friday', 'Sunday']);
    expect(q.answer).toBe('c');
    expect(item(draft, 'q-date').edited).toBe(true);
    expect(item(draft, 'q-quote').edited).toBe(false);

    draft = editItem(draft, 1, {field: 'tolerance', text: ' 0.5 '});
    draft = editItem(draft, 1, {field: 'unit', text: 'mile'});
    expect((item(draft, 'q-distance').question as NumericQuestion).answer).toEqual({value: 30, unit: 'mile', tolerance: 0.5});
  });

  it('keeps a number field as typed while it is not a number, and the validator names it', () => {
    const quiz = makeQuiz();
    const typed = applyEdit(draftOf(quiz).items[1]!, {field: 'tolerance', text: 'two'});
    expect(typed.raw).toEqual({'answer.tolerance': 'two'});
    expect((typed.question as NumericQuestion).answer.tolerance).toBe(2);
    expect(validateItem(typed, quiz)).toEqual({'answer.tolerance': 'expected a number, got "two"'});
    const fixed = applyEdit(typed, {field: 'tolerance', text: '3'});
    expect(fixed.raw).toEqual({});
    expect(validateItem(fixed, quiz)).toEqual({});
    expect(validateItem(applyEdit(fixed, {field: 'tolerance', text: '-1'}), quiz)).toEqual({'answer.tolerance': 'expected a number of at least 0, got -1'});
    expect(validateItem(applyEdit(fixed, {field: 'value', text: ''}), quiz)).toEqual({'answer.value': 'expected a number, got ""'});
  });

  it("gives the validator's messages by field, and flags two choices that read the same", () => {
    const quiz = makeQuiz();
    const first = draftOf(quiz).items[0]!;
    expect(validateItem(applyEdit(first, {field: 'prompt', text: '   '}), quiz)).toEqual({prompt: 'expected a non-empty string'});
    expect(validateItem(applyEdit(first, {field: 'choice', index: 0, text: ''}), quiz)).toEqual({'choices[0].text': 'expected a non-empty string'});
    expect(validateItem(applyEdit(first, {field: 'answer', choice: 'z'}), quiz)).toEqual({answer: 'expected the id of one of the choices (a, b, c), got "z"'});
    expect(validateItem(applyEdit(first, {field: 'choice', index: 2, text: ' friday'}), quiz)).toEqual({
      'choices[2].text': 'expected a choice of its own, this one reads the same as choice 2',
    });
    expect(validateItem(applyEdit(draftOf(quiz).items[1]!, {field: 'unit', text: 'hour'}), quiz)['answer.unit']).toMatch(/^expected a length unit for a distance/);
  });

  it('an edit that does not fit the kind changes nothing', () => {
    const draft = draftOf(makeQuiz());
    expect(applyEdit(draft.items[1]!, {field: 'answer', choice: 'a'})).toBe(draft.items[1]);
    expect(applyEdit(draft.items[0]!, {field: 'tolerance', text: '1'})).toBe(draft.items[0]);
    expect(applyEdit(draft.items[0]!, {field: 'choice', index: 9, text: 'x'})).toBe(draft.items[0]);
  });

  it('removes, restores, moves and adds; the curated quiz is what is left, in order, and valid', () => {
    let draft = draftOf(makeQuiz());
    draft = removeItem(draft, 0);
    draft = moveItem(draft, 2, -1);
    expect(ids(draft)).toEqual(['q-date', 'q-quote', 'q-distance']);
    expect(moveItem(draft, 0, -1)).toBe(draft);
    expect(moveItem(draft, 2, 1)).toBe(draft);
    const extra: NumericQuestion = {...(makeQuiz().questions[1] as NumericQuestion), id: freeId(draft, 'added'), prompt: 'Added?'};
    expect(extra.id).toBe('added-1');
    draft = addItem(draft, extra);
    let curated = curatedQuiz(draft);
    expect(curated.ok && curated.quiz.questions.map((q) => q.id)).toEqual(['q-quote', 'q-distance', 'added-1']);
    expect(curated.ok && validateQuizFile(curated.quiz).ok).toBe(true);
    draft = restoreItem(draft, 0);
    curated = curatedQuiz(draft);
    expect(curated.ok && curated.quiz.questions.length).toBe(4);
  });

  it('refuses a curated quiz with a problem or with every question removed', () => {
    let draft = draftOf(makeQuiz());
    draft = editItem(draft, 2, {field: 'prompt', text: ''});
    expect(curatedQuiz(draft)).toEqual({ok: false, empty: false, invalid: [2]});
    // A removed question's problems do not count.
    expect(curatedQuiz(removeItem(draft, 2)).ok).toBe(true);
    draft = [0, 1, 2].reduce(removeItem, draft);
    expect(curatedQuiz(draft)).toEqual({ok: false, empty: true, invalid: []});
  });
});

describe('carrying edits over to a quiz made again', () => {
  /** The fixture made again from a text with a new first paragraph: every sentence moves down one. */
  function remade(): QuizFile {
    const quiz = cloneJson(makeQuiz());
    quiz.article.paragraphs.unshift('A new lead paragraph was added.');
    for (const q of quiz.questions) q.evidence.paragraph += 1;
    return quiz;
  }

  it('keys a question by its sentence and highlighted words, not by where they are', () => {
    const before = makeQuiz();
    const after = remade();
    expect(factKey(before.questions[0]!, before.article.paragraphs)).toBe(factKey(after.questions[0]!, after.article.paragraphs));
    expect(factKey(before.questions[0]!, before.article.paragraphs)).not.toBe(factKey(before.questions[2]!, before.article.paragraphs));
  });

  it('keeps edits, removals, additions and order where the fact is still in the article', () => {
    let draft = draftOf(makeQuiz());
    draft = editItem(draft, 0, {field: 'prompt', text: 'When did it reopen?'});
    draft = removeItem(draft, 1);
    draft = moveItem(draft, 2, -2);
    const added: SingleChoiceQuestion = {...(makeQuiz().questions[2] as SingleChoiceQuestion), id: 'added-1', prompt: 'Who spoke?'};
    draft = addItem(draft, added);
    const {draft: next, dropped, kept} = carryOver(draft, remade());
    expect(dropped).toEqual([]);
    expect(kept).toBe(3);
    expect(ids(next)).toEqual(['q-quote', 'q-date', 'q-distance', 'added-1']);
    expect(item(next, 'q-date').question.prompt).toBe('When did it reopen?');
    expect(item(next, 'q-date').question.evidence).toEqual({paragraph: 1, start: 0, end: 51, highlight: {start: 23, end: 29}});
    expect(item(next, 'q-distance').removed).toBe(true);
    expect(item(next, 'added-1').question.evidence.paragraph).toBe(3);
    const curated = curatedQuiz(next);
    expect(curated.ok && curated.quiz.questions.map((q) => q.prompt)).toEqual(['Who said "We are ready"?', 'When did it reopen?', 'Who spoke?']);
    expect(curated.ok && curated.quiz.article.paragraphs[0]).toBe('A new lead paragraph was added.');
  });

  it('reports the edits whose sentence is gone, and takes the new questions as made', () => {
    let draft = draftOf(makeQuiz());
    draft = editItem(draft, 1, {field: 'prompt', text: 'How far did it go?'});
    draft = editItem(draft, 2, {field: 'prompt', text: 'Who said it?'});
    const quiz = cloneJson(makeQuiz());
    // The storm's sentence now says 40 kilometres: the distance question is about another fact.
    quiz.article.paragraphs[1] = 'The storm travelled 40 kilometres inland, officials said.';
    const {draft: next, dropped} = carryOver(draft, quiz);
    expect(dropped).toEqual(['Question “How far did it go?” (edited): its sentence is no longer in the article.']);
    expect(item(next, 'q-distance').question.prompt).toBe('How far inland did the storm travel?');
    expect(item(next, 'q-quote').question.prompt).toBe('Who said it?');
  });

  it('keeps an edited question the new quiz no longer asks, and moves timeline and matching evidence', () => {
    let draft = draftOf(kindsQuiz());
    draft = editItem(draft, 3, {field: 'prompt', text: 'Order these.'});
    draft = editItem(draft, 0, {field: 'prompt', text: 'Which day?'});
    const quiz = cloneJson(kindsQuiz());
    quiz.article.paragraphs.push('More news.');
    quiz.questions = quiz.questions.filter((q) => q.id !== 'q-date');
    const {draft: next, dropped} = carryOver(draft, quiz);
    expect(dropped).toEqual([]);
    expect(ids(next)).toEqual(['q-date', 'q-distance', 'q-quote', 'q-timeline', 'q-matching']);
    expect(item(next, 'q-timeline').question.prompt).toBe('Order these.');
    expect(curatedQuiz(next).ok).toBe(true);
  });
});

describe('a question from a fact', () => {
  const text = ' date 2024-05-17\nThe bridge first opened in 1985, Mayor Ana Ruiz said.\n\nIt reopened in 2023 after a storm travelled 30 kilometres (19 miles) inland.\n\n"We are ready," said Ben Cole, the engineer.';

  function seeds() {
    const all = factSeeds(extractFacts(text), text);
    const list = [...all.dates, ...all.measures, ...all.quotes].filter((s): s is FactSeed => s !== null);
    return {all, list};
  }

  it('gives each fact its evidence in the question file’s terms, the answer highlighted', () => {
    const {all} = seeds();
    const paragraphs = ['The bridge first opened in 1985, Mayor Ana Ruiz said.', 'It reopened in 2023 after a storm travelled 30 kilometres (19 miles) inland.', '"We are ready," said Ben Cole, the engineer.'];
    const date = all.dates[0]!;
    expect(date.kind).toBe('date');
    const e = date.evidence;
    expect(paragraphs[e.paragraph]!.slice(e.highlight!.start, e.highlight!.end)).toBe('1985');
    const measure = all.measures.find((m) => m?.kind === 'measure')!;
    expect(blankedSentence(measure.evidence, paragraphs)).toBe('It reopened in 2023 after a storm travelled ____ inland.');
    const quote = all.quotes.find((q) => q?.kind === 'quote' && q.speaker === 'Ben Cole')!;
    expect(paragraphs[quote.evidence.paragraph]!.slice(quote.evidence.highlight!.start, quote.evidence.highlight!.end)).toBe('Ben Cole');
  });

  it('makes a valid question for a date, a measure and a quote, with the article’s other facts as wrong choices', () => {
    const {list} = seeds();
    const quiz = makeQuiz({
      article: {...makeQuiz().article, paragraphs: text.split('\n\n').map((p, i) => (i === 0 ? p.replace(/^ date \S+\n/, '') : p))},
      questions: [],
    });
    for (const seed of list) {
      const q = questionFromFact(seed, list.filter((s) => s !== seed), quiz.article.paragraphs, `added-${seed.kind}`);
      if (typeof q === 'string') expect(seed.kind).toBe('quote');
      else expect(validateQuizFile({...quiz, questions: [q]}).ok, `${seed.kind}: ${JSON.stringify(q)}`).toBe(true);
    }
    const date = questionFromFact(list.find((s) => s.kind === 'date')!, list, quiz.article.paragraphs, 'd') as SingleChoiceQuestion;
    expect(date.choices.map((c) => c.text).sort()).toEqual(['1985', '2023']);
    const measure = questionFromFact(list.find((s) => s.kind === 'measure')!, list, quiz.article.paragraphs, 'm') as NumericQuestion;
    expect(measure.answer).toEqual({value: 30, unit: 'kilometer', tolerance: 1.5});
    expect(defaultTolerance(6_100_000)).toBe(310_000);
  });

  it('says why when there is nothing else to choose from', () => {
    const {list} = seeds();
    const quote = list.find((s) => s.kind === 'quote')!;
    expect(questionFromFact(quote, [], [], 'q')).toBe('the article quotes no one else to choose from');
    expect(questionFromFact(list.find((s) => s.kind === 'date')!, [], [], 'q')).toBe('the article gives no other date to choose from');
  });
});
