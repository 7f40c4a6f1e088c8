import {expect, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz} from './harness.js';

const quiz = makeQuiz();

async function distanceQuestion() {
  const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="distance"></article-quiz>`);
  await q.click('Start quiz');
  return q;
}

describe('<article-quiz> numeric answers', () => {
  it('shows the unit and offers the other one', async () => {
    const q = await distanceQuestion();
    const options = [...q.root.querySelectorAll('#numeric-unit option')].map((o) => o.textContent);
    expect(options).to.deep.equal(['kilometers', 'miles']);
    expect(q.$('label[for="numeric-answer"]')!.textContent).to.equal('Your answer');
  });

  for (const typed of ['30', '30.0', ' 30 ', '31.5']) {
    it(`accepts ${JSON.stringify(typed)} as right`, async () => {
      const q = await distanceQuestion();
      await q.typeNumber(typed);
      await q.click('Check answer');
      expect(q.$('.verdict')!.textContent).to.contain('Correct');
    });
  }

  it('converts an answer in miles before comparing', async () => {
    const q = await distanceQuestion();
    await q.typeNumber('19', 'mile');
    await q.click('Check answer');
    expect(q.$('.verdict')!.textContent).to.contain('Correct');
  });

  it('marks an answer outside the tolerance wrong and says what was given', async () => {
    const q = await distanceQuestion();
    await q.typeNumber('40');
    await q.click('Check answer');
    expect(q.$('.verdict')!.textContent).to.contain('Incorrect');
    expect(q.$('[part="feedback"]')!.innerText).to.contain('You answered 40 kilometers.');
    expect(q.$('[part="feedback"]')!.innerText).to.contain('The right answer: 30 kilometers.');
  });

  it('says when a near miss earns half the points', async () => {
    const q = await distanceQuestion();
    const events = recordEvents(q.el, ['quiz-answer']);
    await q.typeNumber('33.5');
    await q.click('Check answer');
    const feedback = q.$('[part="feedback"]')!.innerText;
    expect(q.$('.verdict')!.textContent).to.contain('Partly right');
    expect(feedback).to.contain('within twice the allowed margin of ±2 kilometers, so it earns half the points (1 of 2 points).');
    expect(events['quiz-answer']![0]!.detail.points).to.equal(1);
    await expect(q.el).to.be.accessible();
    await q.click('See results');
    expect(q.$('.score')!.textContent).to.equal('You scored 1 out of 2 (50%).');
  });

  for (const [typed, message] of [
    ['forty', '“forty” is not a number. Type the number in digits, for example 12 or 12.5.'],
    ['', 'Enter your answer as a number first.'],
  ] as const) {
    it(`explains ${JSON.stringify(typed)} inline instead of marking it wrong`, async () => {
      const q = await distanceQuestion();
      const events = recordEvents(q.el, ['quiz-answer']);
      await q.typeNumber(typed);
      await q.click('Check answer');
      const input = q.$('#numeric-answer')!;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('input-error');
      expect(q.$('#input-error')!.textContent).to.equal(message);
      expect(q.$('fieldset')!.getAttribute('aria-describedby')).to.equal('input-error');
      expect(q.$('[part="feedback"]')).to.equal(null);
      expect(events['quiz-answer']).to.have.length(0);
      await expect(q.el).to.be.accessible();
      // Typing again clears the message.
      await q.typeNumber('30');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });
  }
});
