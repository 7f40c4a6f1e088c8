import {expect, html} from '@open-wc/testing';
import {userEvent} from 'vitest/browser';
import {describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {setupQuiz, type QuizHarness} from './harness.js';

const quiz = makeQuiz();
const keys: Record<string, string> = {
  'On which day did the bridge reopen?': 'Friday',
  'Who said "We are ready"?': 'Ana Ruiz',
};

function focused(q: QuizHarness): Element | null {
  return q.root.activeElement;
}

describe('<article-quiz> by keyboard alone', () => {
  it('runs a whole quiz with Tab, arrows, Space, Enter and typing', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} seed="keys"></article-quiz>`);
    q.el.focus();
    await userEvent.tab();
    expect(focused(q)!.textContent!.trim()).to.equal('Start quiz');
    await userEvent.keyboard('{Enter}');
    await q.settle();

    for (let i = 0; i < 3; i++) {
      const heading = q.$('legend h2')!;
      expect(focused(q), `question ${i + 1} heading has focus`).to.equal(heading);
      const prompt = heading.textContent!.trim();
      if (prompt in keys) {
        const index = q.choiceLabels().indexOf(keys[prompt]!);
        await userEvent.tab(); // into the radio group: its first radio
        if (index === 0) await userEvent.keyboard(' ');
        for (let k = 0; k < index; k++) await userEvent.keyboard('{ArrowDown}');
        await q.settle();
        const checked = q.$('input[type="radio"]:checked')!;
        expect(checked.closest('label')!.textContent).to.contain(keys[prompt]);
        await userEvent.tab();
      } else {
        await userEvent.tab();
        expect(focused(q)!.id).to.equal('numeric-answer');
        await userEvent.keyboard('30');
        await userEvent.tab(); // unit select
        await userEvent.tab();
      }
      expect(focused(q)!.textContent!.trim()).to.equal('Check answer');
      await userEvent.keyboard('{Enter}');
      await q.settle();
      expect(q.$('[part="feedback"]')!.innerText).to.contain('Correct');
      // The same button now moves on, so focus is not lost.
      expect(focused(q)!.textContent!.trim()).to.match(/Next question|See results/);
      await userEvent.keyboard('{Enter}');
      await q.settle();
    }
    expect(focused(q)).to.equal(q.$('#results-heading'));
    expect(q.$('.score')!.textContent).to.equal('You scored 4 out of 4 (100%).');
  });

  it('submits a typed number with Enter', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="distance"></article-quiz>`);
    await q.click('Start quiz');
    q.$('#numeric-answer')!.focus();
    await userEvent.keyboard('31{Enter}');
    await q.settle();
    expect(q.$('[part="feedback"]')!.innerText).to.contain('Correct');
  });

  it('uses native radios in a fieldset whose legend is the question, each with its label', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="date"></article-quiz>`);
    await q.click('Start quiz');
    expect(q.$('fieldset > legend h2')!.textContent).to.equal('On which day did the bridge reopen?');
    for (const radio of q.$$('input[type="radio"]') as HTMLInputElement[]) {
      expect(radio.labels!.length).to.equal(1);
    }
  });

  it('keeps every target at least 24 by 24 pixels', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="distance,date"></article-quiz>`);
    await q.click('Start quiz');
    for (const target of q.$$('button, label.choice, input, select')) {
      const box = target.getBoundingClientRect();
      if (target.matches('input[type="radio"]')) continue; // inside its label, which is the target
      expect(box.width, target.outerHTML).to.be.at.least(24);
      expect(box.height, target.outerHTML).to.be.at.least(24);
    }
  });

  it('shows a visible focus outline', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz}></article-quiz>`);
    q.el.focus();
    await userEvent.tab();
    const style = getComputedStyle(focused(q)!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});
