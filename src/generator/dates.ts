// Dates: absolute ("February 2022", "May 10th", "1953") and relative ("Friday", "early Friday",
// "earlier this year", "Today") expressions, resolved against the dateline only as far as it allows.
import type { Dateline, Span } from './article.js';
import { spanAt } from './article.js';
import { agoPhrases, dayOf, decadesAndCenturies, ORDINAL_DAY_SRC, spelledYearsAndSpans } from './dateWords.js';
import { DESIGNATION_NOUNS, GENERIC_NOW_NOUNS, IRREGULAR_PAST, MONTHS, SPEECH_VERB_SRC, STREET_WORDS, WEEKDAYS } from './lexicon.js';

export interface DateEvent {
  sentenceStart: number;
  sentenceEnd: number;
  /** The clause the date sits in (best effort), e.g. "Secretary of State Antony Blinken said Friday". */
  clause: string;
  /** The date modifies a speech verb ("said Friday"): it dates the saying, not the reported event. */
  speech: boolean;
}

export interface DateFact {
  text: string;
  value: string | null;
  start: number;
  end: number;
  precision: 'year' | 'month' | 'day' | null;
  kind: 'absolute' | 'relative';
  event: DateEvent;
}

interface Ref { y: number; m: number; d: number | null }
interface Raw { start: number; end: number; value: string | null; kind: 'absolute' | 'relative' }

