// Wrong answers that are plausible and never right: taken from the article first, then from principled
// perturbation of the key, always in the key's own form, and the key placed at a content-derived position.
import type { Choice } from '../format/types.js';
import { createRandom, hashSeed, shuffle } from '../quiz/random.js';
import type { DateKey } from './calendar.js';
import { dayNumber, formatDateKey, fromDayNumber, ordinal, reshape } from './calendar.js';

/** Numbers closer than this (relative to the key) count as the same answer, never as a wrong one. */
export const SAME_ANSWER_RATIO = 0.15;

const LETTERS = 'abcdefgh';

/**
 * Choices with stable ids a, b, c, …: distractors in a seeded order, the key at a position derived from the
 * question id, so keys spread over positions across a file and the file is the same on every run.
 */
export function arrange(questionId: string, key: string, distractors: readonly string[]): { choices: Choice[]; answer: string } {
  const order = shuffle(distractors, createRandom(`distractors:${questionId}`));
  const at = hashSeed(`key:${questionId}`) % (order.length + 1);
  order.splice(at, 0, key);
  const choices = order.map((text, i) => ({ id: LETTERS[i]!, text }));
  return { choices, answer: LETTERS[at]! };
}

/** Keeps the first `count` candidates that differ from the key and from each other (case-insensitively). */
function pick(key: string, candidates: Iterable<string>, count: number): string[] {
  const seen = new Set([key.toLowerCase()]);
  const out: string[] = [];
  for (const c of candidates) {
    if (out.length >= count) break;
    const k = c.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out;
}

/** Perturbations of a date key, nearest first, in the key's own shape. */
function* nearDates(k: DateKey): Generator<DateKey> {
  switch (k.shape) {
    case 'weekday':
      for (const s of [-1, 1, -2, 2, 3]) yield { ...k, wd: (k.wd + s + 7) % 7 };
      return;
    case 'year':
      for (const s of [-1, -2, 1, -3, 2]) yield { ...k, y: k.y + s };
      return;
    case 'month':
      for (const s of [-1, 1, -2, 2]) yield { ...k, m: ((k.m - 1 + s + 12) % 12) + 1 };
      return;
    case 'month-year': {
      const at = k.y * 12 + k.m - 1;
      for (const s of [12, -1, 1, -12, 2]) yield { ...k, y: Math.floor((at + s) / 12), m: ((at + s) % 12) + 1 };
      return;
    }
    case 'month-day':
    case 'full': {
      const n = dayNumber(k.y || 2001, k.m, k.d);
      for (const s of [-1, 7, 1, -7, 2]) {
        const c = fromDayNumber(n + s);
        if (k.shape === 'month-day' && c.m !== k.m && Math.abs(s) < 7) continue;
        yield { ...k, y: k.shape === 'full' ? c.y : k.y, m: c.m, d: c.d };
      }
    }
  }
}

/**
 * Three wrong dates for `key`: other dates of the article reshaped to the key's form, then neighbours.
 * `latest` (the dateline as an ordinal in the key's shape) drops candidates after publication when the key
 * is before it: a past event offered a future date is no real distractor.
 */
export function dateDistractors(key: DateKey, articleDates: readonly DateKey[], latest: number | null, count = 3): string[] {
  const keyText = formatDateKey(key);
  const fromArticle = articleDates.map((d) => reshape(d, key.shape)).filter((d): d is DateKey => d !== null);
  const ok = (d: DateKey) => latest === null || ordinal(key) > latest || ordinal(d) <= latest;
  const candidates = [...fromArticle.filter(ok), ...[...nearDates(key)].filter(ok)];
  // Another date in the same month is right for a month question: reshape() already collapses those to the key.
  return pick(keyText, candidates.map(formatDateKey), count);
}

/** Rounds `v` to the precision the key is written with: its significant figures, its decimals. */
export function roundLike(v: number, key: number): number {
  const sig = significantFigures(key);
  const magnitude = Math.floor(Math.log10(Math.abs(v)));
  const factor = 10 ** (magnitude - sig + 1);
  let r = Math.round(v / factor) * factor;
  const decimals = decimalsOf(key);
  r = Number(r.toFixed(decimals));
  return r;
}

function decimalsOf(v: number): number {
  const s = String(v);
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

function significantFigures(v: number): number {
  const digits = String(Math.abs(v)).replace('.', '').replace(/^0+/, '');
  const trimmed = String(v).includes('.') ? digits : digits.replace(/0+$/, '');
  return Math.max(1, trimmed.length);
}

/** True when `candidate` would also be accepted as the answer: within 15 % of the key. */
export function sameAnswer(candidate: number, key: number): boolean {
  return Math.abs(candidate - key) <= SAME_ANSWER_RATIO * Math.abs(key);
}

const MULTIPLIERS = [2, 0.5, 3, 1 / 3, 1.5, 4, 0.25];

/**
 * Three wrong values for a distance key, in its unit: the article's other distances (already converted to
 * the key's unit) first, then multiples of the key, rounded like the key so no option stands out by form.
 * None is within 15 % of the key or of another option.
 */
export function numberDistractors(key: number, others: readonly number[], count = 3): number[] {
  const out: number[] = [];
  // The article's own figures keep their digits (to the key's decimals); made-up ones are rounded like the key.
  const decimals = decimalsOf(key);
  const candidates = [...others.map((o) => Number(o.toFixed(decimals))), ...MULTIPLIERS.map((f) => roundLike(key * f, key))];
  for (const c of candidates) {
    if (out.length >= count) break;
    if (!(c > 0) || sameAnswer(c, key) || out.some((o) => sameAnswer(c, o) || sameAnswer(o, c))) continue;
    out.push(c);
  }
  return out;
}
