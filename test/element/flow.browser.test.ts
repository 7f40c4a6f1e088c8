import {expect, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz} from './harness.js';
import seedQuiz from '../../questions/kharkiv-strikes.json';
import type {QuizFile} from '../../src/format/types.js';

const quiz = makeQuiz();

describe('<article-quiz> flow', () => {
  it('shows the article, its source and the number of questions on the start screen', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${seedQuiz as QuizFile}></article-quiz>`);
    expect(q.$('[part="title"]')!.textContent).to.equal(seedQuiz.article.title);
    expect(q.text()).to.contain('May 2024');
    expect(q.text()).to.contain('10 questions');
    expect(q.button('Start quiz')).to.exist;
    await expect(q.el).to.be.accessible();
  });

  it('walks through a question: progress, check, feedback with evidence, next', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="fixed" categories="date"></article-quiz>`);
    await q.click('Start quiz');
    expect(q.text()).to.contain('Question 1 of 1');
    const progress = q.$('progress') as HTMLProgressElement;
    expect([progress.value, progress.max]).to.deep.equal([1, 1]);
    expect(q.heading()).to.equal('On which day did the bridge reopen?');
    expect(q.$$('fieldset input[type="radio"]')).to.have.length(3);
    await expect(q.el).to.be.accessible();

    await q.choose('Thursday');
    await q.click('Check answer');
    const feedback = q.$('[part="feedback"]')!;
    expect(feedback.innerText).to.contain('Incorrect');
    expect(feedback.innerText).to.contain('The right answer: Friday.');
    expect(feedback.innerText).to.contain('The mayor said it reopened on Friday.');
    expect(q.$('[part="evidence"] mark')!.textContent).to.equal('Friday');
    expect(q.$('[part="evidence"]')!.textContent).to.equal('The bridge reopened on Friday, Mayor Ana Ruiz said.');
    expect(q.$('.icon')!.textContent).to.equal('✗');
    // The chosen wrong answer and the right one are marked in words and by border, not colour alone.
    const marked = q.$$('label.choice').filter((l) => l.querySelector('.choice-mark'));
    expect(marked.map((l) => l.innerText.replace(/\s+/g, ' ').trim())).to.have.members(['Thursday ✗ Your answer', 'Friday ✓ Right answer']);
    const wrong = marked.find((l) => l.innerText.includes('Thursday'))!;
    await new Promise((resolve) => setTimeout(resolve, 250)); // let the border transition finish
    expect(getComputedStyle(wrong).borderTopColor).to.equal('rgb(179, 38, 30)');
    expect(q.$('[role="status"]')!.textContent).to.equal('Incorrect. The right answer is Friday.');
    await expect(q.el).to.be.accessible();

    await q.click('See results');
    expect(q.heading()).to.equal('Your results');
    expect(q.root.activeElement).to.equal(q.$('#results-heading'));
  });

  it('asks for an answer before checking, without marking it wrong', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="fixed" categories="date"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-answer']);
    await q.click('Start quiz');
    await q.click('Check answer');
    expect(q.$('#input-error')!.textContent).to.equal('Choose an answer first.');
    expect(q.$('fieldset')!.getAttribute('aria-describedby')).to.equal('input-error');
    expect(q.$('[part="feedback"]')).to.equal(null);
    expect(events['quiz-answer']).to.have.length(0);
  });

  it('scores a run and breaks it down by category with a review of every answer', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="order-1"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-start', 'quiz-answer', 'quiz-complete']);
    await q.click('Start quiz');
    for (let i = 0; i < 3; i++) {
      const prompt = q.heading();
      if (prompt.startsWith('On which day')) await q.choose('Friday');
      else if (prompt.startsWith('Who said')) await q.choose('Officials');
      else await q.typeNumber('19', 'mile');
      await q.click('Check answer');
      await q.click(/Next question|See results/);
    }
    expect(q.$('.score')!.textContent).to.equal('You scored 3 out of 4 (75%).');
    const rows = q.$$('tbody tr').map((r) => r.innerText.replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Dates 1 of 1 1 of 1', 'Distances 1 of 1 2 of 2', 'Quotes 0 of 1 0 of 1']);
    const review = q.$$('.review-item').map((item) => item.innerText);
    expect(review.some((t) => t.includes('Your answer\nOfficials') && t.includes('Right answer\nAna Ruiz'))).to.equal(true);
    expect(review.some((t) => t.includes('19 miles') && t.includes('30 kilometers'))).to.equal(true);
    await expect(q.el).to.be.accessible();

    expect(events['quiz-start']!.map((e) => e.detail.questionCount)).to.deep.equal([3]);
    expect(events['quiz-answer']!.map((e) => [e.detail.questionId, e.detail.correct, e.detail.points]).sort()).to.deep.equal([
      ['q-date', true, 1],
      ['q-distance', true, 2],
      ['q-quote', false, 0],
    ]);
    const done = events['quiz-complete']![0]!;
    expect(done.bubbles && done.composed).to.equal(true);
    expect([done.detail.score, done.detail.max, done.detail.percentage]).to.deep.equal([3, 4, 75]);
    expect(done.detail.byCategory.quote).to.deep.equal({score: 0, max: 1, correct: 0, total: 1});
    expect(done.detail.answers).to.have.length(3);
  });

  it('retries only the missed questions, and tries again with a new order', async () => {
    const big = makeQuiz({questions: Array.from({length: 6}, (_, i) => ({...quiz.questions[0]!, id: `d${i}`, prompt: `Date question ${i}?`}))});
    const q = await setupQuiz(html`<article-quiz .quiz=${big} seed="s"></article-quiz>`);
    await q.click('Start quiz');
    const firstOrder: string[] = [];
    for (let i = 0; i < 6; i++) {
      firstOrder.push(q.heading());
      await q.choose(i < 2 ? 'Monday' : 'Friday');
      await q.click('Check answer');
      await q.click(/Next question|See results/);
    }
    expect(q.$('.score')!.textContent).to.equal('You scored 4 out of 6 (67%).');
    await q.click('Retry the 2 missed questions');
    expect(q.text()).to.contain('Question 1 of 2');
    const retried = [q.heading()];
    await q.choose('Friday');
    await q.click('Check answer');
    await q.click('Next question');
    retried.push(q.heading());
    expect(retried.sort()).to.deep.equal(firstOrder.slice(0, 2).sort());
    await q.choose('Friday');
    await q.click('Check answer');
    await q.click('See results');
    expect(q.$('.score')!.textContent).to.equal('You scored 2 out of 2 (100%).');

    await q.click('Try again');
    expect(q.text()).to.contain('Question 1 of 6');
    const secondOrder: string[] = [];
    for (let i = 0; i < 6; i++) {
      secondOrder.push(q.heading());
      await q.choose('Friday');
      await q.click('Check answer');
      await q.click(/Next question|See results/);
    }
    expect(secondOrder).to.not.deep.equal(firstOrder);
    expect([...secondOrder].sort()).to.deep.equal([...firstOrder].sort());
  });

  it('gives the same question and choice order for the same seed', async () => {
    const big = makeQuiz({questions: Array.from({length: 8}, (_, i) => ({...quiz.questions[0]!, id: `d${i}`, prompt: `Date question ${i}?`}))});
    const orders: string[] = [];
    for (const seed of ['same', 'same', 'other']) {
      localStorage.clear(); // a fresh student each time, not the previous one's saved progress
      const q = await setupQuiz(html`<article-quiz .quiz=${big} seed=${seed}></article-quiz>`);
      await q.click('Start quiz');
      orders.push(`${q.heading()} ${q.choiceLabels().join(',')}`);
    }
    expect(orders[0]).to.equal(orders[1]);
    expect(orders[2]).to.not.equal(orders[0]);
  });

  it('draws count questions from the chosen categories', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${seedQuiz as QuizFile} count="3" categories="quote" seed="x"></article-quiz>`);
    expect(q.text()).to.contain('3 questions');
    await q.click('Start quiz');
    expect(q.text()).to.contain('Question 1 of 3');
  });

  it('in test mode shows no feedback until the results, and allows going back', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} mode="test" seed="t"></article-quiz>`);
    expect(q.text()).to.contain('marked at the end');
    await q.click('Start quiz');
    const first = q.heading();
    if (first.startsWith('How far')) await q.typeNumber('30');
    else await q.choose(first.startsWith('Who') ? 'Ana Ruiz' : 'Friday');
    await q.click('Next');
    expect(q.$('[part="feedback"]')).to.equal(null);
    await q.click('Previous');
    expect(q.heading()).to.equal(first);
    await q.click('Next');
    await q.click('Next');
    await q.click('Review and submit');
    expect(q.heading()).to.equal('Submit your answers?');
    expect(q.text()).to.contain('You have answered 1 of 3 questions.');
    expect(q.$$('.unanswered li')).to.have.length(2);
    await expect(q.el).to.be.accessible();
    // An unanswered question can be reached from the list, answered, and the list shrinks.
    await q.click(/^Question 2:/);
    expect(q.text()).to.contain('Question 2 of 3');
    await q.click('Next');
    await q.click('Review and submit');
    expect(q.$$('.unanswered li')).to.have.length(2);
    await q.click('Submit answers');
    expect(q.$('.score')!.textContent).to.match(/^You scored (1|2) out of 4/);
    expect(q.$$('.review-item').filter((i) => i.innerText.includes('Not answered'))).to.have.length(2);
  });

  it('treats an unknown mode as practice', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} mode="exam" categories="date"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-start']);
    await q.click('Start quiz');
    expect(events['quiz-start']![0]!.detail.mode).to.equal('practice');
    await q.choose('Friday');
    await q.click('Check answer');
    expect(q.$('[part="feedback"]')).to.exist;
  });

  it('fires no events when the page sets the quiz or its attributes', async () => {
    const q = await setupQuiz(html`<article-quiz seed="a"></article-quiz>`);
    const events = recordEvents(q.el, ['quiz-start', 'quiz-answer', 'quiz-complete']);
    q.el.quiz = quiz;
    q.el.setAttribute('count', '2');
    q.el.mode = 'test';
    await q.settle();
    expect(q.$('[part="title"]')).to.exist;
    expect(Object.values(events).flat()).to.have.length(0);
  });
});
