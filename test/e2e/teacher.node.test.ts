/**
 * End to end in Chromium: the teacher page sets up a quiz, and its embed snippet, pasted into a page on
 * another origin, runs that quiz. The embed is built by test/global-build.ts.
 */
import {mkdtempSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Browser, Page} from 'playwright';
import {launchChromium} from '../chromium.js';
import {axeViolations} from './site.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from '../../src/cli/serve.js';

let browser: Browser;
let demo: Server;
let host: Server;
let demoUrl: string;
let hostUrl: string;
const hostDir = mkdtempSync(join(tmpdir(), 'aq-host-'));

beforeAll(async () => {
  demo = await serveStatic('.', 0);
  host = await serveStatic(hostDir, 0, '127.0.0.1');
  demoUrl = `http://127.0.0.1:${(demo.address() as AddressInfo).port}`;
  // "localhost" against "127.0.0.1": another origin, so the snippet must work across origins.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  demo?.close();
  host?.close();
});

const quizText = (page: Page, selector: string) =>
  page.waitForFunction((sel) => document.querySelector('article-quiz')?.shadowRoot?.querySelector(sel)?.textContent ?? null, selector).then((h) => h.jsonValue());


describe('the demo pages', () => {
  for (const page of ['index.html', 'test-mode.html']) {
    it(`${page} shows the quiz and passes axe, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const tab = await browser.newPage({colorScheme});
        await tab.goto(`${demoUrl}/demo/${page}`);
        expect(await quizText(tab, '[part="title"]')).toContain('Biden approves');
        expect(await axeViolations(tab)).toEqual([]);
        await tab.close();
      }
    }, 30_000);
  }
});

describe('demo/teacher.html', () => {
  it('previews the settings live and gives a snippet that works on another site', async () => {
    const page = await browser.newPage();
    await page.goto(`${demoUrl}/demo/teacher.html`);
    expect(await quizText(page, '[part="title"]')).toContain('Biden approves');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Mode').selectOption('test');
    await page.getByLabel('Number of questions').fill('3');
    await page.getByLabel('Seed (same seed, same quiz for the whole class)').fill('CLASS7B');
    await page.getByLabel('Pass mark in %').fill('60');
    await page.getByLabel('Distances').uncheck();
    const attributes = await page.evaluate(() => {
      const el = document.querySelector('article-quiz')!;
      return Object.fromEntries(['mode', 'count', 'seed', 'pass-mark', 'categories'].map((a) => [a, el.getAttribute(a)]));
    });
    expect(attributes).toEqual({mode: 'test', count: '3', seed: 'CLASS7B', 'pass-mark': '60', categories: 'date,quote,measure'});
    await page.waitForFunction(() => document.querySelector('article-quiz')!.shadowRoot!.textContent!.includes('3 questions about'));

    const snippet = await page.getByLabel('Embed snippet').inputValue();
    expect(snippet).toContain(`<script type="module" src="${demoUrl}/dist/cdn/article-quiz.js"></script>`);
    expect(snippet).toContain(`src="${demoUrl}/questions/kharkiv-strikes.json"`);
    expect(snippet).toContain('mode="test"');

    writeFileSync(join(hostDir, 'linked.html'), `<!doctype html><html lang="en"><title>Class page</title><body><h1>Our class</h1>\n${snippet}\n</body></html>`);
    const hosted = await browser.newPage();
    await hosted.goto(`${hostUrl}/linked.html`);
    expect(await quizText(hosted, '[part="title"]')).toContain('Biden approves');
    await hosted.getByRole('button', {name: 'Start quiz'}).click();
    expect(await quizText(hosted, '.progress-label')).toBe('Question 1 of 3');

    // With the questions inside the snippet, the page needs no question file at all.
    await page.getByLabel('Put the questions inside the snippet').check();
    const inline = await page.getByLabel('Embed snippet').inputValue();
    expect(inline).toContain('<script type="application/json">');
    expect(inline).not.toContain('questions/kharkiv-strikes.json');
    writeFileSync(join(hostDir, 'inline.html'), `<!doctype html><html lang="en"><title>Inline</title><body>\n${inline}\n</body></html>`);
    await hosted.goto(`${hostUrl}/inline.html`);
    expect(await quizText(hosted, '[part="title"]')).toContain('Biden approves');
  }, 60_000);
});