// Month and weekday names come from the lexicon, capitalised as news copy writes them ("Sept." before "Sep.").
const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const MONTH_SRC = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).map((w) => capital(w).replace('.', '\\.')).join('|')})`;
const DAY_SRC = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
// A day as a numeral or an ordinal word: "May 5", "May 5th", "May fifth".
const ANY_DAY_SRC = `(?:([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?|(?:the\\s+)?(${ORDINAL_DAY_SRC})(?!-))`;
const YEAR_SRC = '(1[89]\\d\\d|20\\d\\d)';
const WEEKDAY_SRC = `(${Object.keys(WEEKDAYS).map(capital).join('|')})`;
const END = '(?![\\p{L}\\p{N}]|,\\d)';

const RE_MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH_SRC}\\s+${ANY_DAY_SRC}(?:,?\\s+${YEAR_SRC})?${END}`, 'gu');
const RE_DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N},.])${DAY_SRC}\\s+(?:of\\s+)?${MONTH_SRC}(?:,?\\s+${YEAR_SRC})?${END}`, 'gu');
// An ordinal word before the month needs "of": "the fifth of November" ("second May" is rarely a date).
const RE_WORD_DAY_MONTH = new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?(${ORDINAL_DAY_SRC})\\s+of\\s+${MONTH_SRC}(?:,?\\s+${YEAR_SRC})?${END}`, 'gu');
// A span of years is one date with an ISO interval value: "1999-2008", "1914–18", "from 1999 to 2008".
const RE_YEAR_SPAN = new RegExp(`(?<![\\p{L}\\p{N}$€£#,.\\-/])(?:(?:[Ff]rom|[Bb]etween)\\s+${YEAR_SRC}\\s+(?:to|and|through|until|till)\\s+${YEAR_SRC}|${YEAR_SRC}(?:\\s*[-\u2013\u2014]\\s*|\\/)(1[89]\\d\\d|20\\d\\d|\\d\\d))(?![\\p{N}]|[-/]\\d|-(?:year|old))`, 'gu');
const RE_MONTH_YEAR = new RegExp(`(?<![\\p{L}])(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?${MONTH_SRC},?\\s+(?:of\\s+)?${YEAR_SRC}${END}`, 'gu');
const RE_MONTH = new RegExp(`(?<![\\p{L}])(?:(?:[Ee]arly|[Ll]ate|[Mm]id-)\\s*)?${MONTH_SRC}(?![\\p{L}])`, 'gu');
const RE_WEEKDAY = new RegExp(`(?<![\\p{L}])(?:([Ee]arly|[Ll]ate)\\s+)?(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?${WEEKDAY_SRC}(?:\\s+(morning|afternoon|evening|night))?(?![\\p{L}])`, 'gu');
// Weeks are not annotated as dates (the corpus rules name days, weekdays, months, years and parts of a day).
// The possessive names the same time: "last year's harvest" (the item is "last year").
const RE_REL_PERIOD = new RegExp(`(?<![\\p{L}])(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?([Tt]his|[Ll]ast|[Nn]ext)\\s+(year|month)(?![\\p{L}])`, 'gu');
// Fixed-date holidays name a day: "New Year's Day", "Christmas Eve".
const RE_HOLIDAY = /(?<![\p{L}])(New Year['\u2019]s (?:Day|Eve)|Christmas (?:Day|Eve)|Valentine['\u2019]s Day|Halloween|(?<=\b(?:on|at|by|before|after|since|until|over|for|during)\s+)Christmas)(?![\p{L}])/gu;
const HOLIDAYS: Record<string, [number, number]> = {
  "new year's day": [1, 1], "new year's eve": [12, 31], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  christmas: [12, 25], "valentine's day": [2, 14], halloween: [10, 31],
};
const RE_REL_DAY = /(?<![\p{L}])(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:\s+(morning|afternoon|evening|night))?|([Tt]his|[Ll]ast)\s+(morning|afternoon|evening|night))(?![\p{L}])/gu;
const RE_YEAR = new RegExp(`(?<![\\p{L}\\p{N}$€£#,.\\-/])(?:([Ee]arly|[Ll]ate|[Mm]id)[-\\s])?(1\\d{3}|20\\d\\d)(?![\\p{N}]|,\\d|\\.\\d|\\s*(?:%|percent|per cent)|s\\b|-(?:year|old))`, 'gu');
// Months that are also common words/names ("may", "march"): need a date-like neighbour.
const AMBIGUOUS_MONTHS = new Set(['May', 'March', 'June', 'August', 'April']);
const MONTH_CONTEXT = /(?:\b(?:in|since|until|till|by|from|through|of|early|late|mid|last|next|this|during|between|before|after|and|or|to|on|each|every|until|around|as of)\s+|mid-)$/i;
// Tense of a date's clause. The future from the dateline needs a present or future form ("will", "is set to",
// "plans to"); a bare participle ("expected on Thursday") only when no past verb tells the clause; a future seen
// from the past ("would", "was expected to") counts from an earlier day of the sentence.
const FUTURE_CUE = /(?:\b(?:will|shall|next|upcoming|later\s+this)|'ll|\u2019ll|\b(?:is|are|am|'s|\u2019s)\s+(?:(?:now|also|still|not)\s+)?(?:going|set|scheduled|expected|due|planned|slated|poised|to)|\bplans?\s+to)\b/i;
const PAST_FUTURE_CUE = /\b(?:would|(?:was|were)\s+(?:(?:now|also|still|not)\s+)?(?:going|set|scheduled|expected|due|planned|slated|poised|to))\b/i;
// A present-tense clause with a weekday tells what is coming ("has three races left on Friday"); a perfect does not.
const PRESENT_CUE = new RegExp(`\\b(?:is|are|has|have|remains?)\\b(?!\\s+(?:not\\s+)?(?:been|[a-z]{3,}ed|${[...IRREGULAR_PAST].join('|')})\\b)`);
const PAST_PREPOSITION = /\b(?:since|after|following|ago|last)\b/i;
const BARE_FUTURE = /\b(?:scheduled|planned|expected|slated|due)\b/gi;
const PAST_CUE = new RegExp(`\\b(?:${[...IRREGULAR_PAST].join('|')}|[a-z]{3,}ed)\\b`);
const UNIT_AFTER = /^\s+(?:people|persons|troops|soldiers|residents|homes|houses|km|kilomet|miles?|meters?|metres?|feet|tons?|tonnes|pounds|kilograms|kg|acres|hectares|barrels|dollars|euros|votes|cases|deaths)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** 0 = Sunday; day 0 (1970-01-01) was a Thursday. */
const weekdayOf = (days: number) => (((days + 4) % 7) + 7) % 7;
const daysFromCivil = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86400000;
const civil = (days: number): [number, number, number] => {
  const dt = new Date(days * 86400000);
  return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
};

function refOf(dateline: Dateline | null): Ref | null {
  if (!dateline) return null;
  const [y, m, d] = dateline.value.split('-').map(Number);
  if (!y) return null;
  return { y, m: m ?? 0, d: d ?? null };
}

type Tense = 'past' | 'future' | 'pastFuture' | null;

