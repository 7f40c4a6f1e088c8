/**
 * `npm run bench`: builds the embed and prints one table: its size against the budget (the entry, each lazy
 * chunk, the total); in headless Chromium, the median time from navigation to the start screen and to the first
 * question for our quiz and for a 10,000-question bank (and their ratio), the time from Check to feedback, and
 * the JS heap; and the generator's time per article and on texts 1×, 10× and 100× the seed's length.
 */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {gzipSync} from 'node:zlib';
import {launchChromium} from '../chromium.js';
import {readdirSync} from 'node:fs';
import {serveStatic} from '../../src/cli/serve.js';
import {extractFacts} from '../../src/generator/facts.js';
import {generateQuiz} from '../../src/generator/quiz.js';
import {serializeQuiz} from '../../src/format/serialize.js';
import type {QuizFile} from '../../src/format/types.js';

const BUNDLE = 'dist/cdn/article-quiz.js';
const BUDGET_BYTES = 15_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Runs in the page before its scripts: notes when the start screen and then (after pressing Start at once)
// the first question appear, with a MutationObserver on the element's shadow root; then, once the page has
// settled, answers the question and notes how long the feedback takes to appear. A string, not a function,
// because tsx adds helpers to compiled functions that do not exist in the page.
const PROBE = `
  window.__quizMarks = new Promise((resolve) => {
    const marks = {};
    customElements.whenDefined('article-quiz').then(() => {
      const root = document.querySelector('article-quiz').shadowRoot;
      const answer = () => {
        const radio = root.querySelector('input[type="radio"]');
        if (radio) radio.click();
        else {
          const field = root.querySelector('#numeric-answer');
          field.value = '1';
          field.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
        }
        requestAnimationFrame(() => {
          marks.checkClicked = performance.now();
          root.querySelector('[part~="primary-button"]').click();
        });
      };
      const check = () => {
        if (!marks.start && root.querySelector('[part="title"]')) {
          marks.start = performance.now();
          root.querySelector('[part~="primary-button"]').click();
        }
        if (!marks.question && root.querySelector('legend h2')) {
          marks.question = performance.now();
          marks.heap = performance.memory ? performance.memory.usedJSHeapSize : 0;
          setTimeout(answer, 500);
        }
        if (marks.checkClicked && !marks.feedback && root.querySelector('[part="feedback"]')) {
          marks.feedback = performance.now();
          marks.answer = marks.feedback - marks.checkClicked;
          resolve(marks);
        }
      };
      new MutationObserver(check).observe(root, {childList: true, subtree: true, characterData: true});
      check();
    });
  });
`;

interface Marks {
  start: number;
  question: number;
  answer: number;
  heap: number;
}

