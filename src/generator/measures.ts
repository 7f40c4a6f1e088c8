// Measurements from a small quantity grammar: a number (digits, words, scale words, fractions) with a unit
// ("19 miles", "186-mile", "forty-two kilometers", "half a mile", "14-hundred-foot", "sub-10 seconds"),
// numbers coordinated before one shared unit ("100- and 200-meter": one item per number), composites in the
// smallest unit ("two hours and ten minutes" = 7800 seconds), conversions in parentheses as items of their own,
// and earthquake magnitudes. Ages, "N years ago" (a date), money, percentages and idioms are not measures.
import type { Span } from './article.js';
import { spanAt } from './article.js';
import { AGE_GROUP_NOUNS, FUNCTION_WORDS, MODAL_WORDS, PLACING_WORDS, POSSESSIVE_WORDS, TEMPERATURE_WORDS } from './lexicon.js';
import { FRACTION_SRC, NUMBER_SRC, WORD_NUMBER_SRC, parseFraction, parseNumber } from './numbers.js';
import { agoIsDate } from './dateWords.js';
import type { MeasureCategory } from './units.js';
import { UNIT_SRC, inBase, unitFor, unitRatio } from './units.js';

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
  /** The same quantity given again right after, in parentheses or dashes ("30 kilometres (19 miles)"); `end` is
   * where that conversion's words end, so a question can hide both. */
  converted?: { value: number; unit: string; end: number };
  /** This item is the conversion of the measure before it. */
  conversionOf?: MeasureFact;
}

