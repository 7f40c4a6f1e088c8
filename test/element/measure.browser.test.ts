import {expect, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import type {QuizFile} from '../../src/format/types.js';
import {measureQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor} from './harness.js';

/** The measure fixture plus a date question, so that filtering has something to leave out. */
function mixedQuiz(): QuizFile {
  const quiz = measureQuiz();
  quiz.questions.push({
    id: 'm-date',
    category: 'date',
    kind: 'single-choice',
    prompt: 'On which day did the storm come?',
    choices: [
      {id: 'a', text: 'Tuesday'},
      {id: 'b', text: 'Monday'},
    ],
    answer: 'a',
    explanation: 'The article is dated Tuesday.',
    evidence: {paragraph: 0, start: 0, end: 69},
    points: 1,
  });
  return quiz;
}

/** Answers every question of a run the way `answer` says, and returns the prompts asked. */
async function runThrough(q: Awaited<ReturnType<typeof setupQuiz>>, answer: (prompt: string) => Promise<void>): Promise<string[]> {
  const prompts: string[] = [];
  while (q.$('#numeric-answer, label.choice')) {
    prompts.push(q.heading());
    await answer(q.heading());
    await q.click(/Check answer|Vérifier/);
    await q.click(/Next question|See results|Question suivante|Voir les résultats/);
  }
  return prompts;
}

describe('<article-quiz> with other quantities', () => {
  it('keeps only the measure questions with categories="measure", and reports the category', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${mixedQuiz()} categories="measure" seed="m"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-answer', 'quiz-complete']);
    expect(q.text()).to.contain('3 questions');
    await q.click('Start quiz');
    const prompts = await runThrough(q, async (prompt) => {
      if (prompt.startsWith('How fast')) await q.typeNumber('120');
      else if (prompt.startsWith('How hot')) await q.typeNumber('95');
      else await q.choose('2 tonnes');
    });
    expect([...prompts].sort()).to.deep.equal(['How fast were the strongest gusts on the coast?', 'How hot did it get inland?', 'How much did the fallen oak weigh?']);
    expect(events['quiz-answer']!.map((e) => e.detail.category)).to.deep.equal(['measure', 'measure', 'measure']);
    const {byCategory, score} = events['quiz-complete']![0]!.detail;
    expect(score).to.equal(3);
    expect(byCategory.measure).to.deep.equal({score: 3, max: 3, correct: 3, total: 3});
    expect(byCategory.date.total).to.equal(0);
    // The results table has a row for the category.
    expect([...q.root.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Other quantities']);
  });

  it('takes a speed in km/h answered in miles per hour, and says the key in its own unit', async () => {
    const quiz = mixedQuiz();
    quiz.questions = quiz.questions.filter((question) => question.id === 'm-speed' || question.id === 'm-date');
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="measure"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-complete']);
    await q.click('Start quiz');
    expect(q.heading()).to.equal('How fast were the strongest gusts on the coast?');
    expect([...q.root.querySelectorAll('#numeric-unit option')].map((o) => o.textContent)).to.deep.equal(['kilometers per hour', 'miles per hour']);
    await expect(q.el).to.be.accessible();
    await q.typeNumber('75', 'mile per hour'); // 120.7 km/h
    await q.click('Check answer');
    expect(q.$('.verdict')!.textContent).to.contain('Correct');
    expect(q.$('[part="feedback"]')!.innerText).to.contain('The right answer: 120 kilometers per hour.');
    await q.click('See results');
    expect(events['quiz-complete']![0]!.detail.byCategory.measure).to.deep.equal({score: 1, max: 1, correct: 1, total: 1});
    expect(q.$('[part="review"]')!.innerText).to.contain('75 miles per hour');
  });

  it('names the units in French, and scores a temperature in °F answered in °C', async () => {
    const quiz = mixedQuiz();
    quiz.questions = quiz.questions.filter((question) => question.id === 'm-heat');
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} locale="fr"></article-quiz>`);
    await waitFor(() => q.text().includes('Commencer le quiz'));
    await q.click('Commencer le quiz');
    expect([...q.root.querySelectorAll('#numeric-unit option')].map((o) => o.textContent)).to.deep.equal(['degrés Fahrenheit', 'degrés Celsius']);
    await q.typeNumber('37,5', 'degree Celsius'); // 99.5 °F: 4.5 off, more than twice ±2
    await q.click('Vérifier');
    const feedback = q.$('[part="feedback"]')!.innerText;
    expect(q.$('.verdict')!.textContent).to.contain('Faux');
    expect(feedback).to.match(/Vous avez répondu 37[.,]5 degrés Celsius\./);
    expect(feedback).to.contain('La bonne réponse : 95 degrés Fahrenheit.');
    await expect(q.el).to.be.accessible();
  });
});
