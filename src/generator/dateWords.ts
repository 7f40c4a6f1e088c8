// Dates written with number words: spelled-out years ("nineteen fifty-five", "two thousand and eight"),
// ordinal day words ("December twelfth") and counted distances back in time ("three years ago").
import { ORDINAL_DAYS } from './lexicon.js';
import { parseNumber, WORD_NUMBER_SRC, SCALE_SRC } from './numbers.js';

/** Regex source for an ordinal day word, hyphen or space between tens and units ("twenty-first", "twenty first"). */
export const ORDINAL_DAY_SRC = Object.keys(ORDINAL_DAYS).sort((a, b) => b.length - a.length)
  .map((w) => w.replace('-', '[-\\s]')).join('|');

/** The day a numeral ("5", "5th") or an ordinal word ("fifth") names, or NaN. */
export function dayOf(raw: string): number {
  if (/^\d/.test(raw)) return parseInt(raw, 10);
  return ORDINAL_DAYS[raw.toLowerCase().replace(/\s+/, '-')] ?? NaN;
}

// A year read in two halves: the century ("nineteen") and the rest ("fifty-five", "oh five", "hundred").
// Both halves are whole words; the rest is checked by the number parser, so "nineteen fifteen-year-olds" is no year.
const RE_CENTURY_YEAR = /(?<![\p{L}-])(sixteen|seventeen|eighteen|nineteen|twenty)\s+(hundred|oh\s+\p{L}+|\p{L}+(?:-\p{L}+)?)(?![\p{L}-])/giu;
// "two thousand", "two thousand and eight", "nineteen hundred": the same words count things, so a date word must
// come first ("in", "since", "the year") and no scale word or noun may follow.
const DATE_WORD_BEFORE = /\b(?:in|since|until|till|by|from|to|through|before|after|around|during|of|year)\s+$/i;
const RE_THOUSAND_YEAR = /(?<![\p{L}-])two\s+thousand(?:\s+(?:and\s+)?(\p{L}+(?:-\p{L}+)?))?(?![\p{L}-])/giu;

export interface WordDate { start: number; end: number; value: string }

// A span of years ("from 1999 to 2008"), in words as in digits.
const SPAN_OPEN = /\b(?:from|between)\s+$/i;
const SPAN_JOIN_WORD = /^(?:to|and|through|until|till)$/i;
const SPAN_JOIN = /^\s+(?:to|and|through|until|till)\s+$/i;
const YEAR_WORDS_AFTER = /^\s+(?:two\s+thousand|nineteen|eighteen|twenty)\b/i;

/**
 * Spelled-out years in `region`, with "from/between X to/and Y" as one date valued `X/Y` (offsets relative
 * to `region`; a span starts at its "from").
 */
