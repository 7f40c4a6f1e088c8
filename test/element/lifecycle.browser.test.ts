/**
 * Network and lifecycle: a src that changes while loading, an element removed mid-load and added again, the
 * same quiz twice on one page, saved progress from an older version, and storage that refuses to be read.
 */
import {html} from '@open-wc/testing';
import {commands} from 'vitest/browser';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import '../../src/element/article-quiz.js';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import {progressKey} from '../../src/quiz/progress.js';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor, type QuizHarness} from './harness.js';

const seedUrl = '/questions/kharkiv-strikes.json';
const quiz = makeQuiz();

let pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));
beforeEach(() => {
  pageErrors = [];
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  removeEventListener('error', onError);
  removeEventListener('unhandledrejection', onRejection);
  expect(pageErrors).toEqual([]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const shadow = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/**
 * Holds back responses to URLs containing `?gate` until released, and records each request and whether it
 * was aborted: a response as slow as the test wants, without timing.
 */
function gateFetch() {
  const realFetch = window.fetch;
  const requests: {url: string; aborted: boolean; release: () => void}[] = [];
  const spy = vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('?gate')) return realFetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const entry = {url, aborted: false, release: () => resolve(realFetch(url.replace(/\?gate.*$/, '')))};
      requests.push(entry);
      init?.signal?.addEventListener('abort', () => {
        entry.aborted = true;
        reject(init.signal!.reason);
      });
    });
  });
  return {requests, restore: () => spy.mockRestore()};
}

describe('<article-quiz> loading over the network', () => {
  it('lets the last src win when the first never answers, and the first one\'s timeout changes nothing', async () => {
    const hanging = await commands.startHangingServer();
    const el = document.createElement('article-quiz') as ArticleQuiz;
    const events = recordEvents(el, ['quiz-error']);
    el.loadTimeout = 300;
    el.src = hanging;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shadow(el, '[aria-busy="true"]')!.textContent).toBe('Loading the quiz…');
      el.src = seedUrl;
      await waitFor(() => Boolean(shadow(el, '[part="title"]')));
      // Well past the first request's timeout: had it not been cancelled, it would now show its error.
      await sleep(800);
      expect(shadow(el, '[part="title"]')!.textContent).toContain('Biden approves');
      expect(shadow(el, '[part="error"]')).toBe(null);
      expect(events['quiz-error']).toHaveLength(0);
    } finally {
      el.remove();
    }
  });

  it('lets the last src win when it is the slow one: the earlier, faster file never shows', async () => {
    const gate = gateFetch();
    const el = document.createElement('article-quiz') as ArticleQuiz;
    const titles: string[] = [];
    el.src = seedUrl;
    document.body.append(el);
    try {
      await el.updateComplete;
      new MutationObserver(() => {
        const title = shadow(el, '[part="title"]')?.textContent;
        if (title) titles.push(title);
      }).observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
      el.quiz = undefined;
      el.src = `${seedUrl}?gate=slow`;
      await waitFor(() => gate.requests.length === 1);
      await sleep(300); // the first file has long arrived
      expect(shadow(el, '[aria-busy="true"]')).not.toBe(null);
      el.quiz = makeQuiz({id: 'not-this-one'});
      el.src = '/questions/does-not-exist.json';
      el.quiz = undefined;
      // The property and src changed again: only the newest load counts (a 404 here), nothing older.
      await waitFor(() => Boolean(shadow(el, '[part="error"]')));
      gate.requests[0]!.release();
      await sleep(200);
      expect(shadow(el, '[part="error"]')!.innerText).toContain('the server answered 404');
      expect(gate.requests[0]!.aborted).toBe(true);
      expect(titles.filter((t) => t.includes('Biden'))).toEqual([]);
    } finally {
      gate.restore();
      el.remove();
    }
  });

  it('stops loading when removed from the page, fires nothing, and loads again when added back', async () => {
    const gate = gateFetch();
    const el = document.createElement('article-quiz') as ArticleQuiz;
    const events = recordEvents(el, ['quiz-error']);
    el.src = `${seedUrl}?gate=1`;
    document.body.append(el);
    try {
      await waitFor(() => gate.requests.length === 1);
      el.remove();
      expect(gate.requests[0]!.aborted).toBe(true);
      gate.requests[0]!.release();
      await sleep(100);
      expect(events['quiz-error']).toHaveLength(0);
      expect(shadow(el, '[part="title"], [part="error"]')).toBe(null);

      document.body.append(el);
      await waitFor(() => gate.requests.length === 2);
      expect(shadow(el, '[aria-busy="true"]')!.textContent).toBe('Loading the quiz…');
      gate.requests[1]!.release();
      await waitFor(() => Boolean(shadow(el, '[part="title"]')));
      expect(shadow(el, '[part="title"]')!.textContent).toContain('Biden approves');
      expect(events['quiz-error']).toHaveLength(0);
    } finally {
      gate.restore();
      el.remove();
    }
  });

  it('moved in the page mid-load (removed and added in one go), still arrives', async () => {
    const gate = gateFetch();
    const el = document.createElement('article-quiz') as ArticleQuiz;
    el.src = `${seedUrl}?gate=move`;
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    first.append(el);
    try {
      await waitFor(() => gate.requests.length === 1);
      second.append(el);
      await waitFor(() => gate.requests.length === 2);
      gate.requests.forEach((r) => r.release());
      await waitFor(() => Boolean(shadow(el, '[part="title"]')));
    } finally {
      gate.restore();
      first.remove();
      second.remove();
    }
  });
});

