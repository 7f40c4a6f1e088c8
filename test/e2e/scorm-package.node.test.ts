/**
 * The SCORM packages (1.2 and 2004 4th Edition): their structure, and a real run of each in Chromium inside a
 * stand-in platform page (scorm-again providing window.API or window.API_1484_11 to the package's launch page
 * in an iframe, as Moodle or SCORM Cloud do).
 */
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import type {Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {unzipSync, strFromU8} from 'fflate';
import type {Browser, FrameLocator} from 'playwright';
import {launchChromium} from '../chromium.js';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {serveStatic} from '../../src/cli/serve.js';

const work = mkdtempSync(join(tmpdir(), 'aq-scorm-'));
const zipPath = join(work, 'quiz.zip');
const zip2004 = join(work, 'quiz2004.zip');
let files: Record<string, Uint8Array>;
let files2004: Record<string, Uint8Array>;
/** The pass mark as the 2004 manifest gives it to the platform (imsss:minNormalizedMeasure). */
let passingScore: string;
let browser: Browser;
let server: Server;

function packageQuiz(...args: string[]) {
  // The CLI itself (the npm script also builds the embed first; test/global-build.ts has done that).
  return spawnSync('npx', ['tsx', 'src/cli/package-scorm.ts', ...args], {encoding: 'utf8'});
}

function unpackTo(zip: string, folder: string): Record<string, Uint8Array> {
  const unzipped = unzipSync(new Uint8Array(readFileSync(zip)));
  for (const [name, bytes] of Object.entries(unzipped)) {
    mkdirSync(dirname(join(work, folder, name)), {recursive: true});
    writeFileSync(join(work, folder, name), bytes);
  }
  return unzipped;
}

beforeAll(async () => {
  for (const [out, version] of [[zipPath, '1.2'], [zip2004, '2004']] as const) {
    const built = packageQuiz('--scorm', version, 'questions/kharkiv-strikes.json', '-o', out, '--pass-mark', '50');
    if (built.status !== 0) throw new Error(built.stderr);
  }
  files = unpackTo(zipPath, 'pkg');
  files2004 = unpackTo(zip2004, 'pkg2004');
  passingScore = /<imsss:minNormalizedMeasure>([^<]+)</.exec(strFromU8(files2004['imsmanifest.xml']!))?.[1] ?? '';
  copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(work, 'scorm12.min.js'));
  copyFileSync('node_modules/scorm-again/dist/scorm2004.min.js', join(work, 'scorm2004.min.js'));
  writeFileSync(
    join(work, 'platform.html'),
    `<!doctype html><html lang="en"><title>Platform</title><script src="scorm12.min.js"></script>
     <script>window.API = new Scorm12API({logLevel: 5}); window.finished = 0; const finish = API.LMSFinish.bind(API);
       API.LMSFinish = (arg) => { window.finished++; return finish(arg); };</script>
     <iframe id="sco" src="pkg/index.html" title="Quiz" style="width:100%;height:900px"></iframe></html>`
  );
  // A SCORM 2004 platform: it hands the SCO the manifest's pass mark as cmi.scaled_passing_score (RTE 4.2.22),
  // counts Terminate calls and keeps every value it refused.
  writeFileSync(
    join(work, 'platform2004.html'),
    `<!doctype html><html lang="en"><title>Platform</title><script src="scorm2004.min.js"></script>
     <script>const api = window.API_1484_11 = new Scorm2004API({logLevel: 5});
       api.cmi.scaled_passing_score = ${JSON.stringify(passingScore)};
       window.terminated = 0; window.refused = [];
       const terminate = api.Terminate.bind(api), setValue = api.SetValue.bind(api);
       api.Terminate = (arg) => { window.terminated++; return terminate(arg); };
       api.SetValue = (name, value) => {
         const result = setValue(name, value);
         if (String(result) !== 'true') window.refused.push(name + '=' + value + ' (error ' + api.GetLastError() + ')');
         return result;
       };</script>
     <iframe id="sco" src="pkg2004/index.html" title="Quiz" style="width:100%;height:900px"></iframe></html>`
  );
  server = await serveStatic(work, 0);
  browser = await launchChromium();
}, 60_000);

