/**
 * End to end in Chromium: demo/react.html and demo/vue.html host the quiz in a React 19 and a Vue 3 app. A
 * student answers every question through the element; the framework's own rendering of the events must agree
 * with the element's results, a mode set in framework state must reach the element, and axe finds nothing.
 * The bundles are built once by test/global-build.ts; this file serves a snapshot of them, so another run's
 * build emptying dist/ meanwhile (a shared working tree) cannot break it.
 */
import type {Browser, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations, openSite, type Site} from './site.js';

let site: Site;
let browser: Browser;
let url: string;

beforeAll(async () => {
  site = await openSite('frameworks', ['demo', 'questions'], ['dist/cdn/article-quiz.js', 'dist/demos/react.js', 'dist/demos/vue.js']);
  ({browser, url} = site);
}, 60_000);

afterAll(() => site?.close());

/** What the framework rendered for one row of its state list. */
const frameworkState = (page: Page, key: string) => page.locator(`[data-state="${key}"]`).innerText();

/** The question or screen shown and its main button: changes with every step a student takes. */
const screenKey = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('article-quiz')!.shadowRoot!;
    return [root.querySelector('.progress-label'), root.querySelector('h2'), root.querySelector('[part~="primary-button"]')].map((n) => n?.textContent?.trim() ?? '').join(' | ');
  });

/**
 * Answers whatever the current question asks (first choice, a number, the first option of each select; a
 * timeline is left in its given order) and presses the main button, until the results screen shows.
 */
async function answerEverything(page: Page): Promise<number> {
  const quiz = page.locator('article-quiz');
  let steps = 0;
  while (!(await quiz.locator('[part="results"]').count())) {
    if (++steps > 100) throw new Error(`Still no results after 100 steps; the screen shows: ${await screenKey(page)}`);
    const form = quiz.locator('[part="question"]');
    if (await form.count()) {
      const radio = form.locator('input[type="radio"]');
      if (await radio.count()) await radio.first().check();
      const number = form.locator('#numeric-answer');
      if (await number.count()) await number.fill('19');
      for (const select of await form.locator('select:not(#numeric-unit)').all()) {
        if (!(await select.inputValue())) await select.selectOption({index: 1});
      }
    }
    const before = await screenKey(page);
    await quiz.locator('[part~="primary-button"]').click();
    await page.waitForFunction(
      (previous) => {
        const root = document.querySelector('article-quiz')!.shadowRoot!;
        if (root.querySelector('[aria-busy="true"]')) return false;
        const now = [root.querySelector('.progress-label'), root.querySelector('h2'), root.querySelector('[part~="primary-button"]')].map((n) => n?.textContent?.trim() ?? '').join(' | ');
        return now !== previous;
      },
      before
    );
  }
  return steps;
}

for (const framework of ['react', 'vue'] as const) {
  describe(`demo/${framework}.html`, () => {
    it(`hosts the quiz: ${framework} state sets the mode, and ${framework} renders the events' results`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.text()} (${message.location().url})`);
      });
      await page.goto(`${url}/demo/${framework}.html`);
      const quiz = page.locator('article-quiz');
      await expect.poll(() => quiz.locator('[part="title"]').count()).toBe(1);
      // The framework set src and mode as properties (React 19 and Vue both do when the element has them).
      expect(await quiz.evaluate((el) => ({src: el.getAttribute('src'), property: (el as HTMLElement & {src?: string}).src}))).toEqual({
        src: null,
        property: '../questions/kharkiv-strikes.json',
      });
      expect(await frameworkState(page, 'mode')).toBe('practice');
      expect(await frameworkState(page, 'run')).toBe('Not started');
      expect(await axeViolations(page)).toEqual([]);

      // Framework state → the element: test mode, reflected to the attribute, and the element behaves so.
      await page.getByRole('radio', {name: /^Test/}).check();
      expect(await frameworkState(page, 'mode')).toBe('test');
      expect(await quiz.evaluate((el) => [el.getAttribute('mode'), (el as HTMLElement & {mode: string}).mode])).toEqual(['test', 'test']);
      await quiz.getByRole('button', {name: 'Start quiz'}).click();
      await expect.poll(() => quiz.locator('[part~="primary-button"]').innerText()).toBe('Next');
      await expect.poll(() => frameworkState(page, 'run')).toMatch(/^10 questions, test mode, version code \w+$/);
      await expect.poll(() => frameworkState(page, 'score')).toBe('In progress');

      const steps = await answerEverything(page);
      expect(steps).toBeGreaterThanOrEqual(10);
      const elementScore = await quiz.locator('.score').innerText();
      const [, score, max, percentage] = /^You scored ([\d.]+) out of ([\d.]+) \((\d+)%\)\.$/.exec(elementScore) ?? [];
      expect(score, `the element's score line: ${elementScore}`).toBeDefined();
      await expect.poll(() => frameworkState(page, 'score')).toBe(`Score: ${score} of ${max} (${percentage}%)`);
      await expect.poll(() => frameworkState(page, 'answered')).toMatch(/^10 of 10 \(\d+ right\)$/);
      expect(await axeViolations(page)).toEqual([]);

      // And back: practice mode reaches the element too (Try again starts a practice run).
      await page.getByRole('radio', {name: /^Practice/}).check();
      expect(await quiz.evaluate((el) => [el.getAttribute('mode'), (el as HTMLElement & {mode: string}).mode])).toEqual(['practice', 'practice']);
      await quiz.getByRole('button', {name: 'Try again'}).click();
      await expect.poll(() => quiz.locator('[part~="primary-button"]').innerText()).toBe('Check answer');
      // The framework re-renders on its own schedule after the event: wait for it.
      await expect.poll(() => frameworkState(page, 'run')).toMatch(/^10 questions, practice mode, /);
      await expect.poll(() => frameworkState(page, 'score')).toBe('In progress');
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);

    it('passes axe in dark mode', async () => {
      const page = await browser.newPage({colorScheme: 'dark'});
      await page.goto(`${url}/demo/${framework}.html`);
      await expect.poll(() => page.locator('article-quiz [part="title"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }, 30_000);
  });
}
