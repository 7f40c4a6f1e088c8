import {expect, fixture, html} from '@open-wc/testing';
import {parse} from 'csv-parse/browser/esm/sync';
import {commands} from 'vitest/browser';
import {afterEach, describe, it, vi} from 'vitest';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import {progressKey} from '../../src/quiz/progress.js';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor, type QuizHarness} from './harness.js';

const quiz = makeQuiz();
const answers: Record<string, () => (q: QuizHarness) => Promise<void>> = {
  right: () => async (q) => {
    const prompt = q.heading();
    if (prompt.startsWith('How far')) await q.typeNumber('30');
    else await q.choose(prompt.startsWith('Who') ? 'Ana Ruiz' : 'Friday');
  },
  wrong: () => async (q) => {
    const prompt = q.heading();
    if (prompt.startsWith('How far')) await q.typeNumber('90');
    else await q.choose(prompt.startsWith('Who') ? 'Officials' : 'Monday');
  },
};

async function answerAndNext(q: QuizHarness, how: 'right' | 'wrong' = 'right') {
  await answers[how]!()(q);
  await q.click('Check answer');
  await q.click(/Next question|See results/);
}

describe('<article-quiz> saves progress', () => {
  it('offers to resume after a reload and carries on where the student was', async () => {
    let q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="r"></article-quiz>`);
    await q.click('Start quiz');
    const first = q.heading();
    await answerAndNext(q);
    const second = q.heading();
    q.el.remove();

    q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="r"></article-quiz>`);
    expect(q.button('Resume (question 2 of 3)')).to.exist;
    expect(q.button('Start over')).to.exist;
    await expect(q.el).to.be.accessible();
    await q.click('Resume (question 2 of 3)');
    expect(q.heading()).to.equal(second);
    expect(q.text()).to.contain('Question 2 of 3');
    await answerAndNext(q);
    await answerAndNext(q);
    expect(q.$('.score')!.textContent).to.equal('You scored 4 out of 4 (100%).');
    expect(q.$$('.review-item')[0]!.innerText).to.contain(first);
  });

  it('keeps results and Retry missed questions working after a reload', async () => {
    let q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="r"></article-quiz>`);
    await q.click('Start quiz');
    await answerAndNext(q, 'wrong');
    await answerAndNext(q);
    await answerAndNext(q);
    const score = q.$('.score')!.textContent;
    q.el.remove();

    q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="r"></article-quiz>`);
    await q.click('See your results');
    expect(q.$('.score')!.textContent).to.equal(score);
    await q.click('Retry the missed question');
    expect(q.text()).to.contain('Question 1 of 1');
  });

  it('starts over when asked, forgetting the saved run', async () => {
    let q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    await q.click('Start quiz');
    await answerAndNext(q);
    q.el.remove();
    q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    await q.click('Start over');
    expect(q.text()).to.contain('Question 1 of 3');
    q.el.remove();
    q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    expect(q.button('Resume (question 1 of 3)')).to.exist;
  });

  it('keeps two quizzes on one page apart', async () => {
    const other = makeQuiz({id: 'other-quiz'});
    const a = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    await a.click('Start quiz');
    await answerAndNext(a);
    const b = await setupQuiz(html`<article-quiz .quiz=${other}></article-quiz>`);
    expect(b.button('Start quiz')).to.exist;
    expect(Object.keys(localStorage)).to.deep.equal(['article-quiz:test-quiz:mode=practice&show=after-each']);
    await b.click('Start quiz');
    expect(Object.keys(localStorage).sort()).to.deep.equal([
      'article-quiz:other-quiz:mode=practice&show=after-each',
      'article-quiz:test-quiz:mode=practice&show=after-each',
    ]);
  });

  it('keeps two copies of the same quiz file on a page apart, in page order, without ids', async () => {
    const src = '/questions/kharkiv-strikes.json';
    const page = await fixture<HTMLElement>(html`<div><article-quiz src=${src} seed="twins"></article-quiz><article-quiz src=${src} seed="twins"></article-quiz></div>`);
    const [first, second] = [...page.querySelectorAll('article-quiz')] as ArticleQuiz[];
    const buttons = (el: ArticleQuiz) => [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    await waitFor(() => buttons(first!).includes('Start quiz') && buttons(second!).includes('Start quiz'));
    [...first!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start quiz')!.click();
    await waitFor(() => Boolean(first!.shadowRoot!.querySelector('legend h2')));
    // A reload: the same page again. The first copy offers its run back; the second has none.
    page.remove();
    const again = await fixture<HTMLElement>(html`<div><article-quiz src=${src} seed="twins"></article-quiz><article-quiz src=${src} seed="twins"></article-quiz></div>`);
    const [one, two] = [...again.querySelectorAll('article-quiz')] as ArticleQuiz[];
    await waitFor(() => buttons(one!).some((b) => b.startsWith('Resume')) && buttons(two!).includes('Start quiz'));
    expect(buttons(two!)).not.to.include('Start over');
  });

  it('keeps the same quiz twice on a page apart when the elements have ids', async () => {
    const a = await setupQuiz(html`<article-quiz id="before-class" .quiz=${quiz}></article-quiz>`);
    await a.click('Start quiz');
    await answerAndNext(a);
    const b = await setupQuiz(html`<article-quiz id="after-class" .quiz=${quiz}></article-quiz>`);
    expect(b.button('Start quiz')).to.exist;
    a.el.remove();
    const again = await setupQuiz(html`<article-quiz id="before-class" .quiz=${quiz}></article-quiz>`);
    expect(again.button('Resume (question 2 of 3)')).to.exist;
  });

  it('copes with a question file that changed since the progress was saved', async () => {
    // A fresh run is saved as its seed: planned again over the new file, it resumes within it.
    let q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="changed"></article-quiz>`);
    await q.click('Start quiz');
    await answerAndNext(q);
    q.el.remove();
    const smaller = {...quiz, questions: quiz.questions.slice(0, 2)};
    q = await setupQuiz(html`<article-quiz .quiz=${smaller} seed="changed"></article-quiz>`);
    await q.click('Resume (question 2 of 2)');
    expect(q.text()).to.contain('Question 2 of 2');
    await answerAndNext(q);
    expect(q.$('.score')!.textContent).to.match(/^You scored \d out of \d \(\d+%\)\.$/);

    // A retry lists its questions: when one of them is gone, the saved run cannot be used, and the student is told.
    q.el.remove();
    q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="retry"></article-quiz>`);
    await q.click('Start quiz');
    for (let i = 0; i < 3; i++) await answerAndNext(q, 'wrong');
    await q.click('Retry the 3 missed questions');
    q.el.remove();
    q = await setupQuiz(html`<article-quiz .quiz=${smaller} seed="retry"></article-quiz>`);
    await waitFor(() => Boolean(q.$('[role="status"]')!.textContent));
    expect(q.$('[role="status"]')!.textContent).to.equal('Saved progress for this quiz could not be used and was cleared.');
    expect(q.button('Start quiz')).to.exist;
  });

  it('clears corrupted saved progress and starts afresh', async () => {
    const key = progressKey('test-quiz', {mode: 'practice', categories: '', show: 'after-each'});
    localStorage.setItem(key, '{"version":1,"seed":');
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    expect(q.button('Start quiz')).to.exist;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(q.$('[role="status"]')!.textContent).to.equal('Saved progress for this quiz could not be used and was cleared.');
  });

  it('tells the student when progress cannot be saved, and the quiz still works', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
      await q.click('Start quiz');
      expect(q.$('.note')!.textContent).to.contain('Your progress cannot be saved in this browser');
      await answerAndNext(q);
      await answerAndNext(q);
      await answerAndNext(q);
      expect(q.$('.score')!.textContent).to.equal('You scored 4 out of 4 (100%).');
    } finally {
      setItem.mockRestore();
    }
  });
});

