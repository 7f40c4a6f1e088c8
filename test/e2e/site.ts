/**
 * Shared set-up of the end-to-end tests: a snapshot of the built pages served on 127.0.0.1 (copied, so a build
 * elsewhere in a shared working tree cannot change them mid-test), Chromium, and axe.
 */
import {cpSync, existsSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import type {Browser, FrameLocator, Locator, Page} from 'playwright';
import {serveStatic} from '../../src/cli/serve.js';
import {launchChromium} from '../chromium.js';

export interface Site {
  url: string;
  dir: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves `link`ed source folders and copies of the built `bundles` (test/global-build.ts builds them). */
export async function openSite(name: string, link: string[], bundles: string[]): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), `aq-${name}-`));
  for (const folder of link) symlinkSync(resolve(folder), join(dir, folder));
  const folders = [...new Set(bundles.map((file) => dirname(file)))];
  for (let attempt = 0; ; attempt++) {
    if (bundles.every((file) => existsSync(file))) {
      for (const folder of folders) cpSync(folder, join(dir, folder), {recursive: true});
      if (bundles.every((file) => existsSync(join(dir, file)))) break;
    }
    if (attempt === 20) throw new Error(`${bundles.join(', ')} missing: the global setup (test/global-build.ts) builds them`);
    await new Promise((done) => setTimeout(done, 500));
  }
  const server = await serveStatic(dir, 0);
  const browser = await launchChromium();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    dir,
    browser,
    async close() {
      await browser.close();
      server.close();
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/** axe-core's violations on the page, as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({path: 'node_modules/axe-core/axe.min.js'});
  return page.evaluate(async () => {
    // With WCAG 2.2's target-size rule (2.5.8), which axe leaves off by default.
    const result = await (window as unknown as {axe: {run(context: Document, options: unknown): Promise<{violations: {id: string; nodes: {target: string[]}[]}[]}>}}).axe.run(document, {
      rules: {'target-size': {enabled: true}},
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Answers every question of a quiz as a student would (whatever the kind and mode) until the results show. */
export async function runQuiz(quiz: Locator | FrameLocator): Promise<void> {
  await quiz.getByRole('button', {name: 'Start quiz'}).click();
  for (let step = 0; step < 60; step++) {
    // Lazily loaded parts show a busy note meanwhile; act on what the student sees once it is there.
    await quiz.locator('[aria-busy="true"]').first().waitFor({state: 'detached'});
    if (await quiz.locator('[part="results"]').count()) return;
    if (await quiz.locator('[part="confirm"]').count()) {
      await quiz.getByRole('button', {name: 'Submit answers'}).click();
      continue;
    }
    const open = quiz.locator('fieldset:not([disabled])');
    if (await open.count()) {
      if (await open.locator('#numeric-answer').count()) await open.locator('#numeric-answer').fill('10');
      else if (await open.locator('select').count()) {
        for (const select of await open.locator('select').all()) await select.selectOption({index: 1});
      } else if (await open.locator('input[type="radio"]').count()) await open.locator('input[type="radio"]').first().check();
    }
    await quiz.locator('[part~="primary-button"]').click();
  }
  throw new Error('The quiz did not reach its results');
}
