// Article parsing: dateline, paragraphs and sentences, all with offsets into the whole file text.
import { countLeading } from './search.js';

export type DatePrecision = 'year' | 'month' | 'day';

export interface Dateline {
  value: string;
  precision: DatePrecision;
}

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph {
  text: string;
  start: number;
}

export interface Article {
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  text: string;
}

const DATELINE = /^[ \t\uFEFF]*date[ \t]+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d-])/;

/** Splits a file into its optional dateline and its blank-line separated paragraphs. */
export function parseArticle(text: string): Article {
  let bodyStart = 0;
  let dateline: Dateline | null = null;
  const m = DATELINE.exec(text);
  if (m) {
    const [, y, mo, d] = m;
    const value = [y, mo, d].filter((p): p is string => p !== undefined).join('-');
    dateline = { value, precision: d ? 'day' : mo ? 'month' : 'year' };
    bodyStart = m[0].length;
  }
  return { dateline, paragraphs: splitParagraphs(text, bodyStart), text };
}

/** Paragraphs are runs of non-blank lines; offsets point at the first non-space character. */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const out: Paragraph[] = [];
  const blank = /\n[ \t\r]*\n/g;
  blank.lastIndex = from;
  let at = from;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(at, m.index);
    at = m.index + m[0].length;
    blank.lastIndex = at;
  }
  push(at, text.length);
  return out;
}

// Abbreviations after which a period never ends a sentence (titles, "No. 5", "Bldg. 1").
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'cpl',
  'pvt', 'cmdr', 'st', 'mt', 'ft', 'no', 'nos', 'bldg', 'ave', 'blvd', 'rd', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rev', 'hon', 'supt', 'fig',
  'dept', 'est', 'gov', 'pres', 'sr', 'jr',
]);
// Words that typically open a sentence: after "U.S." or "D.C." they signal a real sentence end.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but', 'and', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'when', 'while', 'as', 'since',
  'if', 'for', 'so', 'yet', 'however', 'meanwhile', 'still', 'also', 'some', 'many', 'most', 'other', 'officials',
  'during', 'earlier', 'later', 'last', 'now', 'what', 'who', 'why', 'how',
]);

/**
 * Splits text[start, end) into sentences. `opaque` spans (direct quotes) are not split inside:
 * a sentence may end at their end when their last character is terminal punctuation.
 */
/** Longer than any real sentence; see splitSentences. */
const MAX_SENTENCE = 1500;

export function splitSentences(text: string, start: number, end: number, opaque: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  let sentStart = start;
  let q = 0;
  for (let i = start; i < end; i++) {
    while (q < opaque.length && opaque[q]!.end <= i) q++;
    const op = opaque[q];
    // Text without sentence ends (a pasted table, one endless line, a quote that never closes) is cut at a
    // space every MAX_SENTENCE characters: the work done per fact grows with its sentence, so this keeps the
    // whole run linear.
    if (i - sentStart >= MAX_SENTENCE && /\s/.test(text[i]!)) {
      out.push({ start: sentStart, end: i });
      sentStart = i + 1;
      continue;
    }
    if (op && op.start <= i && i < op.end - 1) continue; // inside a quote, except its final character
    let c = text[i]!;
    // A quote ending in terminal punctuation ("… to go.”) may end the sentence at its closing mark.
    if (op && i === op.end - 1 && i > op.start && /[.!?]/.test(text[i - 1]!)) c = text[i - 1]!;
    else if (c !== '.' && c !== '!' && c !== '?') continue;
    // Skip closing quotes/brackets glued to the terminal mark.
    let j = i + 1;
    while (j < end && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
    if (j < end && !/\s/.test(text[j]!)) continue; // "6.1", "U.S.-supplied", URLs
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k < end && !isSentenceStart(text, k)) continue;
    if (c === '.' && text[i] === '.' && !periodEndsSentence(text, start, i, k < end ? k : -1)) continue;
    out.push({ start: sentStart, end: j });
    sentStart = k;
    i = k - 1;
  }
  if (sentStart < end) {
    let e = end;
    while (e > sentStart && /\s/.test(text[e - 1]!)) e--;
    if (e > sentStart) out.push({ start: sentStart, end: e });
  }
  return out;
}

function isSentenceStart(text: string, k: number): boolean {
  const c = text[k]!;
  return /[A-Z0-9"\u201c\u2018'(\[]/.test(c) || /\p{Lu}/u.test(c);
}

/** Decides whether the period at `i` ends a sentence; `next` is the start of the next word or -1. */
function periodEndsSentence(text: string, from: number, i: number, next: number): boolean {
  let w = i;
  while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, i); // e.g. "Mr", "U.S", "D.C", "p.m"
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const nextWord = next < 0 ? '' : /^[\p{L}']+/u.exec(text.slice(next, next + 20))?.[0] ?? '';
  // Single capital initial ("John F. Kennedy"): not an end when a capitalised word follows.
  if (/^\p{Lu}$/u.test(word) && nextWord && /^\p{Lu}/u.test(nextWord)) return false;
  // "a.m."/"p.m." before a capitalised word usually end a sentence, unless a day, month or zone follows.
  // A spelled-out time zone ("5:57 p.m. Eastern Daylight Time") continues the sentence too.
  if (/^[ap]\.m$/i.test(word)) return next < 0 || (/^\p{Lu}/u.test(nextWord) && !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|[A-Z]{2,4})$/.test(nextWord) &&
    !/^\p{Lu}\p{Ll}+\s+(?:(?:Standard|Daylight|Summer)\s+)?Time\b/u.test(text.slice(next, next + 40)));
  // Dotted abbreviations ("U.S.", "D.C."): end only when a typical opener follows.
  if (word.includes('.')) return next < 0 || SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return true;
}

/** The span containing `at` in a sorted, non-overlapping list, or undefined. */
export function spanAt<T extends Span>(spans: readonly T[], at: number): T | undefined {
  const candidate = spans[countLeading(spans, (s) => s.end <= at)];
  return candidate && candidate.start <= at ? candidate : undefined;
}

/** Groups items carrying a paragraph index into one list per paragraph (linear). */
export function byParagraph<T extends { paragraph: number }>(items: readonly T[], count: number): T[][] {
  const out: T[][] = Array.from({ length: count }, () => []);
  for (const it of items) out[it.paragraph]?.push(it);
  return out;
}