export function spelledYearsAndSpans(region: string): WordDate[] {
  const years = spelledYears(region);
  const out: WordDate[] = [];
  for (let i = 0; i < years.length; i++) {
    const a = years[i]!;
    const b = years[i + 1];
    const open = SPAN_OPEN.exec(region.slice(Math.max(0, a.start - 9), a.start));
    if (b && open && SPAN_JOIN.test(region.slice(a.end, b.start)) && Number(a.value) < Number(b.value)) {
      out.push({ start: a.start - open[0].length, end: b.end, value: `${a.value}/${b.value}` });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Spelled-out years in `region` (offsets relative to it). */
export function spelledYears(region: string): WordDate[] {
  const out: WordDate[] = [];
  for (const m of region.matchAll(RE_CENTURY_YEAR)) {
    const century = parseNumber(m[1]!);
    const rest = m[2]!.toLowerCase();
    const low = rest === 'hundred' ? 0 : rest.startsWith('oh') ? parseNumber(rest.slice(2)) : parseNumber(rest);
    if (!Number.isInteger(low) || (rest.startsWith('oh') ? low < 1 || low > 9 : rest !== 'hundred' && (low < 10 || low > 99))) continue;
    if (/^\s+(?:hundred|thousand|million|billion)\b/i.test(region.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) continue;
    if (rest === 'hundred' && !DATE_WORD_BEFORE.test(region.slice(Math.max(0, m.index! - 12), m.index!))) continue; // "nineteen hundred people"
    out.push({ start: m.index!, end: m.index! + m[0].length, value: String(century * 100 + low) });
  }
  for (const m of region.matchAll(RE_THOUSAND_YEAR)) {
    const before = region.slice(Math.max(0, m.index! - 12), m.index!);
    if (!DATE_WORD_BEFORE.test(before)) continue;
    // "from two thousand to two thousand eight": a bare "two thousand" that opens a span of years.
    if (m[1] && SPAN_OPEN.test(before) && SPAN_JOIN_WORD.test(m[1]) && YEAR_WORDS_AFTER.test(region.slice(m.index! + m[0].length, m.index! + m[0].length + 16))) {
      out.push({ start: m.index!, end: m.index! + m[0].length - m[1].length - 1, value: '2000' });
      continue;
    }
    const low = m[1] ? parseNumber(m[1]) : 0;
    const next = region.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
    // "two thousand people", "two thousand and eight hundred": a count, not a year.
    if (!Number.isInteger(low) || low < 0 || low > 99 || (!m[1] && !/^\s*(?:[,.;:)!?\u2014\u2013-]|$)/.test(next))) continue;
    if (/^\s+(?:hundred|thousand|\p{L}+s\b)/iu.test(next)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, value: String(2000 + low) });
  }
  return out;
}

const TENS_PLURAL: Record<string, number> = { tens: 1, twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6,
  seventies: 7, eighties: 8, nineties: 9 };
const CENTURY_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6,
  seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21 };
const RE_DECADE = /(?<![\p{L}\p{N}'\u2019$€£.,])(1\d|20)(\d)0s(?![\p{L}\p{N}])/gu;
const RE_WORD_DECADE = new RegExp(`(?<![\\p{L}-])(eighteen|nineteen|twenty)[-\\s](${Object.keys(TENS_PLURAL).join('|')})(?![\\p{L}-])`, 'giu');
const RE_CENTURY = new RegExp(`(?<![\\p{L}\\p{N}-])(?:(first|second|latter)\\s+half\\s+of\\s+the\\s+)?(\\d{1,2}(?:st|nd|rd|th)|${Object.keys(CENTURY_ORDINALS).join('|')})[-\\s]century(?![\\p{L}])`, 'giu');

/**
 * Decades and centuries, which name a span of years: "the 1990s" 1990/1999, "the nineteen nineties", "the 1800s"
 * (a century: 1800/1899; "the 2000s" is the decade), "the 20th century" 1900/1999, "the first half of the
 * Twentieth Century" 1900/1949. Offsets relative to `region`.
 */
export function decadesAndCenturies(region: string): WordDate[] {
  const out: WordDate[] = [];
  const span = (from: number, years: number) => `${from}/${from + years - 1}`;
  for (const m of region.matchAll(RE_DECADE)) {
    const century = Number(m[1]) * 100;
    const decade = Number(m[2]);
    const value = decade === 0 && century < 2000 ? span(century, 100) : span(century + decade * 10, 10);
    out.push({ start: m.index!, end: m.index! + m[0].length, value });
  }
  for (const m of region.matchAll(RE_WORD_DECADE)) {
    const from = parseNumber(m[1]!) * 100 + TENS_PLURAL[m[2]!.toLowerCase()]! * 10;
    out.push({ start: m.index!, end: m.index! + m[0].length, value: span(from, 10) });
  }
  for (const m of region.matchAll(RE_CENTURY)) {
    const word = m[2]!.toLowerCase();
    const n = CENTURY_ORDINALS[word] ?? parseInt(word, 10);
    if (!(n >= 1 && n <= 21)) continue;
    const from = (n - 1) * 100;
    const half = m[1]?.toLowerCase();
    out.push({ start: m.index!, end: m.index! + m[0].length, value: half ? span(half === 'first' ? from : from + 50, 50) : span(from, 100) });
  }
  return out.sort((a, b) => a.start - b.start);
}

const COUNT_SRC = String.raw`\d{1,3}(?:,\d{3})+|\d+|an?|${WORD_NUMBER_SRC}`;
const RE_AGO = new RegExp(`(?<![\\p{L}\\p{N}.,])(${COUNT_SRC})(?:\\s+(${SCALE_SRC}))?\\s+(years?|decades?|days?)\\s+ago(?![\\p{L}])`, 'giu');

export interface Ago { start: number; end: number; count: number; unit: 'year' | 'day' }

/** Years (and decades) ago below this are a date; deep time ("10,000 years ago") is a measure of years. */
const AGO_DATE_LIMIT = 1000;

/** Whether "N <unit> ago" names a date (the dates module reads it) rather than a length of time (a measure). */
export function agoIsDate(unit: string, count: number): boolean {
  if (unit === 'day') return true;
  if (unit === 'decade') return count * 10 < AGO_DATE_LIMIT;
  return unit === 'year' && count < AGO_DATE_LIMIT;
}

/** "15 years ago", "a decade ago", "three days ago" in `region`. Weeks and months ago stay durations (the
 * corpus measures "eight months ago" as 8 months); deep time ("10,000 years ago") is a measure of years, so
 * 1,000 years and more are left out. */
export function agoPhrases(region: string): Ago[] {
  const out: Ago[] = [];
  for (const m of region.matchAll(RE_AGO)) {
    const word = m[1]!.toLowerCase();
    let n = word === 'a' || word === 'an' ? 1 : parseNumber(m[1]!.replace(/,/g, ''));
    if (m[2]) n *= parseNumber(`1 ${m[2]}`);
    const unit = m[3]!.toLowerCase().replace(/s$/, '');
    if (unit === 'decade') n *= 10;
    if (!Number.isInteger(n) || n <= 0) continue;
    if (!agoIsDate(unit === 'decade' ? 'year' : unit, n)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, count: n, unit: unit === 'decade' ? 'year' : unit as Ago['unit'] });
  }
  return out;
}
