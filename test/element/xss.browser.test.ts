/**
 * Script injection through the question file: payloads in every string field (and in ids, as far as the
 * validator lets them in), carried through every screen, the print documents and the results downloads.
 * No payload may run and no element may appear that the quiz does not make itself. Also the article text,
 * title and source typed into the authoring page.
 */
import {fixture, html} from '@open-wc/testing';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import '../../src/element/article-quiz.js';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import {mountAuthorPage} from '../../src/author/author-page.js';
import type {Evidence, QuizFile} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {kindsQuiz} from '../fixtures.js';
import {setupQuiz, waitFor, type QuizHarness} from './harness.js';
import {captureDownloads} from '../downloads.js';

declare global {
  interface Window {
    __xss?: string[];
  }
}

/** Each payload, if it ever ran, pushes its name into window.__xss. */
const PAYLOADS: Record<string, string> = {
  img: `<img src=x onerror="(window.__xss??=[]).push('img')">`,
  script: `<script>(window.__xss??=[]).push('script')</script>`,
  svg: `"><svg onload="(window.__xss??=[]).push('svg')">`,
  'javascript-url': `javascript:(window.__xss??=[]).push('javascript-url')`,
  iframe: `<iframe srcdoc="<script>parent.__xss=['iframe']</script>"></iframe>`,
  angular: `{{constructor.constructor('(window.__xss??=[]).push("angular")')()}}`,
  template: '${(window.__xss??=[]).push("template")}',
  'close-script': `</script><script>(window.__xss??=[]).push('close-script')</script><!--`,
  attribute: `' onmouseover='(window.__xss??=[]).push("attribute")' x='`,
  style: `<style>*{background:url("javascript:(window.__xss??=[]).push('style')")}</style>`,
};

/** Elements the quiz never makes: any of them in its shadow root or print document was injected. */
const FOREIGN = 'img, script, svg, iframe, object, embed, math, link, style, base, meta, form[action], a[href]';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'];

function* allElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** No foreign element, no event-handler attribute, no script URL anywhere under `root`. */
function expectClean(root: ParentNode, where: string, allowed: (el: Element) => boolean = () => false): void {
  for (const el of allElements(root)) {
    if (el.matches(FOREIGN) && !allowed(el)) throw new Error(`${where}: injected <${el.localName}> ${el.outerHTML.slice(0, 120)}`);
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) throw new Error(`${where}: event handler attribute ${attr.name} on <${el.localName}>`);
      if (URL_ATTRIBUTES.includes(attr.name) && /javascript:/i.test(attr.value)) throw new Error(`${where}: script URL in ${attr.name}`);
    }
  }
  expect(window.__xss, where).toBe(undefined);
}

/** An id the validator accepts that still looks like an attack: `javascript:` prefixes and dots. */
const hostileId = (id: string) => `javascript:${id}`;

/** kindsQuiz with `payload` in front of every string field and hostile ids; evidence moved to cover the payload. */
function poisoned(payload: string): QuizFile {
  const quiz = kindsQuiz();
  const p = (s: string) => `${payload} ${s}`;
  const shift = payload.length + 1;
  const evidence = (e: Evidence): Evidence => ({paragraph: e.paragraph, start: e.start, end: e.end + shift, highlight: {start: 0, end: payload.length}});
  quiz.id = hostileId('quiz');
  quiz.generator = {name: p('generator'), version: p('1')};
  const a = quiz.article;
  Object.assign(a, {title: p(a.title), source: p(a.source), url: payload, language: `en"><img src=x onerror="(window.__xss??=[]).push('lang')">`, paragraphs: a.paragraphs.map(p)});
  for (const q of quiz.questions) {
    q.id = hostileId(q.id);
    q.prompt = p(q.prompt);
    q.explanation = p(q.explanation);
    q.evidence = evidence(q.evidence);
    if (q.kind === 'single-choice') {
      q.choices = q.choices.map((c) => ({id: hostileId(c.id), text: p(c.text)}));
      q.answer = hostileId(q.answer);
    } else if (q.kind === 'timeline') {
      q.items = q.items.map((i) => ({id: hostileId(i.id), text: p(i.text), when: p(i.when), evidence: evidence(i.evidence)}));
    } else if (q.kind === 'matching') {
      q.pairs = q.pairs.map((pair) => ({id: hostileId(pair.id), prompt: p(pair.prompt), answer: p(pair.answer), evidence: evidence(pair.evidence)}));
      q.distractors = q.distractors?.map(p);
    }
  }
  const checked = validateQuizFile(JSON.parse(JSON.stringify(quiz)));
  if (!checked.ok) throw new Error(`The poisoned fixture is invalid: ${JSON.stringify(checked.issues)}`);
  return quiz;
}

