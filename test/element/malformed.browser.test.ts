/**
 * Generated malformed question files fed to the element, as the quiz property and as an inline script: it always
 * ends on an error inside itself (naming a field where there is one) or on a start screen that works, fires
 * quiz-error for every refusal, never throws into the host page, and the page around it keeps working.
 */
import fc from 'fast-check';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import '../../src/element/article-quiz.js';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import {cloneJson, kindsQuiz} from '../fixtures.js';
import {allPaths, getAt, isOptional, quizFileArb, setAt, wrongTypeArb} from '../format/quiz-arbitrary.js';
import {waitFor} from './harness.js';

type Input = {how: 'property'; value: unknown; label: string} | {how: 'inline'; text: string; label: string};

/** ~50 inputs, the same ones on every run (fixed seeds): random JSON, wrong types, deletions, text that is not JSON. */
function generatedInputs(): Input[] {
  const inputs: Input[] = [];
  const mutate = (count: number, seed: number, change: 'wrong' | 'delete' | 'anything', how: 'property' | 'inline') => {
    const samples = fc.sample(
      quizFileArb.chain((quiz) => {
        const paths = allPaths(quiz).filter((p) => change !== 'delete' || (typeof p[p.length - 1] === 'string' && !isOptional(p)));
        return fc.constantFrom(...paths).chain((path) =>
          (change === 'wrong' ? wrongTypeArb(getAt(quiz, path)) : change === 'delete' ? fc.constant(undefined) : fc.anything()).map((value) => ({quiz, path, value}))
        );
      }),
      {numRuns: count, seed}
    );
    for (const {quiz, path, value} of samples) {
      const broken = cloneJson(quiz);
      setAt(broken, path, value);
      const label = `${change} ${path.join('.')} (${how})`;
      inputs.push(how === 'property' ? {how, value: broken, label} : {how, text: JSON.stringify(broken) ?? '', label});
    }
  };
  mutate(12, 1, 'wrong', 'property');
  mutate(8, 2, 'wrong', 'inline');
  mutate(6, 3, 'delete', 'property');
  mutate(4, 4, 'delete', 'inline');
  mutate(6, 5, 'anything', 'property');
  for (const value of fc.sample(fc.jsonValue(), {numRuns: 6, seed: 6})) inputs.push({how: 'property', value, label: `json ${JSON.stringify(value)?.slice(0, 40)}`});
  for (const text of fc.sample(fc.string({unit: 'binary', maxLength: 80}), {numRuns: 6, seed: 7})) inputs.push({how: 'inline', text, label: `text ${JSON.stringify(text)}`});
  inputs.push(
    {how: 'property', value: null, label: 'null'},
    {how: 'property', value: 'article-quiz', label: 'a string'},
    {how: 'inline', text: '', label: 'an empty script'},
    {how: 'inline', text: '{"format":"article-quiz","version":1,"id":"x","article":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}', label: '10,000 levels'},
    {how: 'inline', text: '</script><img src=x onerror="window.__malformedXss=1">', label: 'markup instead of JSON'}
  );
  return inputs;
}

let pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);
let outside: HTMLButtonElement;
let outsideClicks = 0;

beforeEach(() => {
  pageErrors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  outside = document.createElement('button');
  outside.textContent = 'Host page button';
  outside.addEventListener('click', () => outsideClicks++);
  document.body.append(outside);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  outside.remove();
});

/** Connects an element with the input, waits for it to settle on an error or a start screen. */
async function show(input: Input, el = document.createElement('article-quiz') as ArticleQuiz): Promise<{el: ArticleQuiz; errors: CustomEvent[]}> {
  const errors: CustomEvent[] = [];
  el.addEventListener('quiz-error', (event) => errors.push(event as CustomEvent));
  if (input.how === 'property') el.quiz = input.value as never;
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = input.text;
    el.append(script);
  }
  document.body.append(el);
  await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="title"], [part="error"]')), 10_000);
  await el.updateComplete;
  return {el, errors};
}

