/**
 * How much of each article the generated quiz covers: `tsx test/corpus/coverage.ts [--corpus DIR] [--list]`.
 *
 * For every article of a corpus (default: the shared corpus, else test/corpus) it generates the quiz and prints
 * the number of questions, the share of the gold dates, measures and quotes that some question asks (a gold item
 * is asked when a question's answer evidence overlaps it), the share of cloze items ("… missing from this
 * sentence …") and the share of "Yes" among yes/no items. `--list` prints every question too.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Evidence, Question} from '../../src/format/types.js';
import {parseArticle} from '../../src/generator/article.js';
import {generateQuiz} from '../../src/generator/quiz.js';
import {describeKey} from '../../src/quiz/describe.js';

interface GoldItem {
  text: string;
}
interface Gold {
  dates: GoldItem[];
  measures: GoldItem[];
  quotes: GoldItem[];
}
type Kind = keyof Gold;
const KINDS: Kind[] = ['dates', 'measures', 'quotes'];

const args = process.argv.slice(2);
const corpusArg = args.indexOf('--corpus');
const shared = new URL('../../../shared/corpus', import.meta.url).pathname;
const dir = corpusArg >= 0 ? args[corpusArg + 1]! : existsSync(shared) ? shared : new URL('.', import.meta.url).pathname;
const list = args.includes('--list');

/** Places each gold item in the text in order, as the scorer does (searching on from the previous item's start). */
function locate(text: string, items: GoldItem[]): {start: number; end: number}[] {
  const body = /^\s*date \d{4}(?:-\d{2}){0,2}/.exec(text)?.[0].length ?? 0;
  let from = body;
  return items.map((item) => {
    let at = text.indexOf(item.text, from);
    if (at < 0) at = text.indexOf(item.text, body);
    if (at >= 0) from = at + 1;
    return {start: at, end: at < 0 ? -1 : at + item.text.length};
  });
}

/** Every span of the file a question's answers rest on. */
function answerSpans(q: Question, paragraphStarts: number[]): {start: number; end: number}[] {
  const span = (e: Evidence) => {
    const base = paragraphStarts[e.paragraph]!;
    const h = e.highlight ?? e;
    return {start: base + h.start, end: base + h.end};
  };
  if (q.kind === 'timeline') return q.items.map((i) => span(i.evidence));
  if (q.kind === 'matching') return q.pairs.map((p) => span(p.evidence));
  // A quote question's answer is the whole quoted claim, whatever words it highlights.
  return [q.category === 'quote' ? {start: paragraphStarts[q.evidence.paragraph]! + q.evidence.start, end: paragraphStarts[q.evidence.paragraph]! + q.evidence.end} : span(q.evidence)];
}

const isCloze = (q: Question) => /_{3,}/.test(q.prompt);
const yesNo = (q: Question) => q.kind === 'single-choice' && q.choices.length === 2 && q.choices.every((c) => /^(?:Yes|No)$/.test(c.text));
const categoryOf: Record<Kind, (q: Question) => boolean> = {
  dates: (q) => q.category === 'date',
  measures: (q) => q.category === 'distance' || (q.category as string) === 'measure',
  quotes: (q) => q.category === 'quote',
};

const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();
const totals = {questions: [] as number[], gold: {dates: 0, measures: 0, quotes: 0}, asked: {dates: 0, measures: 0, quotes: 0}, cloze: 0, yes: 0, yesNo: 0};
for (const file of files) {
  const text = readFileSync(join(dir, 'articles', file), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold', file.replace(/\.txt$/, '.json')), 'utf8')) as Gold;
  const {quiz} = generateQuiz(text, {name: file.replace(/\.txt$/, '')});
  const starts = parseArticle(text).paragraphs.map((p) => p.start);
  const row: string[] = [`${file.padEnd(48)} ${String(quiz.questions.length).padStart(2)} q`];
  for (const kind of KINDS) {
    const spans = quiz.questions.filter(categoryOf[kind]).flatMap((q) => answerSpans(q, starts));
    const placed = locate(text, gold[kind]).filter((g) => g.start >= 0);
    const asked = placed.filter((g) => spans.some((s) => s.start < g.end && g.start < s.end)).length;
    totals.gold[kind] += placed.length;
    totals.asked[kind] += asked;
    row.push(`${kind} ${asked}/${placed.length}`);
  }
  totals.questions.push(quiz.questions.length);
  totals.cloze += quiz.questions.filter(isCloze).length;
  for (const q of quiz.questions.filter(yesNo)) {
    totals.yesNo++;
    if (describeKey(q) === 'Yes') totals.yes++;
  }
  console.log(row.join('  '));
  if (list) for (const q of quiz.questions) console.log(`    [${q.category}/${q.kind}] ${q.prompt}  => ${describeKey(q)}`);
}
const sorted = [...totals.questions].sort((a, b) => a - b);
const median = sorted.length ? (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2 : 0;
const all = totals.questions.reduce((a, b) => a + b, 0);
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : 'n/a');
console.log(
  `COVERAGE questions median ${median} (min ${sorted[0] ?? 0}, max ${sorted.at(-1) ?? 0})` +
    ` asked: dates ${pct(totals.asked.dates, totals.gold.dates)} measures ${pct(totals.asked.measures, totals.gold.measures)} quotes ${pct(totals.asked.quotes, totals.gold.quotes)}` +
    ` cloze ${pct(totals.cloze, all)} yes ${pct(totals.yes, totals.yesNo)} of ${totals.yesNo} yes/no`,
);