/** Answers whatever question is showing, the way a student would. */
async function answerCurrent(q: QuizHarness): Promise<void> {
  if (q.$('#numeric-answer')) {
    await q.typeNumber('30');
  } else if (q.$('.timeline-item')) {
    // Keep the shuffled order: any order is an answer.
  } else if (q.$('.match select')) {
    for (const select of q.$$('.match select') as HTMLSelectElement[]) {
      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change'));
    }
    await q.settle();
  } else {
    (q.$('label.choice input') as HTMLInputElement).click();
    await q.settle();
  }
}

/** Prints with the element's method and returns the document it printed from (headless print() returns at once). */
async function printed(el: ArticleQuiz, answerKey: boolean): Promise<Document> {
  const frames: HTMLIFrameElement[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLIFrameElement) frames.push(n);
  });
  observer.observe(document.body, {childList: true});
  try {
    await (answerKey ? el.printAnswerKey() : el.printWorksheet());
    await waitFor(() => frames.length === 1);
  } finally {
    observer.disconnect();
  }
  return frames[0]!.contentDocument!;
}

const downloads: {name: string; text: string}[] = [];
const undo: (() => void)[] = [];

beforeEach(() => {
  delete window.__xss;
  undo.push(captureDownloads((name, blob) => void blob.text().then((text) => downloads.push({name, text}))));
});

afterEach(() => {
  undo.splice(0).forEach((u) => u());
  downloads.length = 0;
  document.querySelectorAll('body > iframe').forEach((f) => f.remove());
});

describe('<article-quiz> with script in every field of the question file', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`runs none of it (${name}): start, every kind, feedback, results, review, print, downloads`, async () => {
      const quiz = poisoned(payload);
      const q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="xss" teacher-tools></article-quiz>`);
      const root = q.root;
      expect(q.$('[part="title"]')!.textContent).toBe(quiz.article.title);
      expect(q.text()).toContain(quiz.article.source);
      expectClean(root, 'start');

      await q.click('Start quiz');
      const seenKinds = new Set<string>();
      for (let i = 0; i < quiz.questions.length; i++) {
        const prompt = q.heading();
        const question = quiz.questions.find((x) => x.prompt === prompt);
        expect(question, `prompt shown as text: ${prompt}`).toBeDefined();
        seenKinds.add(question!.kind);
        await answerCurrent(q);
        expectClean(root, `question ${question!.kind}`);
        await q.click('Check answer');
        await waitFor(() => Boolean(q.$('[part="feedback"]')));
        expect(q.$('[part="feedback"]')!.innerText).toContain(payload.trim().split('\n')[0]!.slice(0, 20));
        expectClean(root, `feedback ${question!.kind}`);
        await q.click(/Next question|See results/);
      }
      expect([...seenKinds].sort()).toEqual(['matching', 'numeric', 'single-choice', 'timeline']);
      await waitFor(() => Boolean(q.$('[part="results"]')));
      await q.settle();
      expect(q.$$('.review-item')).toHaveLength(quiz.questions.length);
      expectClean(root, 'results and review');

      const name = q.$('input[type="text"], input:not([type])') as HTMLInputElement | null;
      if (name) {
        name.value = payload;
        name.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        name.dispatchEvent(new Event('change', {bubbles: true, composed: true}));
        await q.settle();
      }
      await q.click('Download results (CSV)');
      await q.click('Download results (JSON)');
      await waitFor(() => downloads.length === 2);
      for (const file of downloads) expect(file.name, 'a file name without the payload').toMatch(/^[a-z0-9-]+\.(csv|json)$/);
      const json = JSON.parse(downloads[1]!.text);
      expect(json.title).toBe(quiz.article.title);
      expect(json.rows.map((r: {prompt: string}) => r.prompt).sort()).toEqual(quiz.questions.map((x) => x.prompt).sort());
      expect(downloads[0]!.text).toContain(quiz.questions[0]!.id);
      expectClean(document.body, 'host page after downloads', (el) => el.closest('article-quiz') === null && !el.closest('iframe'));

      for (const answerKey of [false, true]) {
        const doc = await printed(q.el, answerKey);
        const where = answerKey ? 'answer key' : 'worksheet';
        // The print document's own stylesheet is the one <style> expected, in its head.
        expectClean(doc, where, (el) => el.localName === 'style' && el.parentElement === doc.head && doc.head.querySelectorAll('style').length === 1);
        expect(doc.title).toBe(`${answerKey ? 'Answer key' : 'Worksheet'}: ${quiz.article.title}`);
        expect(doc.body.textContent).toContain(quiz.questions[0]!.prompt);
        if (answerKey) expect(doc.querySelector('mark')!.textContent).toBe(payload);
        expect(doc.documentElement.lang).toBe(quiz.article.language);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__xss).toBe(undefined);
    }, 30_000);
  }

  it('runs none of it in test mode: the confirm screen lists the prompts as text', async () => {
    const quiz = poisoned(PAYLOADS.img! + PAYLOADS.svg! + PAYLOADS.script!);
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} mode="test" seed="xss"></article-quiz>`);
    await q.click('Start quiz');
    const skipped: string[] = [];
    for (let i = 0; i < quiz.questions.length; i++) {
      // Leave every other question unanswered (a timeline always has an order) so the confirm screen lists them.
      if (i % 2 === 0 || q.$('.timeline-item')) await answerCurrent(q);
      else skipped.push(q.heading());
      expectClean(q.root, `test question ${i + 1}`);
      await q.click(/^(Next|Review and submit)$/);
    }
    await waitFor(() => Boolean(q.$('[part="confirm"]')));
    const listed = q.$$('[part="confirm"] li button').map((b) => b.textContent!.replace(/^Question \d+: /, ''));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(skipped);
    expectClean(q.root, 'confirm');
    await q.click('Submit answers');
    await waitFor(() => Boolean(q.$('[part="results"]')));
    await q.settle();
    expectClean(q.root, 'results (after submit)');
    expect(q.$$('.review-item')).toHaveLength(quiz.questions.length);
  });

  it('breaks nothing when the question file is inline in the page and tries to close its script', async () => {
    const quiz = poisoned(PAYLOADS['close-script']!);
    // As the teacher page and the authoring page write it: "<" escaped inside the JSON.
    const json = JSON.stringify(quiz).replace(/</g, '\\u003c');
    const holder = document.createElement('div');
    holder.innerHTML = `<article-quiz><script type="application/json">${json}</script></article-quiz>`;
    document.body.append(holder);
    try {
      const el = holder.querySelector('article-quiz')!;
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="title"]')));
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe(quiz.article.title);
      expect(holder.querySelectorAll('script')).toHaveLength(1);
      expectClean(el.shadowRoot!, 'inline');
    } finally {
      holder.remove();
    }
  });
});

