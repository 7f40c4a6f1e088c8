/**
 * End to end in Chromium under a publisher's strict policy: every demo page, and a publisher's own page that
 * self-hosts the bundle, are served with
 *   Content-Security-Policy: script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'
 * and a student runs each quiz through (start, answers, results; print on the teacher page). Any CSP or Trusted
 * Types violation (securitypolicyviolation events in any frame, console errors, page errors) fails the test.
 */
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import type {Browser, Page} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from '../../src/cli/serve.js';
import {launchChromium} from '../chromium.js';
import {runQuiz} from './site.js';

const CSP = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";

let browser: Browser;
let server: Server;
let url: string;
const site = mkdtempSync(join(tmpdir(), 'aq-csp-'));

/** A publisher's article page: the bundle hosted next to it, one quiz by src and one inline, themed from a stylesheet. */
function writePublisherSite(): void {
  const dir = join(site, 'publisher');
  mkdirSync(dir, {recursive: true});
  cpSync('dist/cdn', join(dir, 'quiz'), {recursive: true});
  cpSync('questions/kharkiv-strikes.json', join(dir, 'kharkiv-strikes.json'));
  const quiz = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8'));
  const inline = JSON.stringify({...quiz, id: 'inline-copy'}).replace(/</g, '\\u003c');
  writeFileSync(join(dir, 'site.css'), 'body { font-family: Georgia, serif; }\narticle-quiz { --article-quiz-accent: #6b1d7a; }\narticle-quiz::part(title) { font-variant: small-caps; }\n');
  writeFileSync(
    join(dir, 'article.html'),
    `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>A publisher's article</title>
  <link rel="stylesheet" href="site.css">
  <script type="module" src="quiz/article-quiz.js"></script>
</head>
<body>
  <main>
    <h1>Biden approves strikes near Kharkiv</h1>
    <p>The article text.</p>
    <article-quiz id="by-src" src="kharkiv-strikes.json" seed="csp" count="4" teacher-tools></article-quiz>
    <article-quiz id="inline" mode="test" seed="csp" count="3">
      <script type="application/json">${inline}</script>
    </article-quiz>
  </main>
</body>
</html>
`
  );
  // The control: a page that breaks the policy on purpose, to prove the violations are seen.
  writeFileSync(join(dir, 'broken.html'), `<!doctype html><html lang="en"><head><title>x</title><style>p{color:red}</style></head><body><p style="color:blue">x</p><script>window.ran = 1</script></body></html>`);
}

beforeAll(async () => {
  for (const dir of ['demo', 'questions']) symlinkSync(resolve(dir), join(site, dir));
  // A snapshot of the builds (test/global-build.ts), so another run's build emptying dist/ cannot break this one.
  const builds = ['dist/cdn/article-quiz.js', 'dist/author/author-page.js'];
  for (let attempt = 0; !builds.every((file) => existsSync(file)); attempt++) {
    if (attempt === 20) throw new Error(`${builds.join(', ')} missing: the global setup (test/global-build.ts) builds them`);
    await new Promise((done) => setTimeout(done, 500));
  }
  for (const dir of ['dist/cdn', 'dist/author', 'dist/demos']) if (existsSync(dir)) cpSync(dir, join(site, dir), {recursive: true});
  writePublisherSite();
  server = await serveStatic(site, 0, '127.0.0.1', {'Content-Security-Policy': CSP});
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(site, {recursive: true, force: true});
});

interface Watched {
  page: Page;
  /** Every violation, console error and page error so far, one line each. */
  problems: string[];
}

