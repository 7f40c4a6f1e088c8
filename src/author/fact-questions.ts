// A question from one fact of the facts table, for "Add a question": a numeric question for a measure in one
// of the format's units, a single-choice question for a date or a quote with the article's other dates or
// speakers as the wrong choices. Plain first drafts, built from the fact alone (the generator's own builders
// need the whole article's context): the teacher edits the prompt in the editor. Pure: no DOM.
import type {Choice, Evidence, NumericQuestion, Question, SingleChoiceQuestion} from '../format/types.js';
import type {FactSeed} from './fact-seeds.js';
import {readableDate} from './summary.js';

const BLANK = '____';
const LETTERS = 'abcdefgh';

/** The evidence's sentence with its highlighted words replaced by a blank. */
export function blankedSentence(evidence: Evidence, paragraphs: readonly string[]): string {
  const p = paragraphs[evidence.paragraph] ?? '';
  const h = evidence.highlight ?? {start: evidence.end, end: evidence.end};
  return `${p.slice(evidence.start, h.start)}${BLANK}${p.slice(h.end, evidence.end)}`.replace(/\s+/g, ' ').trim();
}

/** 5 % of the value, to two significant digits: a first guess the teacher can change. */
export function defaultTolerance(value: number): number {
  const t = Math.abs(value) * 0.05;
  return t === 0 ? 0 : Number(t.toPrecision(2));
}

/** The key and up to three wrong choices, the key at a place that depends on the id (not always first). */
function choices(id: string, key: string, wrong: readonly string[]): {choices: Choice[]; answer: string} {
  const texts = [...new Set(wrong.filter((w) => w.toLowerCase() !== key.toLowerCase()))].slice(0, 3);
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  texts.splice(hash % (texts.length + 1), 0, key);
  const list = texts.map((text, i) => ({id: LETTERS[i]!, text}));
  return {choices: list, answer: list[texts.indexOf(key)]!.id};
}

/**
 * A question about `seed`, with `id`; `others` are the article's other facts (wrong choices come from those of
 * the same kind). A string says why no question can be made (a date or a quote needs another one to choose from).
 */
export function questionFromFact(seed: FactSeed, others: readonly FactSeed[], paragraphs: readonly string[], id: string): Question | string {
  const base = {id, evidence: seed.evidence, points: 1};
  const sentence = blankedSentence(seed.evidence, paragraphs);
  if (seed.kind === 'measure') {
    const q: NumericQuestion = {
      ...base,
      kind: 'numeric',
      category: seed.category,
      prompt: `What quantity is missing from this sentence of the article (in ${seed.unit} units): “${sentence}”`,
      explanation: `The article gives ${seed.text}.`,
      answer: {value: seed.value, unit: seed.unit, tolerance: defaultTolerance(seed.value)},
    };
    return q;
  }
  if (seed.kind === 'date') {
    const key = readableDate(seed.value);
    const wrong = others.flatMap((o) => (o.kind === 'date' ? [readableDate(o.value)] : []));
    if (!wrong.some((w) => w !== key)) return 'the article gives no other date to choose from';
    const q: SingleChoiceQuestion = {
      ...base,
      kind: 'single-choice',
      category: 'date',
      prompt: `Which date is missing from this sentence of the article: “${sentence}”`,
      explanation: `The article says ${seed.text} (${key}).`,
      ...choices(id, key, wrong),
    };
    return q;
  }
  const wrong = others.flatMap((o) => (o.kind === 'quote' ? [o.speaker] : []));
  if (!wrong.some((w) => w !== seed.speaker)) return 'the article quotes no one else to choose from';
  const q: SingleChoiceQuestion = {
    ...base,
    kind: 'single-choice',
    category: 'quote',
    prompt: seed.direct ? `Who said “${seed.words}”?` : `Who said that ${seed.words}?`,
    explanation: `${seed.speaker} said it, as the article reports.`,
    ...choices(id, seed.speaker, wrong),
  };
  return q;
}