describe('the authoring page with script in the pasted article', () => {
  it('shows the facts, questions, preview and snippet as text, and the snippet embeds safely', async () => {
    const payload = Object.values(PAYLOADS).join(' ');
    const root = await fixture<HTMLElement>(html`<main></main>`);
    const page = mountAuthorPage(root, {bundleUrl: 'https://cdn.example.org/article-quiz.js'});
    const set = (id: string, value: string) => {
      const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
    };
    const article = [
      `${payload} On March 3, 2021, the ferry sailed 40 kilometres to the island, officials said.`,
      `"We are ready ${payload}," said Mayor Ana Ruiz ${PAYLOADS.img}.`,
      `The bridge opened on May 5, 2020, ${PAYLOADS.svg} and the road was extended by 12 miles in June 2022.`,
      `"It took years," said engineer Tom Berg. ${PAYLOADS.script}`,
    ].join('\n\n');
    set('a-text', article);
    set('a-date', '2022-07-01');
    set('a-title', payload);
    set('a-source', payload);
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Make the quiz')!.click();
    await page.settled();
    await new Promise((resolve) => setTimeout(resolve, 100));

    const alert = root.querySelector('[role="alert"]')!.textContent!.trim();
    expect(alert, 'the page made a quiz').toBe('');
    // The facts tables quote the article's words, payload and all, as text.
    // The facts and the questions quote the article's words, markup and all, as text.
    const editor = root.querySelector('article-quiz-editor')!;
    await editor.updateComplete;
    const shown = (r: ParentNode) => [r.textContent, ...[...r.querySelectorAll('textarea, input')].map((f) => (f as HTMLInputElement).value)].join(' ');
    expect(shown(editor.shadowRoot!)).toContain('<svg onload=');
    expect(root.querySelector('table')!.textContent).toContain('</style>');
    const preview = root.querySelector('article-quiz');
    expect(preview, 'a preview quiz').not.toBe(null);
    await waitFor(() => Boolean(preview!.shadowRoot?.querySelector('[part="title"]')));
    expect(preview!.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe(payload.trim());
    expectClean(root, 'authoring page');
    // Questions added from every fact quote the article's words as text too.
    for (const add of root.querySelectorAll<HTMLButtonElement>('button[aria-label^="Add question"]')) add.click();
    await editor.updateComplete;
    expect(shown(editor.shadowRoot!)).toContain(PAYLOADS.img);
    expectClean(editor.shadowRoot!, 'question editor');

    // The snippet, pasted into a page, holds one inline script whose JSON is the quiz, whatever the article says.
    const snippet = root.querySelector<HTMLTextAreaElement>('#a-snippet')!.value;
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.type || s.getAttribute('src'))).toEqual(['module', 'application/json']);
    expect(doc.querySelectorAll('img, svg, iframe, style')).toHaveLength(0);
    const embedded = JSON.parse(doc.querySelector('article-quiz > script')!.textContent!) as QuizFile;
    expect(embedded.article.title).toBe(payload.trim());
    expect(embedded.article.paragraphs.join('\n')).toContain(PAYLOADS['close-script']);
    expect(window.__xss).toBe(undefined);
  });
});
