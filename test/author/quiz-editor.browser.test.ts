/**
 * <article-quiz-editor> in Chromium: a teacher edits a prompt and a key, types an invalid tolerance and reads
 * the validator's message next to the field, removes and restores a question, moves one (focus follows it),
 * adds one from a fact, and makes the quiz again (edits carried over, the ones that could not be are listed).
 * Every state passes axe.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {beforeAll, describe, it} from 'vitest';
import {linkAuthorStyles} from './page-styles.js';
import '../../src/author/quiz-editor.js';
import type {QuizEditor} from '../../src/author/quiz-editor.js';
import type {FactSeed} from '../../src/author/fact-seeds.js';
import type {NumericQuestion, QuizFile, SingleChoiceQuestion} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {cloneJson, makeQuiz} from '../fixtures.js';

beforeAll(linkAuthorStyles);

const distanceSeed: FactSeed = {
  kind: 'measure',
  text: '30 kilometres',
  value: 30,
  unit: 'kilometer',
  category: 'distance',
  evidence: {paragraph: 1, start: 0, end: 57, highlight: {start: 20, end: 33}},
};

async function mount(quiz: QuizFile = makeQuiz()) {
  const el = await fixture<QuizEditor>(html`<article-quiz-editor .quiz=${quiz} .seeds=${{dates: [], measures: [distanceSeed], quotes: []}}></article-quiz-editor>`);
  const root = el.shadowRoot!;
  const groups = () => [...root.querySelectorAll('fieldset')];
  /** The question whose legend starts with "Question n". */
  const question = (n: number) => groups().find((f) => f.querySelector('legend')!.textContent!.startsWith(`Question ${n}:`))!;
  const control = <T extends HTMLElement>(n: number, label: string): T => {
    const found = [...question(n).querySelectorAll('label')].find((l) => l.textContent!.trim() === label);
    if (!found) throw new Error(`No field "${label}" in question ${n}`);
    return root.getElementById(found.htmlFor) as T;
  };
  const button = (n: number, name: string) => [...question(n).querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
  /** Types into a field as a user does, and waits for the list to be drawn again. */
  const type = async (n: number, label: string, value: string) => {
    const field = control<HTMLInputElement>(n, label);
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
    await el.updateComplete;
  };
  const press = async (n: number, name: string) => {
    button(n, name).click();
    await el.updateComplete;
  };
  const status = () => root.querySelector('[role="status"]')!.textContent!.trim();
  const curated = () => {
    const c = el.curated;
    if (!c.ok) throw new Error(`not a valid quiz: ${JSON.stringify(c)}`);
    return c.quiz;
  };
  return {el, root, groups, question, control, button, type, press, status, curated};
}