async function answerOne(q: QuizHarness, right: boolean): Promise<void> {
  const prompt = q.heading();
  if (prompt.startsWith('How far')) await q.typeNumber(right ? '30' : '90');
  else if (prompt.startsWith('Who')) await q.choose(right ? 'Ana Ruiz' : 'Officials');
  else await q.choose(right ? 'Friday' : 'Monday');
  await q.click('Check answer');
  await q.click(/Next question|See results/);
}

async function answerAll(q: QuizHarness, right: boolean): Promise<void> {
  for (let i = 0; i < 3; i++) await answerOne(q, right);
}

describe('<article-quiz> twice on one page', () => {
  it('runs the same quiz in two places, each answered on its own', async () => {
    const a = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="same"></article-quiz>`);
    const b = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="same"></article-quiz>`);
    const aEvents = recordEvents(a.el, ['quiz-answer', 'quiz-complete']);
    const bEvents = recordEvents(b.el, ['quiz-answer', 'quiz-complete']);
    await a.click('Start quiz');
    expect(b.button('Start quiz')).toBeTruthy();
    await b.click('Start quiz');
    expect(a.text()).toContain('Question 1 of 3');
    expect(b.text()).toContain('Question 1 of 3');

    // Interleaved: one question in A, then all of B wrong, then the rest of A right.
    await answerOne(a, true);
    await answerAll(b, false);
    expect(b.$('.score')!.textContent).toBe('You scored 0 out of 4 (0%).');
    expect(a.text()).toContain('Question 2 of 3');
    await answerOne(a, true);
    await answerOne(a, true);
    expect(a.$('.score')!.textContent).toBe('You scored 4 out of 4 (100%).');
    expect(b.$('.score')!.textContent).toBe('You scored 0 out of 4 (0%).');
    expect([aEvents['quiz-answer']!.length, bEvents['quiz-answer']!.length]).toEqual([3, 3]);
    expect(aEvents['quiz-complete']![0]!.detail.score).toBe(4);
    expect(bEvents['quiz-complete']![0]!.detail.score).toBe(0);
  });

  it('loads the same src twice on one page', async () => {
    const a = await setupQuiz(html`<article-quiz src=${seedUrl} seed="one"></article-quiz>`);
    const b = await setupQuiz(html`<article-quiz src=${seedUrl} seed="two"></article-quiz>`);
    await a.click('Start quiz');
    expect(b.button('Start quiz')).toBeTruthy();
    await b.click('Start quiz');
    expect(a.text()).toContain('Question 1 of');
    expect(b.text()).toContain('Question 1 of');
  });
});

describe('<article-quiz> saved progress and storage', () => {
  const key = progressKey('test-quiz', {mode: 'practice', categories: '', show: 'after-each'});

  it('discards progress saved by an older version (version 0), says so, and starts afresh', async () => {
    localStorage.setItem(key, JSON.stringify({version: 0, seed: 'old', run: [{id: 'q-date', choices: ['a', 'b', 'c']}], index: 0, answers: {}, checked: false, finished: false}));
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    expect(q.button('Start quiz')).toBeTruthy();
    expect(q.$$('button').map((b) => b.textContent!.trim())).not.toContain('Start over');
    expect(localStorage.getItem(key)).toBe(null);
    expect(q.$('[role="status"]')!.textContent).toBe('Saved progress for this quiz could not be used and was cleared.');
    await q.click('Start quiz');
    expect(JSON.parse(localStorage.getItem(key)!).version).toBe(1);
  });

  it('works when reading storage throws (private mode), with the note that progress is not saved', async () => {
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
      expect(q.$('.note')!.textContent).toBe('Your progress cannot be saved in this browser (storage is off or full). You can still finish the quiz.');
      await q.click('Start quiz');
      await answerAll(q, true);
      expect(q.$('.score')!.textContent).toBe('You scored 4 out of 4 (100%).');
      expect(q.$('.note')!.textContent).toContain('Your progress cannot be saved');
    } finally {
      getItem.mockRestore();
    }
  });

  it('works when the localStorage property itself throws (storage blocked for the site)', async () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
    });
    try {
      const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
      expect(q.$('.note')!.textContent).toContain('Your progress cannot be saved in this browser');
      await q.click('Start quiz');
      await answerAll(q, false);
      expect(q.$('.score')!.textContent).toBe('You scored 0 out of 4 (0%).');
    } finally {
      blocked.mockRestore();
    }
  });
});
