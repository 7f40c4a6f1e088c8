import {expect, fixture, html} from '@open-wc/testing';
import {describe, it} from 'vitest';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';
import {makeQuiz} from '../fixtures.js';
import {setupQuiz, waitFor} from './harness.js';

const quiz = makeQuiz();

describe('<article-quiz> in other languages', () => {
  it('speaks French with locale="fr", through every screen', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} locale="fr" seed="fr" categories="date,distance"></article-quiz>`);
    await waitFor(() => q.text().includes('Commencer le quiz'));
    expect(q.text()).to.contain('2 questions sur les dates, les distances et qui a dit quoi.');
    await q.click('Commencer le quiz');
    expect(q.text()).to.contain('Question 1 sur 2');
    for (let i = 0; i < 2; i++) {
      if (q.heading().startsWith('How far')) {
        expect(q.$('label[for="numeric-answer"]')!.textContent).to.equal('Votre réponse');
        expect([...q.root.querySelectorAll('#numeric-unit option')].map((o) => o.textContent)).to.deep.equal(['kilomètres', 'miles']);
        await q.typeNumber('30,5'); // a decimal comma, as French writes it
      } else await q.choose('Friday');
      await q.click('Vérifier');
      expect(q.$('.verdict')!.textContent).to.contain('Juste');
      await expect(q.el).to.be.accessible();
      await q.click(/Question suivante|Voir les résultats/);
    }
    expect(q.heading()).to.equal('Vos résultats');
    expect(q.$('.score')!.textContent).to.equal('Votre score : 3 sur 3 (100 %).');
  });

  it('follows the page’s lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="fr-CA"><article-quiz .quiz=${quiz}></article-quiz></div>`);
    const el = wrapper.querySelector('article-quiz') as ArticleQuiz;
    await waitFor(() => Boolean(el.shadowRoot!.textContent!.includes('Commencer le quiz')));
  });

  it('lets the page replace any interface text', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} .strings=${{start: 'Begin', questionOf: (n: number, t: number) => `Q${n}/${t}`}}></article-quiz>`);
    await q.click('Begin');
    expect(q.$('.progress-label')!.textContent).to.match(/^Q1\/3$/);
  });

  it('reads numbers with a decimal comma only where the language writes one', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} categories="distance" locale="en"></article-quiz>`);
    await q.click('Start quiz');
    await q.typeNumber('30,5');
    await q.click('Check answer');
    // "30,5" is not an English number: explained inline, not marked wrong.
    expect(q.$('#input-error')!.textContent).to.contain('is not a number');
  });

  it('shows a number typed with a decimal comma the same way on going back, and takes it again', async () => {
    const q = await setupQuiz(html`<article-quiz .quiz=${quiz} locale="fr" mode="test" seed="fr-back" categories="date,distance"></article-quiz>`);
    await waitFor(() => q.text().includes('Commencer le quiz'));
    await q.click('Commencer le quiz');
    if (!q.heading().startsWith('How far')) {
      await q.choose('Friday');
      await q.click('Suivant');
    }
    const field = () => q.$('#numeric-answer') as HTMLInputElement;
    await q.typeNumber('30,5');
    // Leave the distance question (forwards or backwards, whichever it allows) and come back to it.
    const first = q.$('.progress-label')!.textContent!.startsWith('Question 1');
    await q.click(first ? 'Suivant' : 'Précédent');
    expect(q.heading()).not.to.match(/^How far/);
    await q.click(first ? 'Précédent' : 'Suivant');
    expect(q.heading()).to.match(/^How far/);
    expect(field().value).to.equal('30,5');
    // Changing only the unit keeps the number as written, and it is still read as a number.
    await q.typeNumber(field().value, 'mile');
    await q.click(first ? 'Suivant' : 'Relire et envoyer');
    expect(q.$('#input-error')).to.equal(null);
    expect(q.heading()).not.to.match(/^How far/);
  });

  it('mirrors its layout in a right-to-left page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><article-quiz .quiz=${quiz} categories="date"></article-quiz></div>`);
    const el = wrapper.querySelector('article-quiz') as ArticleQuiz;
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="title"]')));
    const root = el.shadowRoot!;
    (root.querySelector('button') as HTMLButtonElement).click();
    await waitFor(() => Boolean(root.querySelector('input[type="radio"]')));
    (root.querySelector('input[type="radio"]') as HTMLInputElement).click();
    await el.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Check answer')!.click();
    await waitFor(() => Boolean(root.querySelector('[part="feedback"]')));
    const feedback = getComputedStyle(root.querySelector('[part="feedback"]')!);
    expect(feedback.direction).to.equal('rtl');
    expect([feedback.borderRightWidth, feedback.borderLeftWidth]).to.deep.equal(['4px', '0px']);
    const label = root.querySelector('.choice--correct')!;
    const mark = label.querySelector('.choice-mark')!.getBoundingClientRect();
    const text = label.querySelector('span')!.getBoundingClientRect();
    expect(mark.right).to.be.at.most(text.left); // the mark sits at the line's end, on the left
    await expect(el).to.be.accessible();
  });
});
