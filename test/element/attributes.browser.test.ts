/** Settings a page gets wrong: the quiz falls back to its defaults and keeps working. */
import {expect, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {setupQuiz} from './harness.js';

const quiz = makeQuiz();

function watchPageErrors(): string[] {
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(event.message));
  return errors;
}

describe('<article-quiz> with settings it cannot use', () => {
  it('ignores a count, pass mark, time limit, mode or locale it cannot read, and runs with its defaults', async () => {
    const errors = watchPageErrors();
    for (const [count, passMark, timeLimit] of [['-3', '150', 'soon'], ['abc', '-1', '0'], ['0', 'half', '-5']]) {
      const q = await setupQuiz(
        html`<article-quiz .quiz=${quiz} count=${count} pass-mark=${passMark} time-limit=${timeLimit} mode="exam" locale="xx-not-a-language"></article-quiz>`
      );
      expect(q.text()).to.contain('3 questions about dates, distances and who said what.');
      expect(q.text()).not.to.contain('Pass mark');
      expect(q.text()).not.to.contain('Time limit');
      await q.click('Start quiz');
      expect(q.$('.progress-label')!.textContent).to.equal('Question 1 of 3');
      // Practice mode, as `mode="exam"` is not a mode: the answer is checked at once.
      expect(q.button('Check answer')).to.exist;
    }
    expect(errors).to.deep.equal([]);
  });

  it('shows English for replacement text of the wrong kind, and the replacements that fit', async () => {
    const errors = watchPageErrors();
    const strings = {start: 'Begin', questionOf: 'Question {n}', check: 42, next: null, finish: () => 'Done', chooseFirst: {}};
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="date" .strings=${strings as never}></article-quiz>`);
    await q.click('Begin');
    expect(q.$('.progress-label')!.textContent).to.equal('Question 1 of 1');
    await q.click('Check answer');
    expect(q.$('#input-error')!.textContent).to.equal('Choose an answer first.');
    expect(errors).to.deep.equal([]);
  });
});