describe('<article-quiz> teacher settings', () => {
  afterEach(() => vi.useRealTimers());

  it('runs a time limit: shows the time left, warns, lets the student add time, then submits', async () => {
    vi.useFakeTimers({toFake: ['setInterval', 'clearInterval', 'Date']});
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} time-limit="3" seed="t"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-complete']);
    expect(q.text()).to.contain('Time limit: 3:00');
    await q.click('Start quiz');
    await waitFor(() => Boolean(q.$('[role="timer"]')));
    expect(q.$('[role="timer"]')!.textContent).to.equal('3:00');
    await answers.right!()(q);
    await q.click('Check answer');

    vi.advanceTimersByTime(125_000);
    await q.settle();
    expect(q.$('[role="timer"]')!.textContent).to.equal('0:55');
    expect(q.$('.time-warning')!.innerText).to.contain('55 seconds left');
    // Announced once, when the warning began (a minute before the end).
    expect(q.$('[role="status"]')!.textContent).to.equal('60 seconds left. You can add more time.');
    await expect(q.el).to.be.accessible();
    await q.click('Add 2 more minutes');
    expect(q.$('[role="timer"]')!.textContent).to.equal('2:55');
    expect(q.$('.time-warning')).to.equal(null);

    vi.advanceTimersByTime(176_000);
    await q.settle();
    expect(q.heading()).to.equal('Your results');
    expect(q.$('[role="status"]')!.textContent).to.match(/^Time is up: your answers so far were submitted\./);
    const detail = events['quiz-complete']![0]!.detail;
    expect([detail.reason, detail.answers.length]).to.deep.equal(['time-up', 1]);
  });

  it('says whether the score reached the pass mark', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} pass-mark="60" seed="p"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-complete']);
    expect(q.text()).to.contain('Pass mark: 60%.');
    await q.click('Start quiz');
    await answerAndNext(q, 'wrong');
    await answerAndNext(q, 'wrong');
    await answerAndNext(q, 'wrong');
    expect(q.$('[part="results"] .verdict')!.textContent!.trim()).to.match(/Not passed yet: the pass mark is 60%\.$/);
    expect(events['quiz-complete']![0]!.detail).to.include({passed: false, passMark: 60});
    await expect(q.el).to.be.accessible();
  });

  it('with show-answers="never" marks nothing and reveals no right answers', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} show-answers="never" seed="n"></article-quiz>`);
    expect(q.text()).to.contain('Your score is shown at the end.');
    await q.click('Start quiz');
    await answers.wrong!()(q);
    await q.click('Next');
    expect(q.$('[part="feedback"]')).to.equal(null);
    await answers.wrong!()(q);
    await q.click('Next');
    await answers.wrong!()(q);
    await q.click('Finish');
    expect(q.$('.score')!.textContent).to.equal('You scored 0 out of 4 (0%).');
    const review = q.$('[part="review"]')!.innerText;
    expect(review).to.not.contain('Right answer');
    expect(review).to.not.contain('Friday');
    expect(q.$$('[part="evidence"]')).to.have.length(0);
  });

  it('shows a version code that reproduces the same quiz as a seed', async () => {
    const big = makeQuiz({questions: Array.from({length: 8}, (_, i) => ({...quiz.questions[0]!, id: `d${i}`, prompt: `Date question ${i}?`}))});
    const first = await setupQuiz(html`<article-quiz .quiz=${big} show-answers="never"></article-quiz>`);
    await first.click('Start quiz');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      order.push(first.heading());
      await first.choose('Friday');
      await first.click(/Next|Finish/);
    }
    const code = /Version code: (\S+)/.exec(first.text())![1]!;
    expect(code).to.match(/^[A-Z2-9]{6}$/);
    localStorage.clear();
    const again = await setupQuiz(html`<article-quiz .quiz=${big} seed=${code}></article-quiz>`);
    await again.click('Start quiz');
    expect(again.heading()).to.equal(order[0]);
  });
});

describe('<article-quiz> teacher outputs', () => {
  it('downloads results as CSV that parses back, with formula-like text defused', async () => {
    const risky = makeQuiz();
    risky.questions[0]!.prompt = '=HYPERLINK("http://x") Which day?';
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    try {
      const q = await setupQuiz(html`<article-quiz .quiz=${risky} seed="c"></article-quiz>`);
      await q.click('Start quiz');
      await answerAndNext(q);
      await answerAndNext(q, 'wrong');
      await answerAndNext(q);
      const name = q.$('#student-name') as HTMLInputElement;
      name.value = '@Sam';
      name.dispatchEvent(new Event('change'));
      await q.settle();
      await q.click('Download results (CSV)');
      await waitFor(() => blobs.length === 1);
      const rows: string[][] = parse(await blobs[0]!.text());
      expect(rows[0]).to.deep.equal(['question id', 'prompt', 'answer given', 'right answer', 'points', 'max points']);
      const byId = Object.fromEntries(rows.slice(1, 4).map((r) => [r[0], r]));
      expect(byId['q-date']).to.deep.equal(['q-date', `'=HYPERLINK("http://x") Which day?`, 'Friday', 'Friday', '1', '1']);
      expect(byId['q-distance']!.slice(2)).to.deep.equal(['30 kilometers', '30 kilometers', '2', '2']);
      const total = rows[4]!;
      expect(total[0]).to.equal('total');
      expect(total[1]).to.contain('@Sam');
      expect(total.slice(4)).to.deep.equal([q.$('.score')!.textContent!.match(/scored (\d+)/)![1], '4']);

      await q.click('Download results (JSON)');
      await waitFor(() => blobs.length === 2);
      const json = JSON.parse(await blobs[1]!.text());
      expect([json.student, json.rows.length, json.max]).to.deep.equal(['@Sam', 3, 4]);
    } finally {
      createObjectURL.mockRestore();
    }
  });

  it('prints a clean worksheet and a separate answer key, from a document of their own', async () => {
    const seed = await (await fetch('/questions/kharkiv-strikes.json')).json();
    const el = await fixture<ArticleQuiz>(html`<article-quiz .quiz=${seed} seed="print-1" teacher-tools></article-quiz>`);
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="title"]')));
    // Headless Chromium returns from print() at once; the frame it printed from is captured as it is added.
    const prints: string[] = [];
    const frames: HTMLIFrameElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof HTMLIFrameElement) frames.push(n);
    });
    observer.observe(document.body, {childList: true});
    try {
      for (const label of ['Print worksheet', 'Print answer key']) {
        const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === label)!;
        button.click();
        await waitFor(() => frames.length === prints.length + 1);
        const frame = frames.at(-1)!;
        prints.push('<!doctype html>' + frame.contentDocument!.documentElement.outerHTML);
        frame.remove();
      }
    } finally {
      observer.disconnect();
    }
    const worksheet = await commands.printToPdf(prints[0]!);
    const key = await commands.printToPdf(prints[1]!);
    const sheetText = worksheet.text.join('\n');
    const keyText = key.text.join('\n');
    expect(sheetText).to.contain('Worksheet: Biden approves');
    expect(sheetText).to.contain('Version code print-1');
    expect(sheetText).to.contain('Name:');
    expect(keyText).to.contain('Answer key: Biden approves');
    for (const question of seed.questions) {
      expect(sheetText.replace(/\s+/g, ' ')).to.contain(question.prompt.replace(/\s+/g, ' ').slice(0, 40));
    }
    // The worksheet gives nothing away; the key has every answer and its evidence.
    expect(sheetText).to.not.contain('Answer:  ');
    expect(keyText.match(/Answer:/g)!.length).to.equal(seed.questions.length);
    expect(sheetText).to.not.contain('Events the page received');
  });
});
