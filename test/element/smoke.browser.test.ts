import {expect, fixture, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import '../../src/element/article-quiz.js';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import seedQuiz from '../../questions/kharkiv-strikes.json';
import type {QuizFile} from '../../src/format/types.js';

describe('smoke', () => {
  it('shows the start screen for the quiz property', async () => {
    const el = await fixture<ArticleQuiz>(html`<article-quiz .quiz=${seedQuiz as QuizFile}></article-quiz>`);
    const title = el.shadowRoot!.querySelector('[part="title"]');
    expect(title!.textContent).to.contain('Biden approves');
    await expect(el).to.be.accessible();
  });
});
