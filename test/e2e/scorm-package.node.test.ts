/**
 * The SCORM 1.2 package: its structure, and a real run of it in Chromium inside a stand-in platform page
 * (scorm-again providing window.API to the package's launch page in an iframe, as Moodle does).
 */
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {unzipSync, strFromU8} from 'fflate';
import type {Browser} from 'playwright';
import {launchChromium} from '../chromium.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from '../../src/cli/serve.js';

const work = mkdtempSync(join(tmpdir(), 'aq-scorm-'));
const zipPath = join(work, 'quiz.zip');
let files: Record<string, Uint8Array>;
let browser: Browser;
let server: Server;

function packageQuiz(...args: string[]) {
  // The CLI itself (the npm script also builds the embed first; test/global-build.ts has done that).
  return spawnSync('npx', ['tsx', 'src/cli/package-scorm.ts', ...args], {encoding: 'utf8'});
}

beforeAll(async () => {
  const built = packageQuiz('questions/kharkiv-strikes.json', '-o', zipPath, '--pass-mark', '50');
  if (built.status !== 0) throw new Error(built.stderr);
  files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(work, 'pkg', name)), {recursive: true});
    writeFileSync(join(work, 'pkg', name), bytes);
  }
  copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(work, 'scorm12.min.js'));
  writeFileSync(
    join(work, 'platform.html'),
    `<!doctype html><html lang="en"><title>Platform</title><script src="scorm12.min.js"></script>
     <script>window.API = new Scorm12API({logLevel: 5}); window.finished = 0; const finish = API.LMSFinish.bind(API);
       API.LMSFinish = (arg) => { window.finished++; return finish(arg); };</script>
     <iframe id="sco" src="pkg/index.html" title="Quiz" style="width:100%;height:900px"></iframe></html>`
  );
  server = await serveStatic(work, 0);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('npm run package:scorm', () => {
  it('zips a manifest, a launch page, the quiz and every file of the embed, each listed in the manifest', () => {
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(manifest).toContain('<adlcp:masteryscore>50</adlcp:masteryscore>');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(files).filter((f) => f !== 'imsmanifest.xml').sort());
    for (const id of manifest.matchAll(/identifier(?:ref)?="([^"]*)"/g)) expect(id[1]).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(strFromU8(files['index.html']!)).toContain('<article-quiz src="quiz.json" pass-mark="50"></article-quiz>');
    expect(JSON.parse(strFromU8(files['quiz.json']!)).id).toBe('kharkiv-strikes-2024-05');
    const lint = spawnSync('xmllint', ['--noout', '-'], {input: manifest, encoding: 'utf8'});
    expect(lint.status, lint.stderr).toBe(0);
  });

  it('gives the same bytes for the same input', () => {
    const again = join(work, 'again.zip');
    expect(packageQuiz('questions/kharkiv-strikes.json', '-o', again, '--pass-mark', '50').status).toBe(0);
    expect(Buffer.compare(readFileSync(again), readFileSync(zipPath))).toBe(0);
  }, 30_000);

  it('refuses bad input with a clear message', () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({format: 'article-quiz', version: 9}));
    const result = packageQuiz(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('version: unsupported format version 9');
    expect(packageQuiz('questions/kharkiv-strikes.json', '--pass-mark', '150').stderr).toContain('--pass-mark must be a percentage');
  }, 30_000);

  it('runs in a platform: reports score and status, finishes once when the learner leaves', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/platform.html`);
    const sco = page.frameLocator('#sco');
    await sco.getByRole('button', {name: 'Start quiz'}).click();
    for (let i = 0; i < 30; i++) {
      const next = sco.getByRole('button', {name: /Check answer|Next question|See results/});
      if (!(await next.count())) break;
      const label = (await next.textContent())!.trim();
      if (label === 'Check answer') {
        const field = sco.getByLabel('Your answer');
        if (await field.count()) await field.fill('19');
        else await sco.locator('input[type="radio"]').first().check();
      }
      await next.click();
    }
    await expect.poll(() => sco.getByRole('heading', {name: 'Your results'}).count()).toBe(1);
    const cmi = await page.evaluate(() => {
      const api = (window as unknown as {API: {cmi: {core: {score: {raw: string}; lesson_status: string}; interactions: {childArray: unknown[]}}}}).API;
      return {raw: api.cmi.core.score.raw, status: api.cmi.core.lesson_status, interactions: api.cmi.interactions.childArray.length};
    });
    expect(Number(cmi.raw)).toBeGreaterThan(0);
    expect(['passed', 'failed']).toContain(cmi.status);
    expect(cmi.interactions).toBeGreaterThanOrEqual(8);
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await expect.poll(() => page.evaluate(() => (window as unknown as {finished: number}).finished)).toBe(1);
  }, 60_000);
});
