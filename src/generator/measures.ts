// Measurements: a number with a unit ("19 miles", "186-mile", "nineteen miles", "2km",
// "30 kilometres (19 miles)" as one quantity), and earthquake magnitudes.
import type { Span } from './article.js';
import { spanAt } from './article.js';
import { NUMERAL_SRC, SCALE_SRC, WORD_NUMBER_SRC, parseNumber } from './numbers.js';
import type { MeasureCategory } from './units.js';
import { UNIT_SRC, unitFor } from './units.js';

export interface MeasureFact {
  text: string;
  value: number;
  unit: string;
  start: number;
  end: number;
  category: MeasureCategory;
  /** Words around the quantity that say what is measured (best effort). */
  what: string;
  /** "up to", "about", "more than", … when present. */
  qualifier: string | null;
  /** Lower bound of a range ("5 to 10 miles"): value is the upper bound, as written next to the unit. */
  valueMin?: number;
  /** A conversion given in parentheses: "30 kilometres (19 miles)". */
  converted?: { value: number; unit: string };
}

const NUM = `(?:(?:${NUMERAL_SRC})(?:\\s+${SCALE_SRC})?|${WORD_NUMBER_SRC}(?:\\s+${SCALE_SRC})?)`;
// number, separator (hyphen, space or nothing), unit; no letter/hyphen-word right after except adjectival "-long" etc.
const MEASURE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥.,])(?<!(?<!\\d)-)((?:minus|negative)\\s+|[-\u2212](?=\\d))?(${NUM})(\\s*-\\s*|\\s+|(?=[\\p{L}°º]))(${UNIT_SRC})(?![\\p{L}\\p{N}])(?!-old)(?!\\s+old\\b)`,
  'giu',
);
const MAGNITUDE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:magnitude(?:\s+of)?[\s-]+(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)[\s-]+magnitude|(\d+(?:\.\d+)?)\s+on\s+the\s+Richter\s+scale|(?<=\b(?:quake|earthquake|temblor|tremor|aftershock)s?\s+(?:measured|registered|measuring|registering)\s+(?:a\s+)?(?:preliminary\s+)?)(\d(?:\.\d+)?))(?![\p{L}\p{N}]|\.\d)`,
  'giu',
);
const CONVERSION = new RegExp(
  `^\\s*\\(\\s*(?:about|around|roughly|approximately|nearly|some|almost|more than|over|up to)?\\s*(${NUM})(\\s*-\\s*|\\s+|(?=[\\p{L}°º]))(${UNIT_SRC})\\s*\\)`,
  'iu',
);
const QUALIFIER = /(?:^|\s)(up to|about|around|roughly|approximately|nearly|almost|some|more than|over|at least|at most|less than|fewer than|under|within|just over|just under|as much as|as many as|as far as|as long as|exactly|only|an estimated|estimated)\s+$/i;
const AGE_BEFORE = new RegExp(`\\b(?:aged|ages|age\\s+of)\\s+(?:(?:between\\s+)?${NUM}(?:\\s+(?:${UNIT_SRC}))?\\s*(?:to|and|-|–)\\s*)?$`, 'iu');
const RANGE_BEFORE = new RegExp(`(?:between\\s+|from\\s+)?(${NUM})\\s*(?:to|-|–|and)\\s*$`, 'iu');

export function extractMeasures(text: string, body: Span, sentences: readonly Span[]): MeasureFact[] {
  const out: MeasureFact[] = [];
  const region = text.slice(body.start, body.end);
  MEASURE.lastIndex = 0;
  for (let m = MEASURE.exec(region); m; m = MEASURE.exec(region)) {
    const [whole, sign, num, sep, form] = m as unknown as [string, string | undefined, string, string, string];
    const def = unitFor(form, sep === '');
    if (!def) continue;
    const magnitude = parseNumber(num.replace(/\s+/g, ' '));
    if (!Number.isFinite(magnitude)) continue;
    const value = sign ? -magnitude : magnitude; // "-40 degrees", "minus 10 degrees Celsius"
    if (sign && def.category !== 'temperature' && def.category !== 'angle') continue;
    const start = body.start + m.index;
    let end = start + whole.length;
    // Ages are not measures: "children aged one month to five years", "at the age of 12 years".
    if (def.category === 'duration' && AGE_BEFORE.test(text.slice(Math.max(body.start, start - 60), start))) continue;
    if (/^one$/i.test(num) && def.category === 'duration' && /^one\s+day\s*,/i.test(text.slice(start, start + 10)) && isSentenceInitial(text, start)) continue; // "One day, …" (someday)
    const fact: MeasureFact = {
      text: '', value, unit: def.unit, start, end, category: def.category, what: '', qualifier: null,
    };
    const conv = CONVERSION.exec(text.slice(end, end + 60));
    if (conv) {
      const cdef = unitFor(conv[3]!, conv[2] === '');
      const cval = parseNumber(conv[1]!);
      if (cdef && Number.isFinite(cval)) {
        fact.converted = { value: cval, unit: cdef.unit };
        end += conv[0].length;
        fact.end = end;
        MEASURE.lastIndex = end - body.start;
      }
    }
    const before = text.slice(Math.max(body.start, start - 40), start);
    const range = RANGE_BEFORE.exec(before);
    if (range && (/(?:to|and)\s*$/.test(before) ? /^(?:between|from)\s/i.test(range[0]) || /to\s*$/.test(before) : true)) {
      const lo = parseNumber(range[1]!);
      if (Number.isFinite(lo) && lo < value) {
        fact.valueMin = lo;
        fact.start = start - range[0].length;
      }
    }
    const q = QUALIFIER.exec(text.slice(Math.max(body.start, fact.start - 25), fact.start));
    if (q) fact.qualifier = q[1]!.toLowerCase();
    fact.text = text.slice(fact.start, fact.end);
    fact.what = describe(text, fact, sentences);
    out.push(fact);
  }
  MAGNITUDE.lastIndex = 0;
  for (let m = MAGNITUDE.exec(region); m; m = MAGNITUDE.exec(region)) {
    const start = body.start + m.index;
    const end = start + m[0].length;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const value = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
    const fact: MeasureFact = { text: m[0], value, unit: 'magnitude', start, end, category: 'magnitude', what: '', qualifier: null };
    fact.what = describe(text, fact, sentences);
    out.push(fact);
  }
  return out.sort((a, b) => a.start - b.start);
}

function isSentenceInitial(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** A short phrase around the quantity, within its clause: "Kharkiv … is … from the border with Russia". */
function describe(text: string, f: { start: number; end: number }, sentences: readonly Span[]): string {
  const sent = spanAt(sentences, f.start) ?? { start: Math.max(0, f.start - 80), end: Math.min(text.length, f.end + 80) };
  const left = text.slice(sent.start, f.start);
  const right = text.slice(f.end, sent.end);
  const leftWords = left.split(/[,;:()\u2014]/).at(-1)!.trim().split(/\s+/).filter(Boolean).slice(-7);
  const rightWords = right.split(/[,;:()\u2014]|[.!?](?:\s|$)/)[0]!.trim().split(/\s+/).filter(Boolean).slice(0, 7);
  const subject = left.trim().split(/\s+/).slice(0, 4);
  const parts = leftWords.length < 3 && subject.join(' ') !== leftWords.join(' ') ? [...subject, '…', ...leftWords] : leftWords;
  return [...parts, '[…]', ...rightWords].join(' ').replace(/\s+/g, ' ').trim();
}