const FIELD = /^(format|version|id|generator|article|questions)([.[][\w.[\]]*)?: (expected|unsupported)/;

describe('<article-quiz> fed generated malformed files', () => {
  it('shows an error naming the field, or a working quiz, for each of ~50 files; nothing escapes into the page', async () => {
    const inputs = generatedInputs();
    expect(inputs.length).toBeGreaterThanOrEqual(50);
    let refused = 0;
    for (const input of inputs) {
      const {el, errors} = await show(input);
      const root = el.shadowRoot!;
      const error = root.querySelector<HTMLElement>('[part="error"]');
      if (error) {
        refused++;
        expect(error.getAttribute('role'), input.label).toBe('alert');
        expect(errors, input.label).toHaveLength(1);
        const issues = [...error.querySelectorAll('li')].map((li) => li.textContent!);
        expect(errors[0]!.detail.issues, input.label).toEqual(issues);
        const source = input.how === 'property' ? 'The quiz property' : 'The inline quiz script';
        expect(error.innerText, input.label).toContain(source);
        if (issues.length) {
          // Every listed issue names a field, except the one that says the whole file is not an object.
          for (const issue of issues) expect(FIELD.test(issue) || /^expected an object, got /.test(issue), `${input.label}: ${issue}`).toBe(true);
        } else {
          expect(error.innerText, input.label).toMatch(/is not a question file: it is not valid JSON/);
        }
        expect(root.querySelectorAll('img, script, iframe, svg').length, input.label).toBe(0);
      } else {
        // The change happened to leave a valid file: the quiz must actually work.
        expect(errors, input.label).toHaveLength(0);
        const start = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start quiz');
        if (start) {
          start.click();
          await waitFor(() => Boolean(root.querySelector('[part="question"], [part="results"]')));
        } else {
          expect(root.textContent, input.label).toContain('There are no questions to ask');
        }
      }
      const before = outsideClicks;
      outside.click();
      expect(outsideClicks).toBe(before + 1);
      el.remove();
    }
    expect(refused).toBeGreaterThanOrEqual(45);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as {__malformedXss?: number}).__malformedXss).toBe(undefined);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('copes with a value no JSON file can hold, set from script (getter that throws, cycles, BigInt)', async () => {
    const cyclic = cloneJson(kindsQuiz()) as any;
    cyclic.article.self = cyclic;
    cyclic.questions[0].loop = cyclic.questions;
    const throwing = {format: 'article-quiz', version: 1, get id(): string {
      throw new Error('getter says no');
    }};
    const cases: [unknown, string][] = [
      [throwing, 'the data could not be read (getter says no)'],
      [{...kindsQuiz(), version: 1n}, 'version: unsupported format version bigint; this quiz reads version 1'],
      [new Map([['format', 'article-quiz']]), 'format: expected "article-quiz", got undefined: this is not an article-quiz question file'],
    ];
    for (const [value, issue] of cases) {
      const {el, errors} = await show({how: 'property', value, label: String(value)});
      const error = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(error.getAttribute('role')).toBe('alert');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.detail.message).toBe('The quiz property is not a valid question file (1 problem).');
      expect(errors[0]!.detail.issues).toEqual([issue]);
      // Nothing to download again: no retry button that would do nothing.
      expect(error.parentElement!.querySelectorAll('button')).toHaveLength(0);
      el.remove();
    }
    // Extra keys and cycles the validator does not walk: still a valid quiz, and it runs.
    const {el} = await show({how: 'property', value: cyclic, label: 'cyclic'});
    const start = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start quiz')!;
    start.click();
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="question"]')));
    el.remove();
    expect(pageErrors).toEqual([]);
  });

  it('reads a 10 MB file from a data: URL and from the quiz property, and says what is wrong with a broken one', async () => {
    const quiz = kindsQuiz();
    const template = quiz.questions;
    const padding = 'The storm travelled inland, and the words go on. '.repeat(20);
    quiz.questions = [];
    for (let i = 0, size = 0; size < 10 * 1024 * 1024; i++) {
      const question = {...cloneJson(template[i % template.length]!), id: `q${i}`, explanation: padding};
      quiz.questions.push(question);
      size += JSON.stringify(question).length;
    }
    const text = JSON.stringify(quiz);

    const el = document.createElement('article-quiz') as ArticleQuiz;
    el.count = 3;
    el.src = `data:application/json,${encodeURIComponent(text)}`;
    document.body.append(el);
    await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="title"], [part="error"]')), 60_000);
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe('Bridge opens after storm');
    el.remove();

    const broken = JSON.parse(text.replaceAll('"points":', '"points":-'));
    const {el: refused, errors} = await show({how: 'property', value: broken, label: '10 MB broken'});
    const items = [...refused.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('questions[0].points: expected a number greater than 0, got -1');
    expect(errors[0]!.detail.message).toBe('The quiz property is not a valid question file (at least 20 problems).');
    refused.remove();
    outside.click();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
