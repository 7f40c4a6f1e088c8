// Checks any generated question must pass, written independently of the generator's own helpers.
import type {Question, QuizFile} from '../../src/format/types.js';
import {describeKey} from '../../src/quiz/describe.js';

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** The form of an option: a question whose options differ in form gives its key away. */
export function shapeOf(text: string): string {
  if (WEEKDAY.test(text)) return 'weekday';
  if (/^\d{4}$/.test(text)) return 'year';
  if (new RegExp(`^${MONTH}$`).test(text)) return 'month';
  if (new RegExp(`^${MONTH} \\d{4}$`).test(text)) return 'month-year';
  if (new RegExp(`^${MONTH} \\d{1,2}$`).test(text)) return 'month-day';
  if (new RegExp(`^${MONTH} \\d{1,2}, \\d{4}$`).test(text)) return 'full';
  const distance = /^[\d.,]+(?: million| billion)? (.+)$/.exec(text);
  if (distance) return `distance ${distance[1]!.replace(/s$/, '').replace('feet', 'foot')}`;
  if (/^(?:Yes|No)$/.test(text)) return 'yes-no';
  if (/^(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)+$/u.test(text)) return 'name';
  return `other: ${text}`;
}

/** Parses "19", "1,200", "6.1 million" at the start of a text. */
export function numberIn(text: string): number {
  const m = /([\d][\d,]*(?:\.\d+)?)(?:\s*(million|billion))?/.exec(text);
  if (!m) return NaN;
  const n = Number(m[1]!.replace(/,/g, ''));
  return m[2] === 'million' ? n * 1e6 : m[2] === 'billion' ? n * 1e9 : n;
}

const nameWords = (s: string) => s.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w)).map((w) => w.replace(/[’']s$/, ''));

/**
 * Null when the question's evidence proves its answer, else what is wrong: the evidence and the highlight
 * are real ranges of the paragraph, and the highlighted words are the answer's own (a date the dateline
 * resolves counts for a relative date; for yes/no, the highlight names the asked person exactly when "yes").
 */
export function evidenceProblem(quiz: QuizFile, q: Question): string | null {
  const {paragraph, start, end, highlight} = q.evidence;
  const text = quiz.article.paragraphs[paragraph];
  if (text === undefined) return `no paragraph ${paragraph}`;
  if (!highlight) return 'no highlight';
  if (!(0 <= start && start < end && end <= text.length)) return `evidence ${start}-${end} outside the paragraph`;
  if (!(start <= highlight.start && highlight.start < highlight.end && highlight.end <= end)) return 'highlight outside the evidence';
  const marked = text.slice(highlight.start, highlight.end);
  const sentence = text.slice(start, end);
  const key = describeKey(q);
  if (q.category === 'date') {
    if (marked.toLowerCase().includes(key.toLowerCase().replace(/,/g, ''))) return null;
    const relative = /\b(?:year|month|today|yesterday|tomorrow|tonight)\b/i.test(marked);
    const published = Number(quiz.article.published.slice(0, 4));
    const keyYear = Number(/\d{4}/.exec(key)?.[0]);
    return relative && Math.abs(keyYear - published) <= 1 ? null : `date key ${key} not in "${marked}"`;
  }
  if (q.category === 'distance') {
    const value = q.kind === 'numeric' ? q.answer.value : numberIn(key);
    return numberIn(marked) === value ? null : `distance ${value} not in "${marked}"`;
  }
  if (q.kind === 'single-choice' && /^(?:Yes|No)$/.test(key)) {
    const asked = /did (.+?) say\b/.exec(q.prompt)?.[1] ?? '';
    const askedWords = asked.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:the|and|of|an)$/i.test(w));
    const acronym = asked.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    const names = askedWords.some((w) => marked.toLowerCase().includes(w.toLowerCase())) || (acronym.length >= 2 && marked.includes(acronym));
    if (key === 'Yes' && !names) return `"yes" but the highlight "${marked}" does not name ${asked}`;
    if (key === 'No' && names) return `"no" but the highlight "${marked}" names ${asked}`;
    return sentence.length > 0 ? null : 'empty evidence';
  }
  return nameWords(key).some((w) => marked.includes(w)) ? null : `speaker ${key} not in "${marked}"`;
}

const PERSON_PRONOUN = /\b(?:he|she|him|his|her)\b/i;

/** A name-like word (capitalised, not the first word) before `index` in `text`, or for him/his/her a person noun. */
function nameBefore(text: string, index: number, pronoun = 'he'): boolean {
  const words = text.slice(0, index).split(/\s+/).filter(Boolean);
  if (!/^(?:he|she)$/i.test(pronoun) && words.some((w) => /^(?:man|woman|boy|girl|child|person|diver)$/i.test(w))) return true;
  return words.slice(1).some((w) => /^\[?\p{Lu}/u.test(w.replace(/^[“‘"]/, '')));
}

/**
 * The first he/she/him/his/her in a prompt that nothing before it explains: outside quotation marks a
 * name must come earlier in the prompt; inside them, earlier in the same quotation (not its first word).
 */
export function danglingPersonPronoun(prompt: string): string | null {
  for (const m of prompt.matchAll(/“([^”]*)”/g)) {
    const inner = m[1]!;
    const p = PERSON_PRONOUN.exec(inner);
    if (p && !nameBefore(inner, p.index, p[0]) && !nameBefore(prompt, m.index!)) return p[0];
  }
  const outside = prompt.replace(/“[^”]*”/g, '“…”');
  const p = PERSON_PRONOUN.exec(outside);
  return p && !nameBefore(outside, p.index, p[0]) ? p[0] : null;
}