describe('<article-quiz-editor>', () => {
  it('shows every question with its fields and evidence, and passes axe', async () => {
    const p = await mount();
    expect(p.groups().map((g) => g.querySelector('legend')!.textContent)).to.deep.equal([
      'Question 1: Date, choose one',
      'Question 2: Distance, type a number',
      'Question 3: Quote, choose one',
    ]);
    expect(p.control<HTMLTextAreaElement>(1, 'Prompt').value).to.equal('On which day did the bridge reopen?');
    expect(p.question(1).querySelector('.evidence mark')!.textContent).to.equal('Friday');
    expect(p.control<HTMLInputElement>(2, 'Tolerance').value).to.equal('2');
    expect(p.control<HTMLSelectElement>(2, 'Unit').value).to.equal('kilometer');
    expect(p.control<HTMLSelectElement>(1, 'Right answer').value).to.equal('b');
    await expect(p.el).to.be.accessible();
  });

  it('edits a prompt and a key; the curated quiz has them and each edit fires quiz-edit', async () => {
    const p = await mount();
    const fired = oneEvent(p.el, 'quiz-edit');
    await p.type(1, 'Prompt', 'When did the bridge reopen?');
    expect((await fired).detail).to.deep.equal({ok: true});
    expect(p.question(1).querySelector('legend')!.textContent).to.equal('Question 1: Date, choose one (edited)');
    const key = p.control<HTMLSelectElement>(1, 'Right answer');
    key.value = 'c';
    key.dispatchEvent(new Event('change', {bubbles: true}));
    await p.el.updateComplete;
    await p.type(1, 'Choice C', 'Saturday');
    const q = p.curated().questions[0] as SingleChoiceQuestion;
    expect(q.prompt).to.equal('When did the bridge reopen?');
    expect(q.answer).to.equal('c');
    expect(q.choices[2]!.text).to.equal('Saturday');
    expect(validateQuizFile(p.curated()).ok).to.equal(true);
  });

  it("shows the validator's message next to an invalid field and refuses the quiz until it is fixed", async () => {
    const p = await mount();
    const fired = oneEvent(p.el, 'quiz-edit');
    await p.type(2, 'Tolerance', '-1');
    expect((await fired).detail).to.deep.equal({ok: false});
    const field = p.control<HTMLInputElement>(2, 'Tolerance');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => p.root.getElementById(id)!.textContent);
    expect(described).to.include('expected a number of at least 0, got -1');
    expect(p.el.curated).to.deep.equal({ok: false, empty: false, invalid: [1]});
    expect(p.root.querySelector('#summary')!.textContent).to.contain('1 question has a problem to fix before downloading');
    await expect(p.el).to.be.accessible();
    // The download buttons' check brings the teacher to the field.
    field.blur();
    p.el.focusFirstProblem();
    expect(p.root.activeElement).to.equal(field);

    await p.type(2, 'Tolerance', '0.5');
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect((p.curated().questions[1] as NumericQuestion).answer.tolerance).to.equal(0.5);
    await p.type(2, 'Prompt', '');
    expect(p.question(2).textContent).to.contain('expected a non-empty string');
  });

  it('removes and restores a question: focus stays on its button, the live region says so', async () => {
    const p = await mount();
    await p.press(2, 'Remove');
    expect(p.question(2).querySelector('legend')!.textContent).to.equal('Question 2: Distance, type a number (removed)');
    expect(p.status()).to.equal('Question 2 removed: it is left out of the downloads. Restore brings it back.');
    expect(p.root.activeElement).to.equal(p.button(2, 'Restore'));
    expect(p.curated().questions.map((q) => q.id)).to.deep.equal(['q-date', 'q-quote']);
    await expect(p.el).to.be.accessible();
    await p.press(2, 'Restore');
    expect(p.status()).to.equal('Question 2 restored.');
    expect(p.root.activeElement).to.equal(p.button(2, 'Remove'));
    expect(p.curated().questions).to.have.length(3);
  });

  it('moves a question with Move up / Move down; focus follows it', async () => {
    const p = await mount();
    const first = p.button(1, 'Move down');
    first.focus();
    await p.press(1, 'Move down');
    expect(p.curated().questions.map((q) => q.id)).to.deep.equal(['q-distance', 'q-date', 'q-quote']);
    expect(p.status()).to.equal('Question 1 moved down: now question 2 of 3.');
    expect(p.root.activeElement).to.equal(p.button(2, 'Move down'));
    expect(p.control<HTMLTextAreaElement>(2, 'Prompt').value).to.equal('On which day did the bridge reopen?');
    await p.press(2, 'Move down');
    await p.press(3, 'Move down');
    expect(p.status()).to.equal('Question 3 is already last.');
    expect(p.button(3, 'Move down').getAttribute('aria-disabled')).to.equal('true');
    expect(p.curated().questions.map((q) => q.id)).to.deep.equal(['q-distance', 'q-quote', 'q-date']);
  });

  it('adds a question from a fact, focused on its prompt', async () => {
    const p = await mount();
    expect(p.el.addFromFact(distanceSeed)).to.equal(null);
    await p.el.updateComplete;
    expect(p.groups()).to.have.length(4);
    expect(p.question(4).querySelector('legend')!.textContent).to.equal('Question 4: Distance, type a number (added)');
    expect(p.root.activeElement).to.equal(p.control(4, 'Prompt'));
    expect(p.status()).to.contain('Added question 4');
    const added = p.curated().questions[3] as NumericQuestion;
    expect(added.answer).to.deep.equal({value: 30, unit: 'kilometer', tolerance: 1.5});
    expect(added.prompt).to.contain('____ inland');
    await expect(p.el).to.be.accessible();
  });

  it('keeps edits when the quiz is made again, and lists those it could not keep', async () => {
    const p = await mount();
    await p.type(1, 'Prompt', 'When did it reopen?');
    await p.type(2, 'Prompt', 'How far did it go?');
    await p.press(3, 'Remove');
    const remade = cloneJson(makeQuiz());
    remade.article.paragraphs[1] = 'The storm travelled 40 kilometres inland, officials said.';
    p.el.quiz = remade;
    await p.el.updateComplete;
    expect(p.control<HTMLTextAreaElement>(1, 'Prompt').value).to.equal('When did it reopen?');
    expect(p.control<HTMLTextAreaElement>(2, 'Prompt').value).to.equal('How far inland did the storm travel?');
    expect(p.question(3).querySelector('legend')!.textContent).to.contain('(removed)');
    expect(p.root.querySelector('#dropped')!.textContent).to.contain('Question “How far did it go?” (edited): its sentence is no longer in the article.');
    await expect(p.el).to.be.accessible();
  });

  it('renders script payloads in questions as text', async () => {
    const quiz = makeQuiz();
    quiz.questions[0]!.prompt = '<img src=x onerror="window.__pwned=1">';
    const p = await mount(quiz);
    expect(p.control<HTMLTextAreaElement>(1, 'Prompt').value).to.equal(quiz.questions[0]!.prompt);
    expect(p.root.querySelector('img')).to.equal(null);
  });
});