async function measureRender(urls: string[]): Promise<Marks[][]> {
  const browser = await launchChromium(['--enable-precise-memory-info']);
  try {
    const results: Marks[][] = urls.map(() => []);
    // Alternate the pages run by run, so both see the same machine conditions.
    for (let i = 0; i < RUNS + 1; i++) {
      for (const [u, url] of urls.entries()) {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error('page error:', error.message));
        await page.addInitScript(PROBE);
        await page.goto(url);
        const marks = (await page.evaluate('window.__quizMarks')) as Marks;
        if (i > 0) results[u]!.push(marks); // the first run warms the server and disk cache
        await context.close();
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** A bank of `size` questions made from our quiz's own, under new ids (the article is the same). */
function makeBank(size: number): QuizFile {
  const quiz = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8')) as QuizFile;
  const base = quiz.questions;
  return {...quiz, id: `bank-${size}`, questions: Array.from({length: size}, (_, i) => ({...base[i % base.length]!, id: `q${i}`}))};
}

function benchPage(file: string): string {
  return `<!doctype html><html lang="en"><title>bench</title><script type="module" src="../cdn/article-quiz.js"></script>
<article-quiz src="${file}" seed="bench"></article-quiz></html>`;
}

/** Median milliseconds of `fn` over enough runs to take at least ~200 ms in all. */
function time(fn: () => void): number {
  fn(); // warm up the JIT
  const samples: number[] = [];
  const deadline = performance.now() + 200;
  while (samples.length < 5 || (performance.now() < deadline && samples.length < 200)) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function generatorRows(): [string, string][] {
  const seed = readFileSync('questions/kharkiv-strikes.txt', 'utf8');
  const [dateline, ...rest] = seed.split(/(?<=^ date \S+) /);
  const body = rest.join(' ');
  const corpus = readdirSync('test/corpus/articles').map((f) => readFileSync(`test/corpus/articles/${f}`, 'utf8'));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const label = `${corpus.length} corpus articles, mean ${Math.round(mean(corpus.map((t) => t.length)))} chars`;
  const rows: [string, string][] = [
    [`facts only, per article (${label})`, `${mean(corpus.map((text) => time(() => extractFacts(text)))).toFixed(2)} ms`],
    [`facts + questions, per article (${label})`, `${mean(corpus.map((text) => time(() => generateQuiz(text)))).toFixed(2)} ms`],
  ];
  let base = 0;
  for (const times of [1, 10, 100]) {
    const text = `${dateline} ${Array.from({length: times}, () => body).join('\n\n')}`;
    const ms = time(() => generateQuiz(text));
    const perKChar = ms / (text.length / 1000);
    if (times === 1) base = perKChar;
    rows.push([
      `generator (facts + questions), seed ×${times} (${(text.length / 1000).toFixed(0)}k chars)`,
      `${ms.toFixed(2)} ms, ${((text.length / 1000) / (ms / 1000)).toFixed(0)} k chars/s, cost per char ×${(perKChar / base).toFixed(2)} of 1×`,
    ]);
  }
  // Text without paragraph or sentence breaks (a careless paste) must stay linear too.
  const line = body.replace(/\n\s*\n/g, ' ');
  for (const size of [250_000, 1_000_000]) {
    const text = `${dateline}\n${Array.from({length: Math.ceil(size / line.length)}, () => line).join(' ')}`;
    rows.push([`generator on one line without paragraphs (${(text.length / 1e6).toFixed(2)} MB)`, `${(time(() => generateQuiz(text)) / 1000).toFixed(2)} s`]);
  }
  return rows;
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {stdio: 'inherit'});
if (build.status !== 0) process.exit(build.status ?? 1);

const bundle = readFileSync(BUNDLE);
const gzip = gzipSync(bundle, {level: 9}).length;
// The entry is all a page downloads before the first question; the other chunks load alongside the question
// file (validation, saved progress) or in the background once a run starts (feedback, results, timer, print).
const chunks = readdirSync('dist/cdn')
  .filter((f) => f.endsWith('.js') && f !== 'article-quiz.js')
  .map((f) => ({name: f.replace(/-[\w-]{8}\.js$/, ''), gzip: gzipSync(readFileSync(`dist/cdn/${f}`), {level: 9}).length}))
  .sort((a, b) => a.name.localeCompare(b.name));
const totalGzip = gzip + chunks.reduce((n, c) => n + c.gzip, 0);

mkdirSync('dist/bench', {recursive: true});
// The bank as our tools write it (ASCII JSON, see format/serialize.ts), and as plain UTF-8 JSON from elsewhere.
const bank = makeBank(10_000);
const bankText = serializeQuiz(bank);
writeFileSync('dist/bench/bank-10000.json', bankText);
writeFileSync('dist/bench/bank-10000-utf8.json', JSON.stringify(bank, null, 2));
writeFileSync('dist/bench/seed.html', benchPage('../../questions/kharkiv-strikes.json'));
writeFileSync('dist/bench/bank.html', benchPage('bank-10000.json'));
writeFileSync('dist/bench/bank-utf8.html', benchPage('bank-10000-utf8.json'));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const server = await serveStatic('.', 0);
const {port} = server.address() as AddressInfo;
let seedMarks: Marks[];
let bankMarks: Marks[];
let utf8Marks: Marks[];
try {
  const pages = ['seed', 'bank', 'bank-utf8'].map((name) => `http://127.0.0.1:${port}/dist/bench/${name}.html`);
  [seedMarks, bankMarks, utf8Marks] = (await measureRender(pages)) as [Marks[], Marks[], Marks[]];
} finally {
  server.close();
}
const med = (list: Marks[], key: keyof Marks) => median(list.map((m) => m[key]));

const rows: [string, string][] = [
  ['embed bundle (dist/cdn/article-quiz.js), raw', `${(bundle.length / 1000).toFixed(1)} kB`],
  ['embed bundle entry, gzip -9 (the first download)', `${(gzip / 1000).toFixed(2)} kB (budget ${BUDGET_BYTES / 1000} kB: ${gzip <= BUDGET_BYTES ? 'within' : 'OVER'})`],
  ['lazy chunks, gzip -9', chunks.map((c) => `${c.name} ${(c.gzip / 1000).toFixed(2)}`).join(', ') + ' kB'],
  ['all of the element, gzip -9', `${(totalGzip / 1000).toFixed(2)} kB`],
  [`our quiz (${JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8')).questions.length} questions): navigation → start screen, median of ${RUNS}`, `${med(seedMarks, 'start').toFixed(1)} ms`],
  ['our quiz: navigation → first question', `${med(seedMarks, 'question').toFixed(1)} ms`],
  [`10,000-question bank (${mb(bankText.length)} file, as our tools write it): navigation → first question`, `${med(bankMarks, 'question').toFixed(1)} ms (×${(med(bankMarks, 'question') / med(seedMarks, 'question')).toFixed(2)} of our quiz; budget ×2)`],
  ['the same bank written as UTF-8 JSON by another tool: navigation → first question', `${med(utf8Marks, 'question').toFixed(1)} ms (×${(med(utf8Marks, 'question') / med(seedMarks, 'question')).toFixed(2)})`],
  ['answering (Check → feedback shown): our quiz / the bank', `${med(seedMarks, 'answer').toFixed(1)} ms / ${med(bankMarks, 'answer').toFixed(1)} ms`],
  ['JS heap at the first question: our quiz / the bank', `${mb(med(seedMarks, 'heap'))} / ${mb(med(bankMarks, 'heap'))}`],
  ...generatorRows(),
];
const width = Math.max(...rows.map(([name]) => name.length));
console.log('\narticle-quiz bench');
for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value}`);
if (gzip > BUDGET_BYTES) process.exitCode = 1;
