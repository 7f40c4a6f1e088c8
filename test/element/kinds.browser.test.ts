import {expect, html} from '@open-wc/testing';
import {userEvent} from 'vitest/browser';
import {describe, it} from 'vitest';
import {kindsQuiz} from '../fixtures.js';
import {recordEvents, setupQuiz, waitFor, type QuizHarness} from './harness.js';

const quiz = kindsQuiz();
quiz.questions = quiz.questions.slice(3); // just the timeline and the matching question

async function openQuestion(kind: 'timeline' | 'matching'): Promise<QuizHarness> {
  const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories=${kind === 'timeline' ? 'date' : 'quote'}></article-quiz>`);
  await q.click('Start quiz');
  await waitFor(() => !q.$('[aria-busy="true"]'));
  await q.settle();
  return q;
}

const order = (q: QuizHarness) => q.$$('.timeline-item').map((li) => li.querySelector('span:nth-child(2)')!.textContent);

describe('<article-quiz> timeline questions', () => {
  it('orders events by keyboard alone, with focus kept on the moved event', async () => {
    const q = await openQuestion('timeline');
    const events = recordEvents(q.el, ['quiz-answer']);
    await expect(q.el).to.be.accessible();
    const right = ['The storm travelled inland', 'Ruiz said the city was ready', 'The bridge reopened'];
    // Move each event to its place: for position i, bring the right event up with "Earlier".
    for (let target = 0; target < right.length; target++) {
      let from = order(q).indexOf(right[target]!);
      const earlier = q.$(`.timeline-item:nth-child(${from + 1}) button[data-step="-1"]`)!;
      earlier.focus();
      while (from > target) {
        await userEvent.keyboard('{Enter}');
        await q.settle();
        from--;
        expect(q.root.activeElement!.closest('.timeline-item')!.textContent).to.contain(right[target]);
      }
    }
    expect(order(q)).to.deep.equal(right);
    expect(q.$('[role="status"]')!.textContent).to.match(/moved to position \d of 3\.$/);
    await q.click('Check answer');
    expect(q.$('.verdict')!.textContent).to.contain('Correct');
    expect(events['quiz-answer']![0]!.detail).to.include({correct: true, points: 3});
    expect(q.$('[part="feedback"]')!.innerText).to.contain('Monday: The storm travelled inland');
    await expect(q.el).to.be.accessible();
  });

  it('gives partial credit for a nearly right order, and says so', async () => {
    const q = await openQuestion('timeline');
    // From any starting order, put "The bridge reopened" first: one or two pairs wrong.
    while (order(q)[0] !== 'The bridge reopened') {
      const index = order(q).indexOf('The bridge reopened');
      q.$(`.timeline-item:nth-child(${index + 1}) button[data-step="-1"]`)!.click();
      await q.settle();
    }
    await q.click('Check answer');
    const feedback = q.$('[part="feedback"]')!.innerText;
    expect(feedback).to.match(/Partly right|Incorrect/);
    expect(feedback).to.contain('The right order, earliest first');
  });
});

describe('<article-quiz> matching questions', () => {
  it('matches quotes to speakers with native selects, by keyboard, with partial credit', async () => {
    const q = await openQuestion('matching');
    const events = recordEvents(q.el, ['quiz-answer']);
    await expect(q.el).to.be.accessible();
    const selects = q.$$('select') as HTMLSelectElement[];
    expect(selects).to.have.length(2);
    expect([...selects[0]!.options].map((o) => o.textContent)).to.deep.equal(['Choose who said it', 'Ana Ruiz', 'Officials', 'The Test Gazette']);
    for (const select of selects) expect(select.labels![0]!.textContent).to.match(/^“.+”$/);

    await q.click('Check answer');
    expect(q.$('#input-error')!.textContent).to.equal('Choose a speaker for the quotes first.');

    // Keyboard: focus a select and choose with the arrow keys.
    for (const select of selects) {
      select.focus();
      const wanted = 'Ana Ruiz'; // right for “We are ready”, wrong for the storm
      while (select.value !== wanted) await userEvent.keyboard('{ArrowDown}');
      select.dispatchEvent(new Event('change'));
    }
    await q.settle();
    await q.click('Check answer');
    expect(events['quiz-answer']![0]!.detail).to.include({correct: false, points: 1});
    const feedback = q.$('[part="feedback"]')!.innerText;
    expect(feedback).to.contain('1 of 2 quotes matched: 1 of 2 points.');
    expect(feedback).to.contain('(you chose Ana Ruiz)');
    await expect(q.el).to.be.accessible();
  });
});
