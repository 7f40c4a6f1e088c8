import {expect, html} from '@open-wc/testing';
import {commands} from 'vitest/browser';
import {describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor} from './harness.js';

const seedUrl = '/questions/kharkiv-strikes.json';

function dataUrl(text: string, type = 'application/json'): string {
  return `data:${type},${encodeURIComponent(text)}`;
}

/** Any error thrown into the host page fails the test that caused it. */
function watchPageErrors(): string[] {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return errors;
}

describe('<article-quiz> loading and errors', () => {
  it('loads a question file from src', async () => {
    const q = await setupQuiz(html`<article-quiz src=${seedUrl}></article-quiz>`);
    expect(q.$('[part="title"]')!.textContent).to.contain('Biden approves');
  });

  it('reads the question file from a child script', async () => {
    const json = JSON.stringify(makeQuiz());
    const holder = document.createElement('div');
    holder.innerHTML = `<article-quiz><script type="application/json">${json}</script></article-quiz>`;
    const el = holder.firstElementChild as HTMLElement;
    document.body.append(holder);
    try {
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="title"]')));
      expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Bridge opens after storm');
    } finally {
      holder.remove();
    }
  });

  it('explains a missing source', async () => {
    const q = await setupQuiz(html`<article-quiz></article-quiz>`);
    expect(q.$('[part="error"]')!.innerText).to.contain('No quiz to show: give <article-quiz> a src attribute');
    await expect(q.el).to.be.accessible();
  });

  it('explains a 404 and names the address', async () => {
    const errors = watchPageErrors();
    const el = document.createElement('article-quiz');
    const events = recordEvents(el, ['quiz-error']);
    el.src = '/questions/does-not-exist.json';
    document.body.append(el);
    try {
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="error"]')));
      const text = (el.shadowRoot!.querySelector('[part="error"]') as HTMLElement).innerText;
      expect(text).to.contain('Could not load "/questions/does-not-exist.json": the server answered 404');
      expect(events['quiz-error']![0]!.detail.source).to.equal('/questions/does-not-exist.json');
      expect(errors).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('offers a retry when the server cannot be reached, and recovers', async () => {
    const errors = watchPageErrors();
    const q = await setupQuiz(html`<article-quiz src="http://127.0.0.1:9/quiz.json"></article-quiz>`);
    expect(q.$('[part="error"]')!.innerText).to.contain('Could not load "http://127.0.0.1:9/quiz.json": the network request failed');
    await expect(q.el).to.be.accessible();
    q.el.src = seedUrl;
    await waitFor(() => Boolean(q.$('[part="title"]')));
    q.el.src = 'http://127.0.0.1:9/quiz.json';
    await waitFor(() => Boolean(q.$('[part="error"]')));
    const retry = q.button('Try loading again');
    expect(retry).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('gives up on a server that never answers, says so, and offers to try again', async () => {
    const hanging = await commands.startHangingServer();
    const el = document.createElement('article-quiz');
    el.loadTimeout = 300;
    el.src = hanging;
    document.body.append(el);
    try {
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="error"]')), 3000);
      expect((el.shadowRoot!.querySelector('[part="error"]') as HTMLElement).innerText).to.contain('the server did not answer in time');
      const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Try loading again');
      expect(retry).to.exist;
      el.src = seedUrl;
      await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="title"]')));
    } finally {
      el.remove();
    }
  });

  it('offers a retry for a server error but not for a refusal, and says which status came back', async () => {
    const base = await commands.startStatusServer();
    const cases = [
      {status: 503, retry: true},
      {status: 429, retry: true},
      {status: 403, retry: false},
      {status: 401, retry: false},
    ];
    for (const {status, retry} of cases) {
      const q = await setupQuiz(html`<article-quiz src=${`${base}/status/${status}`}></article-quiz>`);
      expect(q.$('[part="error"]')!.innerText).to.contain(`Could not load "${base}/status/${status}": the server answered ${status}`);
      expect([...q.root.querySelectorAll('button')].some((b) => b.textContent === 'Try loading again'), `retry for ${status}`).to.equal(retry);
    }
  });

  it('says what another site must allow when it refuses to share the file, and when a download breaks off', async () => {
    const errors = watchPageErrors();
    const base = await commands.startStatusServer();
    const refused = await setupQuiz(html`<article-quiz src=${`${base}/no-cors`}></article-quiz>`);
    expect(refused.$('[part="error"]')!.innerText).to.contain('The file is on another site, which must be reachable and allow this page to read it (the header Access-Control-Allow-Origin)');
    expect(refused.button('Try loading again')).to.exist;
    const cut = await setupQuiz(html`<article-quiz src=${`${base}/cut`}></article-quiz>`);
    await waitFor(() => Boolean(cut.$('[part="error"]')));
    expect(cut.$('[part="error"]')!.innerText).to.contain('the download was interrupted');
    expect(cut.button('Try loading again')).to.exist;
    expect(errors).to.deep.equal([]);
  });

  it('says a file that is not JSON is not a question file', async () => {
    const q = await setupQuiz(html`<article-quiz src=${dataUrl('<html>oops</html>', 'text/html')}></article-quiz>`);
    expect(q.$('[part="error"]')!.innerText).to.match(/is not a question file: it is not valid JSON/);
    expect(q.$$('button')).to.have.length(0);
  });

  it('lists the fields an invalid file gets wrong and fires quiz-error', async () => {
    const bad = makeQuiz();
    (bad.questions[0] as {choices: unknown[]}).choices = [{id: 'a', text: 'Only one'}];
    const el = document.createElement('article-quiz');
    const events = recordEvents(el, ['quiz-error']);
    el.setAttribute('src', dataUrl(JSON.stringify(bad)));
    document.body.append(el);
    try {
      await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="error"]')));
      const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => li.textContent);
      expect(items).to.include('questions[0].choices: expected at least 2 choices, got 1');
      const detail = events['quiz-error']![0]!.detail;
      expect(detail.message).to.match(/is not a valid question file \(2 problems\)/);
      expect(detail.issues).to.include('questions[0].choices: expected at least 2 choices, got 1');
    } finally {
      el.remove();
    }
  });

  it('refuses an unknown format version, naming the supported one', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${{...makeQuiz(), version: 7} as never}></article-quiz>`);
    expect(q.$('[part="error"] li')!.textContent).to.equal('version: unsupported format version 7; this quiz reads version 1');
    await expect(q.el).to.be.accessible();
  });

  it('lets the last src win when it changes while loading', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${makeQuiz()}></article-quiz>`);
    q.el.src = '/questions/slow-and-missing.json';
    q.el.src = seedUrl;
    await waitFor(() => q.$('[part="title"]')?.textContent?.includes('Biden') ?? false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(q.$('[part="error"]')).to.equal(null);
  });
});

describe('<article-quiz> treats the question file as text', () => {
  it('renders markup in every field as text and runs none of it', async () => {
    const payload = '<img src="x" onerror="window.__quizXss = 1"><script>window.__quizXss = 2</script>';
    const quiz = makeQuiz();
    quiz.article.title = payload;
    quiz.article.source = payload;
    quiz.article.paragraphs[0] = `${payload} The bridge reopened on Friday.`;
    const q0 = quiz.questions[0]!;
    q0.prompt = payload;
    q0.explanation = payload;
    q0.evidence = {paragraph: 0, start: 0, end: payload.length + 29, highlight: {start: 0, end: payload.length}};
    if (q0.kind === 'single-choice') q0.choices[1]!.text = payload;
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="date"></article-quiz>`);
    expect(q.$('[part="title"]')!.textContent).to.equal(payload);
    await q.click('Start quiz');
    expect(q.heading()).to.equal(payload);
    await q.choose(payload);
    await q.click('Check answer');
    expect(q.$('[part="evidence"] mark')!.textContent).to.equal(payload);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(q.root.querySelectorAll('img, script')).to.have.length(0);
    expect((window as {__quizXss?: number}).__quizXss).to.equal(undefined);
  });
});
