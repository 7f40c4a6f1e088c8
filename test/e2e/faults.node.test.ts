/**
 * End to end in Chromium, faults only a built page shows: a piece of the quiz's own code that fails to
 * download (a flaky connection, or a redeploy that removed the old chunk from a CDN), and a publisher's
 * Content Security Policy that does not let the page fetch the question file.
 */
import {writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from '../../src/cli/serve.js';
import {openSite, type Site} from './site.js';

let site: Site;

beforeAll(async () => {
  site = await openSite('faults', ['demo', 'questions'], ['dist/cdn/article-quiz.js']);
}, 60_000);

afterAll(async () => {
  await site?.close();
});

const quizText = (page: import('playwright').Page) =>
  page.evaluate(() => (document.querySelector('article-quiz')?.shadowRoot?.querySelector('.base') as HTMLElement | null)?.innerText ?? '');

describe('a chunk of the quiz that fails to download', () => {
  it('says so inside the quiz, leaves the host page working, and loads on Try loading again', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let failing = true;
    await page.route(/\/loader-[\w-]+\.js$/, (route) => (failing ? route.abort('connectionreset') : route.continue()));
    await page.goto(`${site.url}/demo/index.html`);
    await page.waitForFunction(() => document.querySelector('article-quiz')?.shadowRoot?.querySelector('[part="error"]'));
    expect(await quizText(page)).toContain('Part of the quiz could not be downloaded. Check your connection and reload the page.');
    // The article around the quiz is untouched and nothing was thrown into the page.
    expect(await page.locator('main').innerText()).toContain('Kharkiv');
    expect(errors).toEqual([]);

    failing = false;
    await page.locator('article-quiz').getByRole('button', {name: 'Try loading again'}).click();
    await page.waitForFunction(() => document.querySelector('article-quiz')?.shadowRoot?.querySelector('[part="title"], [part="error"]'));
    // Chromium fetches a failed chunk again on the next import, so the retry brings the quiz up.
    expect(await quizText(page)).toContain('Biden approves Ukraine');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a page whose Content Security Policy does not allow the question file', () => {
  it('says so, naming connect-src, without a retry that cannot help', async () => {
    // The same files under a policy that lets the page fetch from its own origin only; the quiz is on another.
    const strict = await serveStatic(site.dir, 0, '127.0.0.1', {'Content-Security-Policy': "default-src 'self'; connect-src 'self'"});
    const src = `${site.url}/questions/kharkiv-strikes.json`;
    writeFileSync(join(site.dir, 'policy.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy</title>
<script type="module" src="dist/cdn/article-quiz.js"></script></head><body><main><p>Article</p><article-quiz src="${src}"></article-quiz></main></body></html>`);
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`http://127.0.0.1:${(strict.address() as AddressInfo).port}/policy.html`);
      await page.waitForFunction(() => document.querySelector('article-quiz')?.shadowRoot?.querySelector('[part="error"]'));
      expect(await quizText(page)).toContain(`Could not load "${src}": this page's Content Security Policy does not allow it. The page's connect-src must list the file's site.`);
      expect(await page.locator('article-quiz').getByRole('button', {name: 'Try loading again'}).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      strict.close();
    }
  });
});
