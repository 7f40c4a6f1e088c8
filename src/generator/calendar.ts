// Date answers as a quiz shows them, in one of a few shapes, so every choice of a question has the same form.
import type { Dateline } from './article.js';
import type { DateFact } from './dates.js';
import { ORDINAL_DAY_SRC } from './dateWords.js';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** weekday "Friday", year "2024", month "March", month-year "February 2022", month-day "June 12", full "July 21, 2015". */
export type DateShape = 'weekday' | 'year' | 'month' | 'month-year' | 'month-day' | 'full';

export interface DateKey {
  shape: DateShape;
  /** Year, month (1-12), day, weekday (0 = Sunday) as far as the shape needs them. */
  y: number;
  m: number;
  d: number;
  wd: number;
}

const WEEKDAY_RE = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/;
const DAY_NUMBER_RE = new RegExp(String.raw`(?<![\d,])\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!,\d)|\b(?:${ORDINAL_DAY_SRC})\b`, 'i');

export function formatDateKey(k: DateKey): string {
  const month = MONTH_NAMES[k.m - 1] ?? '';
  switch (k.shape) {
    case 'weekday': return WEEKDAY_NAMES[k.wd]!;
    case 'year': return String(k.y);
    case 'month': return month;
    case 'month-year': return `${month} ${k.y}`;
    case 'month-day': return `${month} ${k.d}`;
    case 'full': return `${month} ${k.d}, ${k.y}`;
  }
}

const parts = (value: string) => value.split('-').map(Number) as [number, number?, number?];

/** The weekday named in a date's own words, as a key with its offsets in the fact's text. */
export function weekdayIn(fact: DateFact): { key: DateKey; at: number; length: number } | null {
  const m = WEEKDAY_RE.exec(fact.text);
  if (!m) return null;
  const wd = WEEKDAY_NAMES.indexOf(m[1] as (typeof WEEKDAY_NAMES)[number]);
  return { key: { shape: 'weekday', y: 0, m: 0, d: 0, wd }, at: m.index, length: m[1]!.length };
}

/**
 * The key for a date with a value, shaped like its own words: an absolute date keeps the parts the text
 * gives ("June 12" stays without a year); a relative one ("earlier this year", "yesterday") is shown
 * resolved at the value's precision, because working it out from the dateline is the question.
 */
export function valueKey(fact: DateFact): DateKey | null {
  if (!fact.value || fact.value.includes('/')) return null; // a span of years ("1999/2008") is no single answer
  const [y, m = 0, d = 0] = parts(fact.value);
  const base = { y, m, d, wd: 0 };
  const precision = fact.value.split('-').length;
  if (fact.kind === 'relative') return { ...base, shape: precision === 1 ? 'year' : precision === 2 ? 'month-year' : 'full' };
  const hasYear = YEAR_RE.test(fact.text);
  if (precision === 1) return { ...base, shape: 'year' };
  if (precision === 2) return { ...base, shape: hasYear ? 'month-year' : 'month' };
  if (!DAY_NUMBER_RE.test(fact.text.replace(YEAR_RE, ''))) return null;
  return { ...base, shape: hasYear ? 'full' : 'month-day' };
}

/** The dateline as a sentence part: "May 2024", "July 22, 2015", "2024". */
export function formatDateline(dl: Dateline): string {
  const [y, m = 0, d = 0] = parts(dl.value);
  const shape: DateShape = dl.precision === 'day' ? 'full' : dl.precision === 'month' ? 'month-year' : 'year';
  return formatDateKey({ shape, y, m, d, wd: 0 });
}

/** Days since 1970-01-01 for a calendar date (UTC, no time zones involved). */
export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;

export function fromDayNumber(n: number): { y: number; m: number; d: number } {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** A comparable number for ordering keys of one shape (months since year 0, day numbers, …). */
export function ordinal(k: DateKey): number {
  switch (k.shape) {
    case 'weekday': return k.wd;
    case 'year': return k.y;
    case 'month': return k.m;
    case 'month-year': return k.y * 12 + k.m - 1;
    case 'month-day': return k.m * 31 + k.d;
    case 'full': return dayNumber(k.y, k.m, k.d);
  }
}

/** The same point in another shape (for dates of the article used as distractors), or null if it lacks parts. */
export function reshape(k: DateKey, shape: DateShape): DateKey | null {
  const has = { y: k.shape !== 'weekday' && k.shape !== 'month' && k.shape !== 'month-day', m: k.shape !== 'weekday' && k.shape !== 'year', d: k.shape === 'month-day' || k.shape === 'full' };
  const need = { y: shape === 'year' || shape === 'month-year' || shape === 'full', m: shape !== 'weekday' && shape !== 'year', d: shape === 'month-day' || shape === 'full' };
  if (shape === 'weekday') return k.shape === 'weekday' ? k : null;
  if ((need.y && !has.y) || (need.m && !has.m) || (need.d && !has.d)) return null;
  return { ...k, shape };
}
