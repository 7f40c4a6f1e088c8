import {expect, html} from '@open-wc/testing';
import {cdp} from 'vitest/browser';
import {afterEach, describe, it} from 'vitest';
import {makeQuiz} from '../fixtures.js';
import {setupQuiz} from './harness.js';

async function emulate(features: {name: string; value: string}[]): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {features});
}

describe('<article-quiz> follows the reader’s settings', () => {
  afterEach(() => emulate([]));

  it('turns dark with prefers-color-scheme: dark and keeps AA contrast', async () => {
    await emulate([{name: 'prefers-color-scheme', value: 'dark'}]);
    const q = await setupQuiz(html`<article-quiz .quiz=${makeQuiz()} categories="date"></article-quiz>`);
    expect(getComputedStyle(q.$('.base')!).backgroundColor).to.equal('rgb(28, 28, 33)');
    await q.click('Start quiz');
    await q.choose('Monday');
    await q.click('Check answer');
    await expect(q.el).to.be.accessible();
  });

  it('stops transitions with prefers-reduced-motion: reduce', async () => {
    await emulate([{name: 'prefers-reduced-motion', value: 'reduce'}]);
    const q = await setupQuiz(html`<article-quiz .quiz=${makeQuiz()} categories="date"></article-quiz>`);
    await q.click('Start quiz');
    expect(getComputedStyle(q.$('.choice')!).transitionDuration).to.equal('0s');
    await emulate([]);
    expect(getComputedStyle(q.$('.choice')!).transitionDuration).to.equal('0.15s');
  });

  it('lets a page theme it through custom properties and parts', async () => {
    const style = document.createElement('style');
    style.textContent = 'article-quiz.t { --article-quiz-accent: rgb(107, 29, 122); } article-quiz.t::part(title) { font-variant: small-caps; }';
    document.head.append(style);
    try {
      const q = await setupQuiz(html`<article-quiz class="t" .quiz=${makeQuiz()}></article-quiz>`);
      expect(getComputedStyle(q.button('Start quiz')).backgroundColor).to.equal('rgb(107, 29, 122)');
      expect(getComputedStyle(q.$('[part="title"]')!).fontVariantCaps).to.equal('small-caps');
    } finally {
      style.remove();
    }
  });
});