const SEP = String.raw`(\s*-\s*|\s+|(?=[\p{L}°º]))`;
const END = String.raw`(?![\p{L}\p{N}])(?!-old)(?!\s+old\b)`;
// [sub-] [sign] number (with a glued scale before a unit: "1.5m tonnes", "2bn barrels"), separator (hyphen, space or nothing), unit; no letter right after, and not an age.
const MEASURE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥.,])(?<!(?<!\\d)-)(sub-)?((?:minus|negative)\\s+|[-\u2212](?=\\d))?(${NUMBER_SRC}(?:(?:m|mn|bn)(?=\\s+(?:${UNIT_SRC})(?![\\p{L}])))?)${SEP}(${UNIT_SRC})${END}`,
  'giu',
);
const FRACTION = new RegExp(`(?<![\\p{L}\\p{N}$€£¥.,-])${FRACTION_SRC}(${UNIT_SRC})${END}`, 'giu');
// Adjectival fractions: "a half-mile walk", "a quarter-century", "a three-quarter-mile loop".
// Also "a half mile", "a quarter mile" with a space after the article.
const HYPHEN_FRACTION = new RegExp(`(?<![\\p{L}\\p{N}$€£¥.,-])(?:(?:(${WORD_NUMBER_SRC}|\\d+)[\\s-]+)?(half|quarter|third)-|(?<=(?<!\\band\\s+)\\ban?\\s+)(half|quarter)\\s+)(${UNIT_SRC})${END}`, 'giu');
// "an hour and a half", "a year and a half": one and a half units.
const A_UNIT_AND_A_HALF = new RegExp(`(?<![\\p{L}\\p{N}-])an?\\s+(${UNIT_SRC})\\s+and\\s+a\\s+half(?![\\p{L}-])`, 'giu');
const A_UNIT_HEAD = new RegExp(`(?<![\\p{L}\\p{N}-])an?\\s+(${UNIT_SRC})(?=\\s*,?\\s+(?:and\\s+)?(?:\\d|${WORD_NUMBER_SRC}\\s))`, 'giu');
// A race time in clock notation: "1:42.96" (minutes, seconds), "2:03:59" (hours, minutes, seconds).
const CLOCK_UNIT_AFTER = /^\s+(?:hours?|minutes?|mins?|seconds?|secs?)\b/i;
const RACE_TIME = /(?<![\p{L}\p{N}:.,$])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\p{N}:]|\.\d)/gu;
const RATE_AFTER = /^\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b/i;
const AND_A_HALF = /^\s+and\s+a\s+half(?![\p{L}-])/iu;
// A height in feet and inches without "inches": "the 6-foot-4 center", "6 foot 2".
const FEET_INCHES_AFTER = /^(?:-|\s+)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)(?![\p{L}\p{N}.,]|\s*(?:-|inch|in\b|feet|foot|ft\b))/iu;
const MAGNITUDE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:magnitude(?:\s+of)?[\s-]+(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)[\s-]+magnitude|(\d+(?:\.\d+)?)\s+on\s+the\s+Richter\s+scale|(?<=\b(?:quake|earthquake|temblor|tremor|aftershock)s?\s+(?:measured|registered|measuring|registering)\s+(?:a\s+)?(?:preliminary\s+)?)(\d(?:\.\d+)?))(?![\p{L}\p{N}]|\.\d)`,
  'giu',
);
const QUALIFIER_SRC = 'up to|about|around|roughly|approximately|nearly|almost|some|more than|over|at least|at most|less than|fewer than|under|within|just over|just under|as much as|as many as|as far as|as long as|exactly|only|an estimated|estimated';
const QUALIFIER = new RegExp(`(?:^|\\s)(${QUALIFIER_SRC})\\s+$`, 'i');
// Between a measure and its conversion: an opening parenthesis, a dash or ", or", maybe a qualifier.
const CONVERSION_OPEN = new RegExp(`^\\s*(?:[(\u2014\u2013]|--|,?\\s+or)\\s*(?:(?:${QUALIFIER_SRC}|or)\\s+)?$`, 'i');
const CONVERSION_CLOSE = /^\s*(?:[)\u2014\u2013]|--)/;
/** A conversion is rounded: it may differ from the exact figure by this share ("1,000 kilometers -- about 620 miles"). */
const CONVERSION_TOLERANCE = 0.12;
// Between the parts of a composite: "one hour, 50 minutes and 20 seconds", "six feet four inches".
const COMPOSITE_JOIN = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)$/i;
const AGE_BEFORE = new RegExp(`\\b(?:aged|ages|age\\s+of)\\s+(?:(?:between\\s+)?(?:${NUMBER_SRC})(?:\\s+(?:${UNIT_SRC}))?\\s*(?:to|and|-|–)\\s*)?$`, 'iu');
const AGE_LIMIT_BEFORE = /\b(\p{L}+)\s+(?:aged\s+)?(?:under|over|above|below|younger\s+than|older\s+than)\s+$/iu;
const AGE_AFTER = /^\s+(?:of\s+age|and\s+(?:older|over|above|up|under|younger)|or\s+(?:older|over|above|more|under|younger))\b/i;
const RANGE_BEFORE = new RegExp(`(?:between\\s+|from\\s+)?(${NUMBER_SRC})\\s*(?:to|-|–|and)\\s*$`, 'iu');
// Numbers coordinated before the one carrying the unit: "100- and ", "5, 10 and ", "50 or ".
const COORDINATED_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£¥.,-])((?:${NUMBER_SRC})-?(?:\\s*,\\s*(?:${NUMBER_SRC})-?)*)\\s*,?\\s+(?:and|or|&)\\s+$`, 'iu');
const NUMBER_IN_LIST = new RegExp(NUMBER_SRC, 'giu');
/** Coordinated numbers differ by less than this factor ("100 and 200"); "1996 and 2 years" is no list. */
const MAX_COORDINATED_RATIO = 50;

export function extractMeasures(text: string, body: Span, sentences: readonly Span[]): MeasureFact[] {
  const region = text.slice(body.start, body.end);
  const simple: MeasureFact[] = [];
  const listed: MeasureFact[] = [];
  MEASURE.lastIndex = 0;
  for (let m = MEASURE.exec(region); m; m = MEASURE.exec(region)) {
    const [whole, , sign, num, sep, form] = m as unknown as [string, string | undefined, string | undefined, string, string, string];
    const def = unitFor(form, sep === '');
    if (!def) continue;
    const magnitude = parseNumber(num);
    if (!Number.isFinite(magnitude)) continue;
    const value = sign ? -magnitude : magnitude; // "-40 degrees", "minus 10 degrees Celsius"
    if (sign && def.category !== 'temperature' && def.category !== 'angle') continue;
    const start = body.start + m.index;
    let end = start + whole.length;
    // "two hours and a half": the half belongs to the number.
    const half = AND_A_HALF.exec(text.slice(end, end + 16));
    if (half && !/half/i.test(num)) end += half[0].length;
    if (!isMeasure(text, body, start, end, num, value, def.unit, def.category)) continue;
    const full = half && !/half/i.test(num) ? value + 0.5 : value;
    // A quantity per unit of time: "500,000 barrels a day", "2 inches an hour", "4 million hectares a year".
    const rate = def.category === 'duration' || def.category === 'speed' || def.category === 'flow' ? null : RATE_AFTER.exec(text.slice(end, end + 16));
    const fact = feetAndInches(text, form, sep, value, start, end)
      ?? (rate ? newFact(text, start, end + rate[0].length, full, `${def.unit} per ${rate[1]!.toLowerCase()}`, 'rate')
        : newFact(text, start, end, full, def.unit, def.category));
    const numStart = start + whole.indexOf(num, m[1] ? 4 : 0);
    const list = m[1] || sign ? null : coordinated(text, body, numStart, fact);
    if (list) listed.push(...list);
    else {
      const low = addRange(text, body, fact);
      if (low) listed.push(low);
    }
    simple.push(fact);
  }
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(region); m; m = FRACTION.exec(region)) {
    const def = unitFor(m[4]!, false);
    const value = m[3] ? 0.5 : parseFraction(m[1], m[2]!);
    if (!def || !Number.isFinite(value)) continue;
    const start = body.start + m.index;
    simple.push(newFact(text, start, start + m[0].length, value, def.unit, def.category));
  }
  A_UNIT_AND_A_HALF.lastIndex = 0;
  for (let m = A_UNIT_AND_A_HALF.exec(region); m; m = A_UNIT_AND_A_HALF.exec(region)) {
    const def = unitFor(m[1]!, false);
    if (!def) continue;
    const start = body.start + m.index;
    simple.push(newFact(text, start, start + m[0].length, 1.5, def.unit, def.category));
  }
  // "an hour and 20 minutes", "a year, three months": "a"/"an" + unit counts only as the head of a composite.
  const heads = new Set<MeasureFact>();
  A_UNIT_HEAD.lastIndex = 0;
  for (let m = A_UNIT_HEAD.exec(region); m; m = A_UNIT_HEAD.exec(region)) {
    const def = unitFor(m[1]!, false);
    if (!def) continue;
    const start = body.start + m.index;
    const head = newFact(text, start, start + m[0].length, 1, def.unit, def.category);
    heads.add(head);
    simple.push(head);
  }
  HYPHEN_FRACTION.lastIndex = 0;
  for (let m = HYPHEN_FRACTION.exec(region); m; m = HYPHEN_FRACTION.exec(region)) {
    const def = unitFor(m[4]!, false);
    const value = parseFraction(m[1] ?? 'a', (m[2] ?? m[3])!);
    if (!def || !Number.isFinite(value)) continue;
    const start = body.start + m.index;
    simple.push(newFact(text, start, start + m[0].length, value, def.unit, def.category));
  }
  RACE_TIME.lastIndex = 0;
  for (let m = RACE_TIME.exec(region); m; m = RACE_TIME.exec(region)) {
    if (!m[4] && !m[3]) continue; // "10:30" is a time of day, "3:16" a verse: only m:ss.xx or h:mm:ss is a race time
    if (/^\s*(?:[ap]\.?m\b|GMT|UTC|local)/i.test(text.slice(body.start + m.index + m[0].length, body.start + m.index + m[0].length + 8))) continue;
    const parts = [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
    const secs = parts.reduce((acc, p) => acc * 60 + p, 0) + Number(m[4] ?? 0);
    const start = body.start + m.index;
    // "1:54.82 minutes": the unit word after a clock time belongs to it; the notation fixes the value.
    const unit = CLOCK_UNIT_AFTER.exec(text.slice(start + m[0].length, start + m[0].length + 12));
    simple.push(newFact(text, start, start + m[0].length + (unit?.[0].length ?? 0), Number(secs.toPrecision(12)), 'second', 'duration'));
  }
  simple.sort((a, b) => a.start - b.start);
  const taken = [...composites(text, simple).filter((f) => !heads.has(f)), ...listed].sort((a, b) => a.start - b.start);
  const out = [...taken];
  // Magnitudes come in text order: one pointer walks the quantities already taken (linear, not pairwise).
  let j = 0;
  MAGNITUDE.lastIndex = 0;
  for (let m = MAGNITUDE.exec(region); m; m = MAGNITUDE.exec(region)) {
    const start = body.start + m.index;
    const end = start + m[0].length;
    while (j < taken.length && taken[j]!.end <= start) j++;
    if (j < taken.length && taken[j]!.start < end) continue;
    out.push(newFact(text, start, end, Number(m[1] ?? m[2] ?? m[3] ?? m[4]), 'magnitude', 'magnitude'));
  }
  out.sort((a, b) => a.start - b.start);
  linkConversions(text, out);
  temperatureScale(text, out, sentences);
  for (const f of out) {
    const q = QUALIFIER.exec(text.slice(Math.max(body.start, f.start - 25), f.start));
    if (q) f.qualifier = q[1]!.toLowerCase();
    f.text = text.slice(f.start, f.end);
    f.what = describe(text, f, sentences);
  }
  return out;
}

function newFact(text: string, start: number, end: number, value: number, unit: string, category: MeasureCategory): MeasureFact {
  return { text: text.slice(start, end), value, unit, start, end, category, what: '', qualifier: null };
}

/** Readings of "number + unit" that are no measure: ages, "N years ago", "One day, …", "one foot in …". */
function isMeasure(text: string, body: Span, start: number, end: number, num: string, value: number, unit: string, category: MeasureCategory): boolean {
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(body.start, start - 60), start);
  // "1:54.82 minutes": the seconds of a clock time, which the race-time reading takes whole.
  if (/\d:$/.test(before)) return false;
  // Ages: "children aged one month to five years", "at the age of 12 years", "65 years of age", "18 years and older".
  if (category === 'duration' && (AGE_BEFORE.test(before) || AGE_AFTER.test(after))) return false;
  // "children under 5 years", "people over 65 years": a group of people by age.
  const group = AGE_LIMIT_BEFORE.exec(before);
  if (unit === 'year' && group && AGE_GROUP_NOUNS.has(group[1]!.toLowerCase())) return false;
  // "three years ago", "five days ago" name a time (a date, read by the dates module), not a length of time;
  // "10,000 years ago" is deep time, and weeks or months ago are measured as the corpus does ("eight months ago").
  if (/^\s+ago\b/i.test(after) && agoIsDate(unit, value)) return false;
  if (/^one$/i.test(num) && category === 'duration' && /^\s*,/.test(after) && unit === 'day' && isSentenceInitial(text, start)) return false; // "One day, …" (someday)
  const prev = /([\p{L}]+)\W*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // The ordinal in a compound: "one second-half goal", "a second-hand car".
  if (unit === 'second' && /^-\p{L}/u.test(text.slice(end, end + 2))) return false;
  // The body part: "put one foot in front of the other", "has one foot in the past", "on his own two feet".
  if (unit === 'foot' && /^(?:one|two)$/i.test(num)) {
    if (PLACING_WORDS.has(prev) && /^\s+(?:in|on|into|out|off|inside|over)\b/i.test(after)) return false;
    if (POSSESSIVE_WORDS.has(prev)) return false;
  }
  // "could one day replace", "hopes to one day run": some day, not a day long.
  if (unit === 'day' && /^one$/i.test(num) && MODAL_WORDS.has(prev)) {
    const next = /^\s+([a-z]+)\b/.exec(after)?.[1];
    if (next && !FUNCTION_WORDS.has(next)) return false;
  }
  return true;
}

function isSentenceInitial(text: string, at: number): boolean {
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, at - 4), at));
}

/** "the 6-foot-4 center", "6 foot 2": one height in inches; null when no inches follow. */
function feetAndInches(text: string, form: string, sep: string, feet: number, start: number, end: number): MeasureFact | null {
  if (!/^foot$/i.test(form) && !(/^feet$/i.test(form) && sep.trim() === '-')) return null;
  if (!Number.isInteger(feet) || feet <= 0 || feet > 9) return null;
  const m = FEET_INCHES_AFTER.exec(text.slice(end, end + 12));
  if (!m) return null;
  const inches = parseNumber(m[1]!);
  if (!(inches < 12)) return null;
  return newFact(text, start, end + m[0].length, feet * 12 + inches, 'inch', 'distance');
}

/** A bare "degrees" in a sentence about temperature takes the scale the article names ("40 degrees Celsius …
 * 42 degrees the next day"), when it names exactly one. */
function temperatureScale(text: string, facts: MeasureFact[], sentences: readonly Span[]): void {
  const scales = new Set(facts.filter((f) => f.category === 'temperature').map((f) => f.unit));
  if (scales.size !== 1) return;
  const [scale] = scales;
  const aboutHeat = new Map<number, boolean>(); // each sentence is read once, however many figures it holds
  for (const f of facts) {
    if (f.unit !== 'degree') continue;
    const sent = spanAt(sentences, f.start);
    if (!sent) continue;
    let heat = aboutHeat.get(sent.start);
    if (heat === undefined) {
      heat = text.slice(sent.start, sent.end).toLowerCase().split(/[^\p{L}]+/u).some((w) => TEMPERATURE_WORDS.has(w));
      aboutHeat.set(sent.start, heat);
    }
    if (heat) { f.unit = scale!; f.category = 'temperature'; }
  }
}

/**
 * A range. "between two hundred and four hundred degrees" is one item, value the upper bound. "5 to 10 miles"
 * names two quantities sharing a unit, like "5 and 10 miles": the lower bound is returned as an item of its own,
 * spanning its number. Both keep `valueMin`, so neither is asked as a single answer.
 */
function addRange(text: string, body: Span, fact: MeasureFact): MeasureFact | null {
  const before = text.slice(Math.max(body.start, fact.start - 40), fact.start);
  const range = RANGE_BEFORE.exec(before);
  if (!range || (/and\s*$/.test(before) && !/^(?:between|from)\s/i.test(range[0]))) return null;
  const lo = parseNumber(range[1]!);
  if (!Number.isFinite(lo) || lo >= fact.value) return null;
  fact.valueMin = lo;
  if (/^(?:between|from)\s/i.test(range[0]) || !/\bto\s*$/i.test(range[0])) {
    fact.start -= range[0].length;
    return null;
  }
  const start = fact.start - before.length + range.index;
  const low = newFact(text, start, start + range[1]!.length, lo, fact.unit, fact.category);
  low.valueMin = lo;
  return low;
}

/** The numbers listed before `fact`'s own that share its unit ("the 100- and 200-meter races"): one item each,
 * spanning its number. Null when there is no such list (or it is a range "between … and …"). */
function coordinated(text: string, body: Span, numStart: number, fact: MeasureFact): MeasureFact[] | null {
  const from = Math.max(body.start, numStart - 80);
  const before = text.slice(from, numStart);
  const list = COORDINATED_BEFORE.exec(before);
  if (!list || /\b(?:between|from)\s+$/i.test(before.slice(0, list.index))) return null;
  const items: MeasureFact[] = [];
  NUMBER_IN_LIST.lastIndex = 0;
  for (let n = NUMBER_IN_LIST.exec(list[1]!); n; n = NUMBER_IN_LIST.exec(list[1]!)) {
    const value = parseNumber(n[0]);
    if (!(value > 0) || fact.value / value > MAX_COORDINATED_RATIO || value / fact.value > MAX_COORDINATED_RATIO) return null;
    const start = from + list.index + n.index;
    items.push(newFact(text, start, start + n[0].length, value, fact.unit, fact.category));
  }
  return items.length > 0 ? items : null;
}

/** Adjacent measures of one family, each smaller than one of the unit before ("15 minutes, 41.40 seconds"),
 * become one measure in the smallest unit. */
function composites(text: string, simple: MeasureFact[]): MeasureFact[] {
  const out: MeasureFact[] = [];
  for (const f of simple) {
    const prev = out.at(-1);
    const ratio = prev ? unitRatio(prev.unit, f.unit) : null;
    if (prev && ratio && prev.valueMin === undefined && f.valueMin === undefined && Number.isInteger(prev.value)
      && prev.value > 0 && f.value >= 0 && f.value < ratio && COMPOSITE_JOIN.test(text.slice(prev.end, f.start))) {
      const value = Number((prev.value * ratio + f.value).toPrecision(12)); // 3 min 29.58 s = 209.58, not 209.5799…
      out[out.length - 1] = newFact(text, prev.start, f.end, value, f.unit, f.category);
    } else out.push(f);
  }
  return out;
}

/** "30 kilometres (19 miles)", "10,000 metres — about 33,000 feet —", "1,000 kilometers, or 620 miles": the
 * second is its own item, linked to the first when it is the same quantity in another unit. */
function linkConversions(text: string, facts: MeasureFact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const a = facts[i - 1]!;
    const b = facts[i]!;
    if (a.conversionOf || a.unit === b.unit || !CONVERSION_OPEN.test(text.slice(a.end, b.start))) continue;
    const x = inBase(a.value, a.unit);
    const y = inBase(b.value, b.unit);
    const same = x && y && x.dim === y.dim
      && Math.abs(x.value - y.value) <= CONVERSION_TOLERANCE * Math.max(Math.abs(x.value), Math.abs(y.value), x.dim === 'temperature' ? 10 : 0);
    if (!same) continue;
    const close = CONVERSION_CLOSE.exec(text.slice(b.end, b.end + 5));
    a.converted = { value: b.value, unit: b.unit, end: b.end + (close ? close[0].length : 0) };
    b.conversionOf = a;
  }
}

/** A short phrase around the quantity, within its clause: "Kharkiv … is … from the border with Russia". */
function describe(text: string, f: { start: number; end: number }, sentences: readonly Span[]): string {
  const sent = spanAt(sentences, f.start) ?? { start: Math.max(0, f.start - 80), end: Math.min(text.length, f.end + 80) };
  // Bounded windows: a sentence of a megabyte with thousands of figures stays linear.
  const left = text.slice(Math.max(sent.start, f.start - 200), f.start);
  const right = text.slice(f.end, Math.min(sent.end, f.end + 200));
  const leftWords = left.split(/[,;:()\u2014]/).at(-1)!.trim().split(/\s+/).filter(Boolean).slice(-7);
  const rightWords = right.split(/[,;:()\u2014]|[.!?](?:\s|$)/)[0]!.trim().split(/\s+/).filter(Boolean).slice(0, 7);
  const subject = text.slice(sent.start, Math.min(f.start, sent.start + 100)).trim().split(/\s+/).slice(0, 4);
  const parts = leftWords.length < 3 && subject.join(' ') !== leftWords.join(' ') ? [...subject, '…', ...leftWords] : leftWords;
  return [...parts, '[…]', ...rightWords].join(' ').replace(/\s+/g, ' ').trim();
}
