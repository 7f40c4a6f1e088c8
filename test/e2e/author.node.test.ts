/**
 * End to end in Chromium: demo/author.html with both bundles built (the embed, and the page's own script with
 * the generator, `vite build --mode author`). A user pastes a corpus article, enters its date, makes the quiz:
 * the preview runs, the question file downloads, and axe finds nothing in light or dark. The generator runs in
 * its worker: the page answers while a large text is processed, Cancel stops it, and its errors are explained.
 * The SCORM 1.2 package made in the page holds the quiz and the embed's files, and runs in a stand-in platform.
 * Both bundles are built once by test/global-build.ts (the Node project's global setup); this file serves a
 * snapshot of them, so another run's build emptying dist/ meanwhile (a shared working tree) cannot break it.
 */
import {copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import type {Browser, Page, Worker} from 'playwright';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {axeViolations, openSite, runQuiz, type Site} from './site.js';
import {validateQuizFile} from '../../src/format/validate.js';
import type {NumericQuestion, QuizFile} from '../../src/format/types.js';
import {quizToGift} from '../../src/export/gift.js';

let site: Site;
let browser: Browser;
let url: string;

beforeAll(async () => {
  site = await openSite('author', ['demo', 'test', 'questions'], ['dist/cdn/article-quiz.js', 'dist/author/author-page.js', 'dist/author/generator-worker.js']);
  ({browser, url} = site);
}, 60_000);

afterAll(() => site?.close());

/** A corpus article as a reader pastes it (without its " date 2025-01" line), and about 1.5 MB of it repeated. */
const article = readFileSync('test/corpus/articles/11-voa-le-parker-probe-closest-pass.txt', 'utf8').split('\n').slice(1).join('\n');
const largeText = Array(770).fill(article.trim()).join('\n\n');

/** Puts text in the article field as a paste does (Playwright's fill types 1.5 MB too slowly). */
const paste = (page: Page, text: string) =>
  page.getByLabel('Article text').evaluate((field: HTMLTextAreaElement, value) => {
    field.value = value;
    field.dispatchEvent(new Event('input', {bubbles: true}));
  }, text);

const previewText = (page: Page) =>
  page
    .waitForFunction(() => {
      const root = document.querySelector('#author article-quiz')?.shadowRoot;
      return root?.querySelector('[part="title"]') ? (root.querySelector('.base') as HTMLElement).innerText : null;
    })
    .then((h) => h.jsonValue());

/** A new page (downloads on) with the quiz made from the corpus article, and the page's errors as they come. */
async function madeFromArticle(): Promise<{page: Page; errors: string[]}> {
  const page = await browser.newPage({acceptDownloads: true});
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/demo/author.html`);
  await page.getByLabel('Article text').fill(article);
  await page.getByLabel('Date published').fill('2025-01-02');
  await page.getByRole('button', {name: 'Make the quiz'}).click();
  await expect.poll(() => page.locator('#a-status').textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
  return {page, errors};
}

describe('demo/author.html', () => {
  it('the author build carries the generator, in its worker file, but not the element', () => {
    const built = (file: string) => readFileSync(join(site.dir, 'dist/author', file), 'utf8');
    expect(built('generator-worker.js')).toContain('no dateline');
    // The page's own script only loads the generator (in the worker, or in the page when there is none).
    expect(built('author-page.js')).not.toContain('no dateline');
    expect(built('author-page.js')).toContain('generator-worker.js');
    // Its one element is the question editor; the quiz element comes from the embed bundle only.
    for (const file of readdirSync(join(site.dir, 'dist/author'))) {
      expect(built(file), file).not.toMatch(/customElements\.(?:get|define)\(["'`]article-quiz["'`]|Start quiz/);
    }
    expect(built('author-page.js')).toContain('article-quiz-editor');
    expect(statSync(join(site.dir, 'dist/cdn/article-quiz.js')).size).toBeGreaterThan(0);
    expect(readFileSync(join(site.dir, 'dist/cdn/article-quiz.js'), 'utf8')).not.toContain('no dateline');
    // The SCORM packager (with fflate) is a chunk of the author build, loaded on its button's first click.
    const zipper = /imsmanifest|invalid zip data/;
    for (const file of readdirSync(join(site.dir, 'dist/cdn'))) expect(readFileSync(join(site.dir, 'dist/cdn', file), 'utf8'), file).not.toMatch(zipper);
    expect(built('author-page.js')).not.toMatch(zipper);
    expect(readdirSync(join(site.dir, 'dist/author')).filter((file) => zipper.test(built(file)))).toEqual([expect.stringMatching(/^scorm-package-.*\.js$/)]);
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

  it('a teacher edits, removes, moves and adds questions, and every download is the edited quiz', async () => {
    const {page, errors} = await madeFromArticle();
    const download = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: button}).click()]);
      return {name: file.suggestedFilename(), bytes: readFileSync((await file.path())!)};
    };
    const json = async () => JSON.parse((await download('Download the question file')).bytes.toString('utf8')) as QuizFile;
    const made = await json();
    expect(made.questions.length).toBeGreaterThanOrEqual(3);
    const question = (n: number) => page.getByRole('group', {name: new RegExp(`^Question ${n}:`)});
    const announced = page.locator('article-quiz-editor #announce');

    // Edit the first prompt; remove the second; move the third up twice, from the keyboard.
    await question(1).getByLabel('Prompt').fill('Which day did the probe pass closest to the sun?');
    await question(2).getByRole('button', {name: 'Remove'}).click();
    await expect.poll(() => announced.textContent()).toBe('Question 2 removed: it is left out of the downloads. Restore brings it back.');
    await question(3).getByRole('button', {name: 'Move up'}).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announced.textContent()).toBe('Question 3 moved up: now question 2 of ' + made.questions.length + '.');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced.textContent()).toBe('Question 2 moved up: now question 1 of ' + made.questions.length + '.');
    expect(await page.evaluate(() => document.querySelector('article-quiz-editor')!.shadowRoot!.activeElement?.id)).toBe(`${made.questions[2]!.id}-up`);

    // Add a question from the facts table: the probe's closest distance, then give it a tolerance of its own.
    await page.getByRole('button', {name: /^Add question: 6\.1 million kilometers/}).click();
    const added = question(made.questions.length + 1);
    await expect.poll(() => added.getByRole('textbox', {name: 'Prompt'}).evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await added.getByLabel('Prompt').fill('How close to the sun did the probe pass, in kilometers?');
    // Typed wrong first: the validator's message is next to the field, and the download waits for a fix.
    await added.getByLabel('Tolerance').fill('a lot');
    await expect.poll(() => added.getByLabel('Tolerance').getAttribute('aria-invalid')).toBe('true');
    expect(await added.getByText('expected a number, got "a lot"').count()).toBe(1);
    await page.getByRole('button', {name: 'Download the question file'}).click();
    await expect.poll(() => page.locator('#a-action-status').textContent()).toBe('1 question has a problem to fix first (marked in the list of questions).');
    expect(await added.getByLabel('Tolerance').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await added.getByLabel('Tolerance').fill('100000');
    expect(await axeViolations(page)).toEqual([]);

    // The question file is exactly the edited quiz.
    const edited = await json();
    const [first, , third, ...rest] = made.questions;
    expect(edited.questions.slice(0, -1)).toEqual([third, {...first, prompt: 'Which day did the probe pass closest to the sun?'}, ...rest]);
    const last = edited.questions.at(-1) as NumericQuestion;
    expect(last).toMatchObject({kind: 'numeric', category: 'distance', prompt: 'How close to the sun did the probe pass, in kilometers?'});
    expect(last.answer).toEqual({value: 6_100_000, unit: 'kilometer', tolerance: 100_000});
    expect(made.article.paragraphs[last.evidence.paragraph]!.slice(last.evidence.highlight!.start, last.evidence.highlight!.end)).toBe('6.1 million kilometers');
    expect(validateQuizFile(edited).ok).toBe(true);
    expect({...edited, questions: []}).toEqual({...made, questions: []});

    // The snippet, GIFT and the SCORM package carry the same quiz; the preview shows it.
    const snippet = await page.getByLabel('Embed snippet').inputValue();
    expect(JSON.parse(/<script type="application\/json">(.*)<\/script>/s.exec(snippet)![1]!)).toEqual(edited);
    expect((await download('Export GIFT (Moodle)')).bytes.toString('utf8')).toBe(quizToGift(edited).output);
    const scorm = unzipSync(new Uint8Array((await download('Download SCORM package (Moodle)')).bytes));
    expect(JSON.parse(strFromU8(scorm['quiz.json']!))).toEqual(edited);
    expect(await previewText(page)).toContain(`${edited.questions.length} questions about dates, distances and who said what`);

    // Made again from the same text: every edit is kept, and nothing is reported lost.
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.locator('#a-status').textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
    expect(await json()).toEqual(edited);
    expect(await page.locator('article-quiz-editor #dropped').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('downloads a SCORM 1.2 package made in the page, which runs in a platform', async () => {
    const {page, errors} = await madeFromArticle();

    const [question] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download the question file'}).click()]);
    const shown = JSON.parse(readFileSync((await question.path())!, 'utf8'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download SCORM package (Moodle)'}).click()]);
    expect(download.suggestedFilename()).toBe(question.suggestedFilename().replace(/\.json$/, '.scorm12.zip'));
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));

    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(JSON.parse(strFromU8(files['quiz.json']!))).toEqual(shown);
    expect(shown.questions.length).toBe(await page.locator('#a-questions > li').count());
    const embed: string[] = JSON.parse(readFileSync(join(site.dir, 'dist/cdn/files.json'), 'utf8'));
    expect(embed).toContain('article-quiz.js');
    expect(embed.sort()).toEqual(readdirSync(join(site.dir, 'dist/cdn')).filter((f) => f.endsWith('.js')).sort());
    for (const file of embed) expect(files[file], file).toEqual(new Uint8Array(readFileSync(join(site.dir, 'dist/cdn', file))));
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'quiz.json', ...embed].sort());
    expect(await page.locator('#a-action-status').textContent()).toBe(`SCORM package downloaded: ${Object.keys(files).length} files.`);
    expect(errors).toEqual([]);
    await page.close();

    // The package in a stand-in SCORM 1.2 platform (scorm-again's window.API, the launch page in an iframe).
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(site.dir, 'scorm', 'pkg', name)), {recursive: true});
      writeFileSync(join(site.dir, 'scorm', 'pkg', name), bytes);
    }
    copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(site.dir, 'scorm', 'scorm12.min.js'));
    writeFileSync(
      join(site.dir, 'scorm', 'platform.html'),
      `<!doctype html><html lang="en"><title>Platform</title><script src="scorm12.min.js"></script>
       <script>window.API = new Scorm12API({logLevel: 5});</script>
       <iframe id="sco" src="pkg/index.html" title="Quiz" style="width:100%;height:900px"></iframe></html>`
    );
    const platform = await browser.newPage();
    await platform.goto(`${url}/scorm/platform.html`);
    const sco = platform.frameLocator('#sco');
    await runQuiz(sco);
    await expect.poll(() => sco.getByRole('heading', {name: 'Your results'}).count()).toBe(1);
    const cmi = await platform.evaluate(() => {
      const api = (window as unknown as {API: {cmi: {core: {score: {raw: string}; lesson_status: string}}}}).API;
      return {raw: api.cmi.core.score.raw, status: api.cmi.core.lesson_status};
    });
    expect(cmi.raw).toMatch(/^\d+$/);
    expect(['completed', 'passed', 'failed']).toContain(cmi.status);
    await platform.close();
  }, 60_000);

  it("explains a SCORM package whose files cannot be fetched, and keeps working", async () => {
    const page = await browser.newPage({acceptDownloads: true});
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/dist/cdn/files.json', (route) => route.fulfill({status: 404, body: 'Not found'}));
    await page.goto(`${url}/demo/author.html`);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Date published').fill('2025-01-02');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.locator('#a-status').textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
    await page.getByRole('button', {name: 'Download SCORM package (Moodle)'}).click();
    await expect
      .poll(() => page.locator('#a-action-status').textContent())
      .toBe(`Could not fetch the quiz's files from ${url}/dist/cdn/: files.json: HTTP 404 Not Found.`);
    // The other actions still work.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Download the question file'}).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    await page.locator('#author article-quiz').getByRole('button', {name: 'Start quiz'}).click();
    await page.waitForFunction(() => document.querySelector('#author article-quiz')!.shadowRoot!.textContent!.includes('Question 1 of'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains an empty paste in the alert region', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/demo/author.html`);
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe("Paste the article's text first.");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('makes the quiz of a large text in its worker: the page answers meanwhile', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const workers: Worker[] = [];
    page.on('worker', (worker) => workers.push(worker));
    await page.goto(`${url}/demo/author.html`);
    await paste(page, largeText);
    await page.getByLabel('Date published').fill('2025-01-02');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    const status = page.locator('#a-status');
    expect(await status.textContent()).toBe('Making the quiz…');
    // Typing is handled while the generator works: the quiz is still being made once the title is in.
    await page.getByLabel('Title').pressSequentially('Parker probe');
    expect(await page.getByLabel('Title').inputValue()).toBe('Parker probe');
    expect(await status.textContent()).toBe('Making the quiz…');
    await expect.poll(() => status.textContent(), {timeout: 30_000}).toMatch(/^Made \d+ questions? from \d+ facts\.$/);
    expect(workers.map((w) => new URL(w.url()).pathname)).toEqual(['/dist/author/generator-worker.js']);
    expect(await previewText(page)).toContain('questions about dates, distances and who said what');
    expect(await page.getByRole('button', {name: 'Cancel'}).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Cancel (from the keyboard) stops the worker and leaves the text; the next quiz is made', async () => {
    const page = await browser.newPage();
    const closed: string[] = [];
    page.on('worker', (worker) => worker.on('close', () => closed.push(worker.url())));
    await page.goto(`${url}/demo/author.html`);
    await paste(page, largeText);
    await page.getByLabel('Date published').fill('2025-01-02');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.locator('#a-status').textContent()).toBe('Making the quiz…');
    // Cancel is the next stop after "Make the quiz".
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#a-status').textContent()).toBe('Cancelled. The text is as you left it.');
    // Chromium ends a busy worker within about two seconds of terminate().
    await expect.poll(() => closed.length, {timeout: 10_000}).toBe(1);
    expect(await page.getByLabel('Article text').inputValue()).toBe(largeText);
    expect(await page.getByRole('button', {name: 'Cancel'}).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Make the quiz');
    expect(await page.getByRole('heading', {name: /^Facts found/}).count()).toBe(0);
    expect(await page.getByRole('alert').textContent()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Article text').fill(article);
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => page.locator('#a-status').textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
    await page.close();
  });

  it("explains what the worker finds wrong: nothing to ask, no good question, the generator's errors", async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/demo/author.html`);
    const alert = page.getByRole('alert');
    await page.getByLabel('Date published').fill('2025-01-02');
    await page.getByLabel('Article text').fill('The cat sat on the mat.\n\nIt was warm and quiet.');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => alert.textContent()).toMatch(/^No dates, distances or quotes were found in this text/);
    await page.getByLabel('Article text').fill('The bridge is 5 miles long.');
    await page.getByRole('button', {name: 'Make the quiz'}).click();
    await expect.poll(() => alert.textContent()).toMatch(/^Found 1 fact, but none made a good enough question/);
    await page.close();

    // A generator failure comes back from the worker as a message (here from a stand-in worker file).
    for (const [reply, message] of [
      [{ok: false, kind: 'article', message: 'no article text after the dateline'}, 'No quiz can be made from this text: no article text after the dateline.'],
      [{ok: false, kind: 'unexpected', message: 'x is undefined'}, "Something went wrong while making the quiz (x is undefined). Please report it with the article's text."],
    ] as const) {
      const failing = await browser.newPage();
      await failing.route('**/generator-worker.js', (route) =>
        route.fulfill({contentType: 'text/javascript', body: `self.onmessage = () => self.postMessage(${JSON.stringify(reply)});`})
      );
      await failing.goto(`${url}/demo/author.html`);
      await failing.getByLabel('Article text').fill(article);
      await failing.getByLabel('Date published').fill('2025-01-02');
      await failing.getByRole('button', {name: 'Make the quiz'}).click();
      await expect.poll(() => failing.getByRole('alert').textContent()).toBe(message);
      expect(await failing.locator('#a-status').textContent()).toBe('');
      await failing.close();
    }
  });

  it('makes the quiz in the page when its worker cannot load', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/generator-worker.js', (route) => route.fulfill({status: 404, body: 'Not found'}));
    await page.goto(`${url}/demo/author.html`);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Date published').fill('2025-01-02');
    for (let run = 0; run < 2; run++) {
      await page.getByRole('button', {name: 'Make the quiz'}).click();
      await expect.poll(() => page.locator('#a-status').textContent()).toMatch(/^Made \d+ questions from \d+ facts\.$/);
      await page.getByLabel('Title').fill(`Run ${run}`);
    }
    expect(await previewText(page)).toContain('Run 0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is linked from the student demo and the teacher page', async () => {
    for (const from of ['index.html', 'teacher.html']) {
      const html = readFileSync(join('demo', from), 'utf8');
      expect(html, from).toContain('href="author.html"');
    }
  });
});