/** Starts the quiz in the platform's frame and answers every question (a number, else the first choice). */
async function answerToEnd(sco: FrameLocator): Promise<void> {
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
}

const platformUrl = (page: string) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/${page}`;

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
    const version = packageQuiz('--scorm', '2005', 'questions/kharkiv-strikes.json');
    expect([version.status, version.stderr.trim()]).toEqual([2, 'package:scorm: unknown SCORM version "2005": expected 1.2 or 2004']);
  }, 30_000);

  it('runs in a platform: reports score and status, finishes once when the learner leaves', async () => {
    const page = await browser.newPage();
    await page.goto(platformUrl('platform.html'));
    const sco = page.frameLocator('#sco');
    await answerToEnd(sco);
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

  it('--scorm 2004: a 2004 4th Edition manifest over the same launch page, quiz and embed', () => {
    const manifest = strFromU8(files2004['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(manifest).toContain('adlcp:scormType="sco" href="index.html"');
    expect(manifest).toContain('satisfiedByMeasure="true"');
    expect(passingScore).toBe('0.5');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(Object.keys(files2004).filter((f) => f !== 'imsmanifest.xml').sort());
    const lint = spawnSync('xmllint', ['--noout', '-'], {input: manifest, encoding: 'utf8'});
    expect(lint.status, lint.stderr).toBe(0);
    // One builder: apart from the manifest, the 2004 zip holds the 1.2 zip's files, byte for byte.
    const {['imsmanifest.xml']: _m12, ...rest12} = files;
    const {['imsmanifest.xml']: _m2004, ...rest2004} = files2004;
    expect(rest2004).toEqual(rest12);
  });

  it('--scorm 2004 runs in a 2004 platform: completion, success against the pass mark, scaled score, interactions, one Terminate', async () => {
    const page = await browser.newPage();
    await page.goto(platformUrl('platform2004.html'));
    const sco = page.frameLocator('#sco');
    await answerToEnd(sco);
    type Cmi = {
      completion_status: string;
      success_status: string;
      scaled_passing_score: string;
      score: {scaled: string; raw: string; max: string};
      interactions: {childArray: {id: string; type: string; result: string; learner_response: string}[]};
    };
    const cmi = await page.evaluate(() => {
      const {cmi} = (window as unknown as {API_1484_11: {cmi: Cmi}}).API_1484_11;
      return {
        completion: cmi.completion_status,
        success: cmi.success_status,
        passing: cmi.scaled_passing_score,
        scaled: cmi.score.scaled,
        raw: cmi.score.raw,
        max: cmi.score.max,
        interactions: cmi.interactions.childArray.map((i) => ({id: i.id, type: i.type, result: i.result, response: i.learner_response})),
        refused: (window as unknown as {refused: string[]}).refused,
      };
    });
    expect(cmi.refused).toEqual([]);
    expect(cmi.completion).toBe('completed');
    expect(cmi.passing).toBe('0.5');
    const scaled = Number(cmi.scaled);
    expect(cmi.scaled).not.toBe('');
    expect(scaled).toBeGreaterThanOrEqual(0);
    expect(scaled).toBeLessThanOrEqual(1);
    expect(scaled).toBeCloseTo(Number(cmi.raw) / Number(cmi.max), 4);
    // What the platform decides from the manifest's pass mark is what the quiz reported.
    expect(cmi.success).toBe(scaled >= Number(passingScore) ? 'passed' : 'failed');
    expect(cmi.interactions.length).toBeGreaterThanOrEqual(8);
    for (const i of cmi.interactions) {
      expect(i.id).toMatch(/^[A-Za-z0-9_.:-]+$/);
      expect(['choice', 'numeric', 'sequencing', 'matching']).toContain(i.type);
      expect(i.result).toMatch(/^(correct|incorrect|\d+(\.\d+)?)$/);
    }
    expect(await page.evaluate(() => (window as unknown as {terminated: number}).terminated)).toBe(0);
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await expect.poll(() => page.evaluate(() => (window as unknown as {terminated: number}).terminated)).toBe(1);
    await page.close();
  }, 60_000);
});