/** A page that records CSP/Trusted Types violations from every frame (print iframes included). */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (line: string) => problems.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as {__reportViolation?: (l: string) => void}).__reportViolation ?? (window.parent as unknown as {__reportViolation: (l: string) => void}).__reportViolation;
      report(`violation ${e.violatedDirective} blocked=${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} sample=${e.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url}:${message.location().lineNumber})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return {page, problems};
}

describe(`pages served with ${CSP}`, () => {
  it('the policy is enforced and its violations are seen (a page that breaks it on purpose)', async () => {
    const {page, problems} = await watchedPage();
    await page.goto(`${url}/publisher/broken.html`);
    await expect.poll(() => problems.length).toBeGreaterThanOrEqual(3);
    expect(await page.evaluate(() => (window as unknown as {ran?: number}).ran)).toBe(undefined);
    expect(problems.some((p) => /violation script-src/.test(p))).toBe(true);
    expect(problems.some((p) => /violation style-src/.test(p))).toBe(true);
    // Trusted Types: a plain string into an HTML sink is refused.
    const sink = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
    await page.close();
  });

  for (const [name, quizzes] of [
    ['index.html', ['article-quiz']],
    ['test-mode.html', ['article-quiz']],
  ] as const) {
    it(`demo/${name}: the quiz runs from start to results without a violation`, async () => {
      const {page, problems} = await watchedPage();
      await page.goto(`${url}/demo/${name}`);
      for (const selector of quizzes) await runQuiz(page.locator(selector));
      await expect(page.locator('article-quiz [part="results"]').count()).resolves.toBe(1);
      // The host page's own script ran too (from its file): the event log has the quiz's events.
      expect(await page.locator('#log').textContent()).toContain('quiz-complete');
      if (name === 'index.html') expect(await page.locator('#article-body p').count()).toBeGreaterThan(3);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('demo/teacher.html: settings, snippet and a preview run through, without a violation', async () => {
    const {page, problems} = await watchedPage();
    await page.goto(`${url}/demo/teacher.html`);
    await page.locator('#preview article-quiz [part="title"]').waitFor();
    await page.getByLabel('Mode').selectOption('test');
    await page.getByLabel('Number of questions').fill('3');
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('count="3"');
    await page.getByLabel('Put the questions inside the snippet').check();
    await expect.poll(() => page.locator('#snippet').inputValue()).toContain('application/json');
    await runQuiz(page.locator('#preview article-quiz'));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('demo/author.html: a quiz made from a pasted article, previewed and run, without a violation', async () => {
    const {page, problems} = await watchedPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(`${url}/demo/author.html`);
    const article = readFileSync('test/corpus/articles/11-voa-le-parker-probe-closest-pass.txt', 'utf8').split('\n').slice(1).join('\n');
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Date published').fill('2025-01-02');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/^Made \d+ questions/);
    await runQuiz(page.locator('#author article-quiz'));
    // The generator ran in its worker, a same-origin file (a blob: or data: worker would be blocked).
    expect(workers).toEqual(['/dist/author/generator-worker.js']);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const name of ['react.html', 'vue.html']) {
    it(`demo/${name}: the quiz in a framework app runs without a violation`, async () => {
      if (!existsSync(join(site, 'dist/demos', name.replace('.html', '.js')))) return;
      const {page, problems} = await watchedPage();
      await page.goto(`${url}/demo/${name}`);
      await runQuiz(page.locator('article-quiz'));
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it("a publisher's own page (bundle self-hosted, one quiz by src, one inline): both run without a violation", async () => {
    const {page, problems} = await watchedPage();
    await page.goto(`${url}/publisher/article.html`);
    await runQuiz(page.locator('#by-src'));
    await runQuiz(page.locator('#inline'));
    expect(await page.locator('#inline [part="results"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  // The print iframe inherits the page's policy: its styles come from a constructed stylesheet, which
  // style-src 'self' allows (a <style> element would be blocked and the answer lines would vanish).
  it('prints the worksheet and the answer key (teacher page buttons, publisher page methods) without a violation', async () => {
    const {page, problems} = await watchedPage();
    await page.goto(`${url}/demo/teacher.html`);
    await page.locator('#preview article-quiz [part="title"]').waitFor();
    for (const button of ['Print worksheet', 'Print answer key']) await page.getByRole('button', {name: button, exact: true}).first().click();
    await page.goto(`${url}/publisher/article.html`);
    await page.locator('#by-src [part="title"]').waitFor();
    const printed = await page.evaluate(async () => {
      const quiz = document.querySelector('#by-src') as HTMLElement & {printWorksheet(): Promise<void>};
      const frames: HTMLIFrameElement[] = [];
      new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n instanceof HTMLIFrameElement && frames.push(n)))).observe(document.body, {childList: true});
      await quiz.printWorksheet();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const doc = frames[0]!.contentDocument!;
      // The answer line after "Name:" has its width and border only from the print stylesheet.
      const fill = doc.querySelector('.fill') as HTMLElement;
      return {title: doc.title, border: doc.defaultView!.getComputedStyle(fill).borderBottomStyle};
    });
    expect(printed.title).toMatch(/^Worksheet: /);
    expect(printed.border).toBe('solid');
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await page.close();
  });
});