/** Picks the year for a month (and day) without one: the nearest occurrence, leaning to the clause's tense. */
function inferYear(ref: Ref | null, month: number, day: number | null, tense: Tense): number | null {
  if (!ref || !ref.m) return null;
  let best: { y: number; score: number } | null = null;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    let diff: number;
    if (ref.d !== null && day !== null) diff = daysFromCivil(y, month, day) - daysFromCivil(ref.y, ref.m, ref.d);
    else diff = ((y - ref.y) * 12 + (month - ref.m)) * 30;
    const pastW = tense === 'future' ? 50 : 1; // "will … on December 21" is the next one, a future told in the past leans back
    const futureW = tense === 'future' ? 1 : tense === 'past' ? 50 : tense === 'pastFuture' ? 8 : 2; // told in the past: not after the dateline
    const score = diff <= 0 ? pastW * -diff : futureW * diff;
    if (!best || score < best.score) best = { y, score };
  }
  return best!.y;
}

function monthNum(s: string): number {
  return MONTHS[s.toLowerCase()] ?? 0;
}

export function extractDates(text: string, body: Span, dateline: Dateline | null, sentences: readonly Span[]): DateFact[] {
  const ref = refOf(dateline);
  const region = text.slice(body.start, body.end);
  const raws: Raw[] = [];
  const sentenceAt = (at: number) => spanAt(sentences, at) ?? { start: at, end: at };
  // Future only when the date's own clause says so, and never for the date of a saying ("said Tuesday").
  const tenseAt = (at: number, end: number): Tense => {
    const ev = eventOf(text, sentenceAt(at), { start: at, end, value: null, kind: 'relative' });
    if (ev.speech) return 'past';
    if (PAST_FUTURE_CUE.test(ev.clause)) return 'pastFuture';
    if (FUTURE_CUE.test(ev.clause)) return 'future';
    const rest = ev.clause.replace(BARE_FUTURE, '');
    if (PAST_CUE.test(rest)) return 'past';
    if (rest === ev.clause) return null;
    // A bare participle ("expected on Thursday") takes the tense of the sentence's finite verbs.
    const sentence = text.slice(ev.sentenceStart, ev.sentenceEnd);
    if (FUTURE_CUE.test(sentence)) return 'future';
    return PAST_CUE.test(sentence.replace(BARE_FUTURE, '')) ? 'past' : 'future';
  };
  const scan = (re: RegExp, fn: (m: RegExpExecArray, start: number, end: number) => Raw | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const start = body.start + m.index;
      const r = fn(m, start, start + m[0].length);
      if (r) raws.push(r);
    }
  };

  scan(RE_MONTH_DAY, (m, s, e) => {
    const mo = monthNum(m[1]!); const d = dayOf(m[2] ?? m[3]!);
    const y = m[4] ? Number(m[4]) : inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
  scan(RE_DAY_MONTH, (m, s, e) => {
    const mo = monthNum(m[2]!); const d = Number(m[1]);
    const y = m[3] ? Number(m[3]) : inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
  scan(RE_WORD_DAY_MONTH, (m, s, e) => {
    const mo = monthNum(m[2]!); const d = dayOf(m[1]!);
    const y = m[3] ? Number(m[3]) : inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
  scan(RE_YEAR_SPAN, (m, s, e) => {
    const from = Number(m[1] ?? m[3]);
    const toRaw = m[2] ?? m[4]!;
    let to = Number(toRaw);
    if (toRaw.length === 2) to += Math.floor(from / 100) * 100 + (to + Math.floor(from / 100) * 100 <= from ? 100 : 0); // 1999-00
    if (to <= from) return null; // "2010-05" is a month, "1990-1985" no span
    return { start: s, end: e, value: `${from}/${to}`, kind: 'absolute' };
  });
  for (const w of [...spelledYearsAndSpans(region), ...decadesAndCenturies(region)]) {
    raws.push({ start: body.start + w.start, end: body.start + w.end, value: w.value, kind: 'absolute' });
  }
  // "N years ago" counts back from the dateline, at the precision the unit and the dateline allow.
  for (const a of agoPhrases(region)) {
    let value: string | null = null;
    if (ref && a.unit === 'year') value = String(ref.y - a.count);
    else if (ref && ref.d !== null && a.unit === 'day') value = ymd(...civil(daysFromCivil(ref.y, ref.m, ref.d) - a.count));
    raws.push({ start: body.start + a.start, end: body.start + a.end, value, kind: 'relative' });
  }
  scan(RE_MONTH_YEAR, (m, s, e) => ({ start: s, end: e, value: `${m[2]}-${pad(monthNum(m[1]!))}`, kind: 'absolute' }));
  scan(RE_MONTH, (m, s, e) => {
    const name = m[1]!;
    const before = text.slice(Math.max(body.start, s - 12), s);
    const prefixed = m[0] !== name;
    if (AMBIGUOUS_MONTHS.has(name) && !prefixed && !MONTH_CONTEXT.test(before)) return null;
    if (/^\s+\p{Lu}\p{Ll}/u.test(text.slice(e, e + 3)) && !prefixed && !MONTH_CONTEXT.test(before)) return null; // "June Smith"
    const mo = monthNum(name);
    const y = inferYear(ref, mo, null, tenseAt(s, e));
    return { start: s, end: e, value: y ? `${y}-${pad(mo)}` : null, kind: 'absolute' };
  });
  scan(RE_REL_DAY, (m, s, e) => {
    const word = (m[1] ?? m[3] ?? '').toLowerCase();
    const shift = word === 'yesterday' || (word === 'last' && m[4] === 'night') ? -1 : word === 'tomorrow' ? 1 : 0;
    if (word === 'last' && m[4] !== 'night') return null; // "last morning" is not idiomatic
    if (word === 'today' && !m[2] && genericToday(text, e) && tenseAt(s, e) === null) return null;
    if (isTitleWord(text, s, m[0])) return null; // "USA Today", "The Tonight Show"
    const value = ref && ref.d !== null ? ymd(...civil(daysFromCivil(ref.y, ref.m, ref.d) + shift)) : null;
    return { start: s, end: e, value, kind: 'relative' };
  });
  // A weekday in a clause whose future is told in the past ("was expected to begin on Saturday") is the first
  // such day from the sentence's earlier day ("said on Friday"); the days found so far are the anchors.
  const anchors = raws.filter((r) => r.value?.length === 10).sort((a, b) => a.start - b.start);
  let ai = 0;
  let lastWeekday: Raw | null = null;
  let lastTense: Tense = null;
  scan(RE_WEEKDAY, (m, s, e) => {
    // "the Sunday Times", "the Monday Night Football": a weekday between "the" and a capitalised word is a name.
    if (!m[1] && !m[2] && !m[4] && /\b[Tt]he\s+$/.test(text.slice(Math.max(0, s - 5), s))
      && /^\s+\p{Lu}/u.test(text.slice(e, e + 3)) && !RE_MONTH_NEXT.test(text.slice(e, e + 12))) return null;
    const which = m[2]?.toLowerCase() ?? '';
    const wd = WEEKDAYS[m[3]!.toLowerCase()]!;
    let value: string | null = null;
    if (ref && ref.d !== null) {
      const today = daysFromCivil(ref.y, ref.m, ref.d);
      const wd0 = weekdayOf(today);
      let delta: number;
      if (which === 'last') delta = -(((wd0 - wd + 7) % 7) || 7);
      else if (which === 'next') delta = ((wd - wd0 + 7) % 7) || 7;
      else {
        // A weekday listed after another ("on Friday, Saturday and Sunday") shares its tense.
        const listed = lastWeekday && /^(?:\s*,)?\s*(?:and|or)?\s*$/.test(text.slice(lastWeekday.end, s));
        const tense = which === 'this' ? 'future' : listed ? lastTense : weekdayTense(tenseAt(s, e), s, e);
        lastTense = tense;
        while (ai < anchors.length && anchors[ai]!.end <= s) ai++;
        const sentenceStart = sentenceAt(s).start;
        const earlier = [anchors[ai - 1], lastWeekday].filter((r): r is Raw => !!r?.value && r.start >= sentenceStart)
          .sort((a, b) => b.start - a.start)[0];
        if (tense === 'pastFuture' && earlier) {
          const [y, mo, d] = earlier.value!.split('-').map(Number) as [number, number, number];
          const from = daysFromCivil(y, mo, d);
          delta = from - today + ((wd - weekdayOf(from) + 7) % 7);
        } else if (tense === 'future' || (tense === 'pastFuture' && (speechBefore(text, sentenceStart, s) || !toldAsPast(s)))) {
          delta = (wd - wd0 + 7) % 7;
        }
        else delta = -((wd0 - wd + 7) % 7); // news reports the past: most recent such day, the dateline's own included
      }
      value = ymd(...civil(today + delta));
    }
    const r: Raw = { start: s, end: e, value, kind: 'relative' };
    lastWeekday = r;
    return r;
  });
  // "was expected to hit by Friday" is still ahead unless the sentence tells what happened instead ("but sank").
  function toldAsPast(at: number): boolean {
    const { start, end } = sentenceAt(at);
    return PAST_CUE.test(text.slice(start, end).replace(new RegExp(PAST_FUTURE_CUE.source + String.raw`(?:\s+to)?(?:\s+\w+)?`, 'gi'), ''));
  }
  function weekdayTense(tense: Tense, s: number, e: number): Tense {
    if (tense !== null) return tense;
    const { clause } = eventOf(text, sentenceAt(s), { start: s, end: e, value: null, kind: 'relative' });
    return PRESENT_CUE.test(clause) && !PAST_PREPOSITION.test(clause) ? 'future' : null;
  }
  scan(RE_REL_PERIOD, (m, s, e) => {
    const which = m[2]!.toLowerCase();
    const unit = m[3]!;
    const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
    let value: string | null = null;
    if (ref && unit === 'year') value = String(ref.y + shift);
    else if (ref && ref.m && unit === 'month') {
      const idx = ref.y * 12 + ref.m - 1 + shift;
      value = `${Math.floor(idx / 12)}-${pad((idx % 12) + 1)}`;
    }
    return { start: s, end: e, value, kind: 'relative' };
  });
  scan(RE_HOLIDAY, (m, s, e) => {
    const [mo, d] = HOLIDAYS[m[1]!.toLowerCase().replace(/\u2019/g, "'")]!;
    const y = inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
  scan(RE_YEAR, (m, s, e) => {
    const y = Number(m[2]);
    const before = text.slice(Math.max(body.start, s - 12), s);
    if (y < 1800 && !/\b(?:in|since|of|by|from|until|till|before|after|around|circa|c\.)\s+$/i.test(before)) return null;
    if (UNIT_AFTER.test(text.slice(e, e + 20))) return null;
    if (isDesignation(text, s, e)) return null;
    return { start: s, end: e, value: String(y), kind: 'absolute' };
  });
  scanNumeric(region, body.start, raws);

  // Keep the longest match where expressions overlap ("February 2022" over "February" and "2022").
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const r of raws) {
    const last = kept.at(-1);
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    // A weekday in apposition to a day of the month is one date ("Thursday 6 October", "this Sunday, March 19").
    if (last && last.kind === 'relative' && r.kind === 'absolute' && RE_WEEKDAY_ONLY.test(text.slice(last.start, last.end))
      && /^,?\s+(?:the\s+)?$/.test(text.slice(last.end, r.start)) && (r.value === null || r.value.length === 10)
      && RE_HAS_DAY.test(text.slice(r.start, r.end))) {
      const value = r.value && !RE_HAS_YEAR.test(text.slice(r.start, r.end)) ? yearByWeekday(r.value, text.slice(last.start, last.end)) : r.value;
      kept[kept.length - 1] = { start: last.start, end: r.end, value: value ?? last.value, kind: 'absolute' };
      continue;
    }
    kept.push(r);
  }
  return kept.map((r) => {
    const s = sentenceAt(r.start);
    return {
      text: text.slice(r.start, r.end), value: r.value, start: r.start, end: r.end,
      precision: r.value ? (['year', 'month', 'day'] as const)[r.value.split('-').length - 1]! : null,
      kind: r.kind, event: eventOf(text, s, r),
    };
  });
}

const RE_WEEKDAY_ONLY = new RegExp(`^(?:(?:[Tt]his|[Ll]ast|[Nn]ext)\\s+)?${WEEKDAY_SRC}$`);
const RE_HAS_YEAR = /\d{4}/;
const RE_MONTH_NEXT = new RegExp(`^\\s+${MONTH_SRC}`);

/** A capitalised "Today"/"Tonight" after a word of the same sentence is part of a name ("USA Today", "NBC's Today"). */
function isTitleWord(text: string, start: number, words: string): boolean {
  return /^T/.test(words) && /[\p{L}\p{N}]\s+$/u.test(text.slice(Math.max(0, start - 3), start));
}

/** The weekday fixes the year a month-day leaves open: of the inferred year and its neighbours, the one where
 * "Sunday, March 19" is a Sunday (kept as inferred when none or several fit). */
function yearByWeekday(value: string, words: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const wd = WEEKDAYS[RE_WEEKDAY_ONLY.exec(words)![1]!.toLowerCase()]!;
  if (weekdayOf(daysFromCivil(y, m, d)) === wd) return value;
  const fits = [y - 1, y + 1].filter((yy) => weekdayOf(daysFromCivil(yy, m, d)) === wd);
  return fits.length === 1 ? ymd(fits[0]!, m, d) : value;
}
const RE_HAS_DAY = new RegExp(`\\d|${ORDINAL_DAY_SRC}`, 'i');

/** A year-like number that is part of a name: "Route 2008", "asteroid 1998 QE2", "1600 Pennsylvania Avenue". */
function isDesignation(text: string, start: number, end: number): boolean {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  if (before && (DESIGNATION_NOUNS.has(before) || before === '#')) return true;
  const after = text.slice(end, end + 60);
  if (/^\s+\p{Lu}{1,3}\d+\b/u.test(after)) return true; // a catalogue code follows: "2006 QV89"
  // A house number: capitalised words ending in a street word follow ("Pennsylvania Avenue", "Main St.").
  const names = /^\s+((?:\p{Lu}[\p{L}.]*(?:\s+|$)){2,4})/u.exec(after)?.[1]?.trim().split(/\s+/) ?? [];
  return names.slice(1).some((w) => STREET_WORDS.has(w) || STREET_WORDS.has(w.replace(/\.$/, '')));
}

/** "Today's" meaning nowadays: a plural or generic head ("today's teenagers", "today's modern world"). */
function genericToday(text: string, end: number): boolean {
  const m = /^['\u2019]s\s+([a-z]+)(?:\s+([a-z]+))?/.exec(text.slice(end, end + 40));
  if (!m) return false;
  const plural = (w: string | undefined) => !!w && /[^su]s$/.test(w);
  return GENERIC_NOW_NOUNS.has(m[1]!) || plural(m[1]) || (!!m[2] && (GENERIC_NOW_NOUNS.has(m[2]) || plural(m[2])));
}

/** A speech verb earlier in the sentence: a future told in the past is then reported speech, seen from the dateline. */
function speechBefore(text: string, sentenceStart: number, at: number): boolean {
  return SPEECH_ANY.test(text.slice(sentenceStart, at));
}
// Speech verbs in lower case only: "the United States last year" is no "states" of saying.
const SPEECH_ANY = new RegExp(`\\b(?:${SPEECH_VERB_SRC})\\b`);

const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB_SRC})\\s+(?:(?:on|late|early|in\\s+a\\s+statement|in\\s+an\\s+interview)\\s+)?$`);
const SPEECH_AFTER = new RegExp(`^(?:\\s*,)?\\s+(?:${SPEECH_VERB_SRC})\\b`);

function eventOf(text: string, s: Span, r: Raw): DateEvent {
  const before = text.slice(s.start, r.start);
  const after = text.slice(r.end, s.end);
  const speech = SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(after);
  const left = before.split(/[,;:\u2014]|\b(?:that|but|and|which|who|while|because)\s/).at(-1)!;
  const rightParts = after.split(/[,;:\u2014]|[.!?]["\u201d]?$/);
  // An introductory date ("Earlier this year, he …") dates the clause that follows it.
  // Only at the sentence's start: "talks, which began Sunday, will resume" keeps "which began Sunday".
  const intro = before.trim().split(/\s+/).filter(Boolean).length <= 2 && rightParts[0]!.trim() === '' && rightParts[1];
  const right = intro ? ',' + rightParts[1] : rightParts[0]!;
  const clause = (left + text.slice(r.start, r.end) + right).replace(/\s+/g, ' ').trim();
  return { sentenceStart: s.start, sentenceEnd: s.end, clause, speech };
}

// Numeric dates: "11/7/2013" (month first, as in U.S. copy, unless the first number cannot be a month),
// "2013-11-07". A year is required, so "1/2" stays a fraction. (chrono-node did this before: 48 KB for these two forms.)
const RE_NUMERIC_DATE = /(?<![\d/.\-])(?:(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})|(\d{4})-(\d{2})-(\d{2}))(?![\d/]|-\d)/g;

function scanNumeric(region: string, offset: number, raws: Raw[]): void {
  for (const m of region.matchAll(RE_NUMERIC_DATE)) {
    let y: number; let mo: number; let d: number;
    if (m[4]) [y, mo, d] = [Number(m[4]), Number(m[5]), Number(m[6])];
    else {
      const [a, b] = [Number(m[1]), Number(m[2])];
      [mo, d] = a > 12 && b <= 12 ? [b, a] : [a, b];
      y = Number(m[3]);
      if (m[3]!.length === 2) y += y < 50 ? 2000 : 1900;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) continue;
    const start = offset + m.index!;
    raws.push({ start, end: start + m[0].length, value: ymd(y, mo, d), kind: 'absolute' });
  }
}
