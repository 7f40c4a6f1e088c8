/**
 * End to end in Chromium: demo/author.html with both bundles built (the embed, and the page's own script with
 * the generator, `vite build --mode author`). A user pastes a corpus article, enters its date, makes the quiz:
 * the preview runs, the question file downloads, and axe finds nothing in light or dark.
 * Both bundles are built once by test/global-build.ts (the Node project's global setup); this file serves a
 * snapshot of them, so another run's build emptying dist/ meanwhile (a shared working tree) cannot break it.
 */
import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations, openSite, type Site} from './site.js';
import {validateQuizFile} from '../../src/format/validate.js';

let site: Site;
let browser: Browser;
let url: string;

beforeAll(async () => {
  site = await openSite('author', ['demo', 'test', 'questions'], ['dist/cdn/article-quiz.js', 'dist/author/author-page.js']);
  ({browser, url} = site);
}, 60_000);

afterAll(() => site?.close());

const previewText = (page: Page) =>
  page
    .waitForFunction(() => {
      const root = document.querySelector('#author article-quiz')?.shadowRoot;
      return root?.querySelector('[part="title"]') ? (root.querySelector('.base') as HTMLElement).innerText : null;
    })
    .then((h) => h.jsonValue());

describe('demo/author.html', () => {
  it('the author bundle carries the generator but not the element', () => {
    const bundle = readFileSync(join(site.dir, 'dist/author/author-page.js'), 'utf8');
    expect(bundle).toContain('no dateline');
    expect(bundle).not.toMatch(/customElements\.define/);
    expect(statSync(join(site.dir, 'dist/cdn/article-quiz.js')).size).toBeGreaterThan(0);
    expect(readFileSync(join(site.dir, 'dist/cdn/article-quiz.js'), 'utf8')).not.toContain('no dateline');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`makes a quiz from a pasted corpus article, previews it and passes axe (${colorScheme})`, async () => {
      const page = await browser.newPage({colorScheme, acceptDownloads: true});
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}/demo/author.html`);
      expect(await axeViolations(page)).toEqual([]);

      const article = readFileSync('test/corpus/articles/11-voa-le-parker-probe-closest-pass.txt', 'utf8');
      const [dateline, ...body] = article.split('\n');
      expect(dateline).toBe(' date 2025-01');
      await page.getByLabel('Article text').fill(body.join('\n'));
      await page.getByLabel('Date published').fill('2025-01-02');
      await page.getByLabel('Month only').check();
      await page.getByRole('button', {name: 'Make the quiz'}).click();

      const status = page.getByRole('status').first();
      await expect.poll(() => status.textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
      const made = Number(/Made (\d+)/.exec((await status.textContent())!)![1]);
      expect(await page.getByRole('alert').textContent()).toBe('');
      expect(await page.getByRole('heading', {name: /^Facts found/}).count()).toBe(1);

      const start = await previewText(page);
      expect(start).toContain(`${made} questions about dates, distances and who said what`);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download the question file'}).click()]);
      const checked = validateQuizFile(JSON.parse(readFileSync((await download.path())!, 'utf8')));
      expect(checked.ok).toBe(true);
      expect(checked.ok && checked.quiz.questions.length).toBe(made);
      expect(download.suggestedFilename()).toMatch(/-2025-01\.json$/);

      // The preview works: start it and see the first question.
      await page.locator('#author article-quiz').getByRole('button', {name: 'Start quiz'}).click();
      await page.waitForFunction(() => document.querySelector('#author article-quiz')!.shadowRoot!.textContent!.includes('Question 1 of'));

      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  }

  it('explains an empty paste in the alert region', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/demo/author.html`);
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe("Paste the article's text first.");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('is linked from the student demo and the teacher page', async () => {
    for (const from of ['index.html', 'teacher.html']) {
      const html = readFileSync(join('demo', from), 'utf8');
      expect(html, from).toContain('href="author.html"');
    }
  });
});
