import {expect, html} from '@open-wc/testing';
import {commands} from 'vitest/browser';
import {afterEach, describe, it, vi} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor, type QuizHarness} from '../element/harness.js';
import {makePlatform} from './platform.js';

const quiz = makeQuiz();

const win = window as Window & {API?: unknown; API_1484_11?: unknown};

afterEach(() => {
  delete win.API;
  delete win.API_1484_11;
});

async function answerAll(q: QuizHarness, right = true) {
  for (let i = 0; i < 3; i++) {
    const prompt = q.heading();
    if (prompt.startsWith('How far')) await q.typeNumber(right ? '30' : '90');
    else await q.choose(prompt.startsWith('Who') ? 'Ana Ruiz' : right ? 'Friday' : 'Monday');
    await q.click('Check answer');
    await q.click(/Next question|See results/);
  }
}

describe('<article-quiz> in a learning platform (SCORM)', () => {
  it('SCORM 1.2: reports interactions, score and pass/fail, saves suspend data, finishes once on leaving', async () => {
    const platform = makePlatform('1.2');
    win.API = platform.found.api;
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} pass-mark="50" seed="s"></article-quiz>`);
    await waitFor(() => platform.log.calls.includes('LMSInitialize()'));
    await q.click('Start quiz');
    await answerAll(q);
    const values = platform.log.values;
    expect(platform.log.refused).to.deep.equal([]);
    expect(values.get('cmi.core.score.raw')).to.equal('100');
    expect(values.get('cmi.core.lesson_status')).to.equal('passed');
    expect([0, 1, 2].map((n) => values.get(`cmi.interactions.${n}.result`))).to.deep.equal(['correct', 'correct', 'correct']);
    for (const [name, value] of values) if (/interactions\.\d+\.id$/.test(name)) expect(value).to.match(/^[A-Za-z0-9_.:-]+$/);
    const suspend = values.get('cmi.suspend_data')!;
    expect(suspend.length).to.be.at.most(4096);
    expect(JSON.parse(suspend).finished).to.equal(true);

    window.dispatchEvent(new Event('pagehide'));
    q.el.remove();
    expect(platform.log.calls.filter((c) => c.startsWith('LMSFinish'))).to.have.length(1);
    expect(platform.log.afterFinish).to.deep.equal([]);
  });

  it('SCORM 2004: resumes an attempt from the platform’s suspend data', async () => {
    const first = makePlatform('2004');
    win.API_1484_11 = first.found.api;
    let q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="s"></article-quiz>`);
    await waitFor(() => first.log.calls.includes('Initialize()'));
    await q.click('Start quiz');
    const prompt = q.heading();
    if (prompt.startsWith('How far')) await q.typeNumber('30');
    else await q.choose(prompt.startsWith('Who') ? 'Ana Ruiz' : 'Friday');
    await q.click('Check answer');
    await q.click('Next question');
    const suspended = first.log.values.get('cmi.suspend_data')!;
    q.el.remove();
    localStorage.clear(); // the platform, not this browser, remembers the attempt

    const second = makePlatform('2004', {entry: 'resume', suspend_data: suspended});
    win.API_1484_11 = second.found.api;
    q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="s"></article-quiz>`);
    await waitFor(() => Boolean(q.root.querySelector('button') && /Resume/.test(q.text())));
    await q.click('Resume (question 2 of 3)');
    expect(q.text()).to.contain('Question 2 of 3');
    expect(second.log.values.get('cmi.completion_status')).to.equal('incomplete');
  });
});

describe('<article-quiz> with xAPI', () => {
  it('sends valid answered and completed statements to the endpoint, with credentials from script', async () => {
    const endpoint = await commands.startXapiReceiver();
    const el = document.createElement('article-quiz');
    el.setAttribute('xapi-endpoint', endpoint);
    el.xapiAuth = 'Basic dGVhY2hlcjpzZWNyZXQ=';
    el.xapiActor = {name: 'Sam', mbox: 'mailto:sam@example.org'};
    el.quiz = quiz;
    el.seed = 'x';
    document.body.append(el);
    try {
      const q = await setupQuiz(html`${el}`);
      await q.click('Start quiz');
      await answerAll(q, false);
      let received: Awaited<ReturnType<typeof commands.xapiReceived>> = [];
      // Statements are sent in the background: poll the receiver for up to 10 s (a loaded CI machine is slow).
      for (let i = 0; i < 200 && received.flatMap((r) => r.body as unknown[]).length < 4; i++) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        received = await commands.xapiReceived();
      }
      const statements = received.flatMap((r) => r.body as {verb: {id: string}; actor: unknown}[]);
      expect(statements.map((s) => s.verb.id.split('/').pop())).to.deep.equal(['answered', 'answered', 'answered', 'completed']);
      // Checked against the xAPI specification by xapi-validation, on the receiving side.
      expect(received.flatMap((r) => r.warnings)).to.deep.equal([]);
      expect(received[0]!.headers.authorization).to.equal('Basic dGVhY2hlcjpzZWNyZXQ=');
      expect(el.getAttribute('xapi-endpoint')).to.equal(endpoint);
      expect(el.outerHTML).to.not.contain('dGVhY2hlcjpzZWNyZXQ');
    } finally {
      el.remove();
    }
  }, 20_000);

  it('sends nothing anywhere without an endpoint', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const beacon = vi.spyOn(navigator, 'sendBeacon');
    try {
      const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
      const events = recordEvents(q.el, ['quiz-complete']);
      await q.click('Start quiz');
      await answerAll(q);
      expect(events['quiz-complete']).to.have.length(1);
      expect(fetchSpy.mock.calls.filter(([url]) => !String(url).includes('/@') && !String(url).endsWith('.js') && !String(url).includes('.ts'))).to.deep.equal([]);
      expect(beacon.mock.calls).to.have.length(0);
    } finally {
      fetchSpy.mockRestore();
      beacon.mockRestore();
    }
  });
});
