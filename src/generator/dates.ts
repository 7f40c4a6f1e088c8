// Dates: absolute ("February 2022", "May 10th", "1953") and relative ("Friday", "early Friday",
// "earlier this year", "Today") expressions, resolved against the dateline only as far as it allows.
import * as chrono from 'chrono-node';
import type { Dateline, Span } from './article.js';
import { spanAt } from './article.js';
import { MONTHS, SPEECH_VERB_SRC, WEEKDAYS } from './lexicon.js';

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

const MONTH_SRC = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY_SRC = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR_SRC = '(1[89]\\d\\d|20\\d\\d)';
const WEEKDAY_SRC = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const END = '(?![\\p{L}\\p{N}]|,\\d)';

const RE_MONTH_DAY = new RegExp(`(?<![\\p{L}])${MONTH_SRC}\\s+${DAY_SRC}(?:,?\\s+${YEAR_SRC})?${END}`, 'gu');
const RE_DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N},.])${DAY_SRC}\\s+(?:of\\s+)?${MONTH_SRC}(?:,?\\s+${YEAR_SRC})?${END}`, 'gu');
const RE_MONTH_YEAR = new RegExp(`(?<![\\p{L}])(?:(?:[Ee]arly|[Ll]ate|[Mm]id-?)\\s*)?${MONTH_SRC},?\\s+(?:of\\s+)?${YEAR_SRC}${END}`, 'gu');
const RE_MONTH = new RegExp(`(?<![\\p{L}])(?:(?:[Ee]arly|[Ll]ate|[Mm]id-)\\s*)?${MONTH_SRC}(?![\\p{L}])`, 'gu');
const RE_WEEKDAY = new RegExp(`(?<![\\p{L}])(?:([Ee]arly|[Ll]ate)\\s+)?(?:([Ll]ast|[Tt]his|[Nn]ext)\\s+)?${WEEKDAY_SRC}(?:\\s+(morning|afternoon|evening|night))?(?![\\p{L}])`, 'gu');
// Weeks are not annotated as dates (the corpus rules name days, weekdays, months, years and parts of a day).
const RE_REL_PERIOD = new RegExp(`(?<![\\p{L}])(?:([Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?([Tt]his|[Ll]ast|[Nn]ext)\\s+(year|month)(?![\\p{L}'\u2019])`, 'gu');
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
const FUTURE_CUE = /\b(?:will|would|'ll|\u2019ll|next|upcoming|scheduled|planned|plans to|plan to|expected to|set to|due to|later this)\b/i;
const PAST_CUE = /\b(?:was|were|had|did|came|went|took|made|began|fell|rose|met|held|sent|saw|said|told|[a-z]{3,}ed)\b/;
const UNIT_AFTER = /^\s+(?:people|persons|troops|soldiers|residents|homes|houses|km|kilomet|miles?|meters?|metres?|feet|tons?|tonnes|pounds|kilograms|kg|acres|hectares|barrels|dollars|euros|votes|cases|deaths)\b/i;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
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

type Tense = 'past' | 'future' | null;

/** Picks the year for a month (and day) without one: the nearest occurrence, leaning to the clause's tense. */
function inferYear(ref: Ref | null, month: number, day: number | null, tense: Tense): number | null {
  if (!ref || !ref.m) return null;
  let best: { y: number; score: number } | null = null;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    let diff: number;
    if (ref.d !== null && day !== null) diff = daysFromCivil(y, month, day) - daysFromCivil(ref.y, ref.m, ref.d);
    else diff = ((y - ref.y) * 12 + (month - ref.m)) * 30;
    const pastW = tense === 'future' ? 2 : 1;
    const futureW = tense === 'future' ? 1 : tense === 'past' ? 8 : 2;
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
    if (FUTURE_CUE.test(ev.clause)) return 'future';
    return PAST_CUE.test(ev.clause) ? 'past' : null;
  };
  const futureAt = (at: number, end: number) => tenseAt(at, end) === 'future';
  const scan = (re: RegExp, fn: (m: RegExpExecArray, start: number, end: number) => Raw | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(region); m; m = re.exec(region)) {
      const start = body.start + m.index;
      const r = fn(m, start, start + m[0].length);
      if (r) raws.push(r);
    }
  };

  scan(RE_MONTH_DAY, (m, s, e) => {
    const mo = monthNum(m[1]!); const d = Number(m[2]);
    const y = m[3] ? Number(m[3]) : inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
  scan(RE_DAY_MONTH, (m, s, e) => {
    const mo = monthNum(m[2]!); const d = Number(m[1]);
    const y = m[3] ? Number(m[3]) : inferYear(ref, mo, d, tenseAt(s, e));
    return { start: s, end: e, value: y ? ymd(y, mo, d) : null, kind: 'absolute' };
  });
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
  scan(RE_WEEKDAY, (m, s, e) => {
    const which = m[2]?.toLowerCase() ?? '';
    const wd = WEEKDAYS[m[3]!.toLowerCase()]!;
    let value: string | null = null;
    if (ref && ref.d !== null) {
      const today = daysFromCivil(ref.y, ref.m, ref.d);
      const wd0 = (((today + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
      let delta: number;
      if (which === 'last') delta = -(((wd0 - wd + 7) % 7) || 7);
      else if (which === 'next') delta = ((wd - wd0 + 7) % 7) || 7;
      else if (which === 'this' || futureAt(s, e)) delta = (wd - wd0 + 7) % 7;
      else delta = -((wd0 - wd + 7) % 7); // news reports the past: most recent such day, the dateline's own included
      value = ymd(...civil(today + delta));
    }
    return { start: s, end: e, value, kind: 'relative' };
  });
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
  scan(RE_REL_DAY, (m, s, e) => {
    const word = (m[1] ?? m[3] ?? '').toLowerCase();
    const shift = word === 'yesterday' || (word === 'last' && m[4] === 'night') ? -1 : word === 'tomorrow' ? 1 : 0;
    if (word === 'last' && m[4] !== 'night') return null; // "last morning" is not idiomatic
    const value = ref && ref.d !== null ? ymd(...civil(daysFromCivil(ref.y, ref.m, ref.d) + shift)) : null;
    return { start: s, end: e, value, kind: 'relative' };
  });
  scan(RE_YEAR, (m, s, e) => {
    const y = Number(m[2]);
    const before = text.slice(Math.max(body.start, s - 12), s);
    if (y < 1800 && !/\b(?:in|since|of|by|from|until|till|before|after|around|circa|c\.)\s+$/i.test(before)) return null;
    if (UNIT_AFTER.test(text.slice(e, e + 20))) return null;
    if (/\b(?:No\.|number|Route|Flight|flight|Room|room|page|Page)\s*$/.test(before)) return null;
    return { start: s, end: e, value: String(y), kind: 'absolute' };
  });
  scanChrono(text, body, ref, raws);

  // Keep the longest match where expressions overlap ("February 2022" over "February" and "2022").
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const r of raws) {
    const last = kept.at(-1);
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
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

const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB_SRC})\\s+(?:(?:on|late|early|in\\s+a\\s+statement|in\\s+an\\s+interview)\\s+)?$`, 'i');
const SPEECH_AFTER = new RegExp(`^(?:\\s*,)?\\s+(?:${SPEECH_VERB_SRC})\\b`, 'i');

function eventOf(text: string, s: Span, r: Raw): DateEvent {
  const before = text.slice(s.start, r.start);
  const after = text.slice(r.end, s.end);
  const speech = SPEECH_BEFORE.test(before) || SPEECH_AFTER.test(after);
  const left = before.split(/[,;:\u2014]|\b(?:that|but|and|which|who|while|because)\s/).at(-1)!;
  const rightParts = after.split(/[,;:\u2014]|[.!?]["\u201d]?$/);
  // An introductory date ("Earlier this year, he …") dates the clause that follows it.
  const intro = left.trim().split(/\s+/).filter(Boolean).length <= 2 && rightParts[0]!.trim() === '' && rightParts[1];
  const right = intro ? ',' + rightParts[1] : rightParts[0]!;
  const clause = (left + text.slice(r.start, r.end) + right).replace(/\s+/g, ' ').trim();
  return { sentenceStart: s.start, sentenceEnd: s.end, clause, speech };
}

/** chrono-node catches numeric and other formats our patterns do not ("11/7/2013", "the 7th of November"). */
function scanChrono(text: string, body: Span, ref: Ref | null, raws: Raw[]): void {
  const instant = ref ? new Date(Date.UTC(ref.y, Math.max(0, ref.m - 1), ref.d ?? 15, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.strict.parse(text.slice(body.start, body.end), { instant, timezone: 0 });
  for (const r of results) {
    if (!/\d/.test(r.text)) continue;
    if (!/\p{L}/u.test(r.text) && !r.start.isCertain('year')) continue; // "1/2" is a fraction, not January 2
    const k = r.start;
    const month = k.get('month');
    const day = k.get('day');
    if (!k.isCertain('month') || !k.isCertain('day')) continue;
    const start = body.start + r.index;
    const end = start + r.text.length;
    if (raws.some((x) => x.start < end && start < x.end)) continue;
    const y = k.isCertain('year') ? k.get('year') : inferYear(ref, month!, day!, null);
    raws.push({ start, end, value: y ? ymd(y, month!, day!) : null, kind: 'absolute' });
  }
}
