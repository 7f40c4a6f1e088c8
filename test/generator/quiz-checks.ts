// Checks any generated question must pass, written independently of the generator's own helpers.
import type {Evidence, MatchingQuestion, Question, QuizFile, TimelineQuestion} from '../../src/format/types.js';
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
  // A claim of the article ("Which of these did X say?"): its quoted words or "that …".
  if (/^(?:\u201c|that )/.test(text)) return 'claim';
  if (/^(?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*)+$/u.test(text)) return 'name';
  return `other: ${text}`;
}

const SMALL_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const FRACTION_WORDS: Record<string, number> = {half: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3, tenth: 0.1, tenths: 0.1};

/** A number written in words at the start of a text: "forty-two", "nineteen", "a hundred", "two hundred and five",
 * "half a", "two and a half", "three quarters of a". */
function wordNumberIn(text: string): number {
  let n = NaN;
  for (const w of text.toLowerCase().split(/[\s-]+/)) {
    const small = SMALL_WORDS.indexOf(w);
    const tens = TENS_WORDS.indexOf(w);
    if (small >= 0) n = (Number.isNaN(n) ? 0 : n) + small;
    else if (tens >= 0) n = (Number.isNaN(n) ? 0 : n) + 20 + 10 * tens;
    else if (w in FRACTION_WORDS) return text.toLowerCase().includes(' and ') ? n + FRACTION_WORDS[w]! : (Number.isNaN(n) ? 1 : n) * FRACTION_WORDS[w]!;
    else if ((w === 'a' || w === 'an') && (Number.isNaN(n) || / and an? /.test(text.toLowerCase()))) n = Number.isNaN(n) ? 1 : n;
    else if (w === 'hundred') n = (Number.isNaN(n) ? 1 : n) * 100;
    else if (w !== 'and' || Number.isNaN(n)) break;
  }
  return n;
}

const MONTH_NAMES = MONTH.slice(3, -1).split('|');

/** A year written in words: "nineteen fifty-five" (century, then the rest), "two thousand and eight". */
function spelledYearIn(text: string): number {
  const m = /\b(sixteen|seventeen|eighteen|nineteen|twenty)\s+(hundred|[a-z]+(?:-[a-z]+)?)\b/i.exec(text);
  if (m) return wordNumberIn(m[1]!) * 100 + (m[2]!.toLowerCase() === 'hundred' ? 0 : wordNumberIn(m[2]!));
  const t = /\btwo thousand(?: and)?(?:\s+([a-z]+(?:-[a-z]+)?))?/i.exec(text);
  return t ? 2000 + (t[1] ? wordNumberIn(t[1]) : 0) : NaN;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

/** "November fifth" → "November 5", "the twenty-first of May" → "the 21 of May". */
function ordinalDaysAsNumbers(text: string): string {
  return text.replace(/\b(?:(twenty|thirty)[-\s])?([a-z]+th|first|second|third)\b/gi, (all, tens: string | undefined, unit: string) => {
    const u = unit.toLowerCase();
    const n = u === 'twentieth' ? 20 : u === 'thirtieth' ? 30 : ORDINALS.indexOf(u) + 1;
    if (n === 0) return all;
    return String(n + (tens ? (tens.toLowerCase() === 'twenty' ? 20 : 30) : 0));
  });
}

/** The date "N years/months/days ago" names under the dateline, written as a key: "1998", "December 2017". */
function agoKey(text: string, published: string): string | null {
  const m = /\b(\S+)\s+(year|decade|month|day)s?\s+ago\b/i.exec(text);
  if (!m) return null;
  const n = numberIn(m[1]!);
  const [y, mo = 1, d = 1] = published.split('-').map(Number) as [number, number?, number?];
  const unit = m[2]!.toLowerCase();
  if (unit === 'year' || unit === 'decade') return String(y - n * (unit === 'decade' ? 10 : 1));
  const at = new Date(Date.UTC(y, mo - 1 - (unit === 'month' ? n : 0), d - (unit === 'day' ? n : 0)));
  const month = MONTH_NAMES[at.getUTCMonth()]!;
  return unit === 'month' ? `${month} ${at.getUTCFullYear()}` : `${month} ${at.getUTCDate()}, ${at.getUTCFullYear()}`;
}

/** Parses "19", "1,200", "6.1 million" (or "forty-two") at the start of a text. */
export function numberIn(text: string): number {
  const m = /([\d][\d,]*(?:\.\d+)?)(?:[\s-]*(hundred|thousand|million|billion)\b)?/.exec(text);
  if (!m || m.index > 0) {
    const words = wordNumberIn(text.trimStart());
    if (!Number.isNaN(words)) return words;
  }
  if (!m) return NaN;
  const n = Number(m[1]!.replace(/,/g, ''));
  return n * ({hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9}[m[2] ?? ''] ?? 1);
}

const COMPOSITE_PARTS: Record<string, number> = {meter: 100, centimeter: 1, foot: 12, inch: 1};

/** The total of a two-part length ("one-meter, 96-centimeter", "6 feet, 5 inches") in its smaller unit. */
function compositeIn(text: string, unit: string): number {
  const parts = [...text.matchAll(/([\w.]+)[\s-]+(meter|centimeter|foot|feet|inch(?:es)?)s?\b/g)];
  if (parts.length !== 2 || !(unit in COMPOSITE_PARTS)) return NaN;
  const inSmall = (n: string, u: string) => numberIn(n) * COMPOSITE_PARTS[u === 'feet' ? 'foot' : u.replace(/es$/, '')]!;
  return (inSmall(parts[0]![1]!, parts[0]![2]!) + inSmall(parts[1]![1]!, parts[1]![2]!)) / COMPOSITE_PARTS[unit]!;
}

const nameWords = (s: string) => s.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w)).map((w) => w.replace(/[’']s$/, ''));

/**
 * Null when the question's evidence proves its answer, else what is wrong: the evidence and the highlight
 * are real ranges of the paragraph, and the highlighted words are the answer's own (a date the dateline
 * resolves counts for a relative date; for yes/no, the highlight names the asked person exactly when "yes").
 */
export function evidenceProblem(quiz: QuizFile, q: Question): string | null {
  const base = spanProblem(quiz, q.evidence);
  if (typeof base === 'string') return base;
  if (q.kind === 'timeline') return timelineProblem(quiz, q);
  if (q.kind === 'matching') return matchingProblem(quiz, q);
  const {marked, sentence} = base;
  const key = describeKey(q);
  if (q.category === 'date') {
    if (marked.toLowerCase().includes(key.toLowerCase().replace(/,/g, ''))) return null;
    if (spelledYearIn(marked) === Number(key) || agoKey(marked, quiz.article.published) === key) return null;
    if (ordinalDaysAsNumbers(marked).toLowerCase().includes(key.toLowerCase().replace(/,/g, ''))) return null;
    const relative = /\b(?:year|month|today|yesterday|tomorrow|tonight|morning|afternoon|evening)\b/i.test(marked);
    const published = Number(quiz.article.published.slice(0, 4));
    const keyYear = Number(/\d{4}/.exec(key)?.[0]);
    return relative && Math.abs(keyYear - published) <= 1 ? null : `date key ${key} not in "${marked}"`;
  }
  if (q.category === 'distance' || q.category === 'measure') {
    const value = q.kind === 'numeric' ? q.answer.value : numberIn(key);
    const figure = marked.replace(/^(?:(?:just|only|some|about|around|nearly|almost|roughly|within|over|under|up to|at least|at most|less than|more than|as much as|as far as)\s+)+/i, '');
    if (numberIn(figure) === value) return null;
    // A composite ("one-meter, 96-centimeter") proves its total in the smallest unit it names.
    return q.kind === 'numeric' && compositeIn(marked, q.answer.unit) === value ? null : `distance ${value} not in "${marked}"`;
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
  // "Which of these did X say?": the key is X's words, and the highlight names X.
  const which = /^Which of these did (.+?) say\b/.exec(q.prompt)?.[1];
  if (which) {
    const words = which.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:the|and|of|an)$/i.test(w));
    return words.some((w) => marked.toLowerCase().includes(w.toLowerCase())) ? null : `speaker ${which} not in "${marked}"`;
  }
  return nameWords(key).some((w) => marked.includes(w)) ? null : `speaker ${key} not in "${marked}"`;
}

const PERSON_PRONOUN = /\b(?:he|she|him|his|her)\b/i;

/** A name-like word (capitalised, not the first word) before `index` in `text`, or for him/his/her a person noun. */
function nameBefore(text: string, index: number, pronoun = 'he'): boolean {
  const words = text.slice(0, index).split(/\s+/).filter(Boolean);
  if (!/^(?:he|she)$/i.test(pronoun) && words.some((w) => /^(?:man|woman|boy|girl|child|person|diver)$/i.test(w))) return true;
  const capitalised = (w: string) => /^\[?\p{Lu}/u.test(w.replace(/^[“‘"]/, ''));
  // A sentence's first word is capitalised anyway: alone it names someone only as initials ("R.L.").
  const opensWithInitials = /^(?:\p{Lu}\.)+,?$/u.test(words[0] ?? '');
  return opensWithInitials || words.slice(1).some(capitalised);
}

/**
 * The first he/she/him/his/her in a prompt that nothing before it explains: outside quotation marks a
 * name must come earlier in the prompt; inside them, earlier in the same quotation (not its first word). The
 * pronoun opening the words of "Who said that he …?" (or "his …") stands for the answer.
 */
export function danglingPersonPronoun(prompt: string): string | null {
  for (const m of prompt.matchAll(/“([^”]*)”/g)) {
    const inner = m[1]!;
    const p = PERSON_PRONOUN.exec(inner);
    if (p && !nameBefore(inner, p.index, p[0]) && !nameBefore(prompt, m.index!)) return p[0];
  }
  const outside = prompt.replace(/“[^”]*”/g, '“…”').replace(/^(Who said that )(?:he|she|his|her)\b/, '$1[Speaker]');
  const p = PERSON_PRONOUN.exec(outside);
  return p && !nameBefore(outside, p.index, p[0]) ? p[0] : null;
}

/** The evidence's text and highlighted words, or what is wrong with the ranges. */
function spanProblem(quiz: QuizFile, evidence: Evidence): {marked: string; sentence: string} | string {
  const {paragraph, start, end, highlight} = evidence;
  const text = quiz.article.paragraphs[paragraph];
  if (text === undefined) return `no paragraph ${paragraph}`;
  if (!highlight) return 'no highlight';
  if (!(0 <= start && start < end && end <= text.length)) return `evidence ${start}-${end} outside the paragraph`;
  if (!(start <= highlight.start && highlight.start < highlight.end && highlight.end <= end)) return 'highlight outside the evidence';
  return {marked: text.slice(highlight.start, highlight.end), sentence: text.slice(start, end)};
}

const plainWords = (s: string) => s.toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"]/g, '').replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(/[,.…]/g, '').replace(/\s+/g, ' ').trim();

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The days a timeline item's `when` stands for, read from its words ("1953", "January 2016", "March 6, 2017",
 * "last year (2016)": the value in parentheses wins), as [first, last] day numbers; null when unreadable.
 */
export function whenInterval(when: string): [number, number] | null {
  const inner = /\(([^)]+)\)\s*$/.exec(when)?.[1] ?? when;
  const m = /^(?:(?:early|late|mid)[-\s]+)?(?:([a-z]+)\s+)?(?:(\d{1,2}),\s+)?(\d{4})$/i.exec(inner.trim());
  if (!m) return null;
  const y = Number(m[3]);
  const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  if (m[1] && month === 0) return null;
  const day = m[2] ? Number(m[2]) : 0;
  const n = (yy: number, mm: number, dd: number) => Date.UTC(yy, mm - 1, dd) / 86400000;
  if (!month) return [n(y, 1, 1), n(y, 12, 31)];
  if (!day) return [n(y, month, 1), n(y, month + 1, 1) - 1];
  return [n(y, month, day), n(y, month, day)];
}

/** Each event's evidence highlights its date (the words `when` shows), and the events are surely in date order. */
function timelineProblem(quiz: QuizFile, q: TimelineQuestion): string | null {
  let previous: [number, number] | null = null;
  for (const item of q.items) {
    const base = spanProblem(quiz, item.evidence);
    if (typeof base === 'string') return `${item.id}: ${base}`;
    if (!plainWords(item.when).includes(plainWords(base.marked))) return `${item.id}: highlight "${base.marked}" is not its date "${item.when}"`;
    const days = whenInterval(item.when);
    if (!days) return `${item.id}: unreadable date "${item.when}"`;
    if (previous && !(previous[1] < days[0])) return `${item.id}: "${item.when}" is not surely after the event before it`;
    previous = days;
  }
  return null;
}

/** Each pair's evidence holds its quote, and highlights the speaker's name or the quote itself. */
function matchingProblem(quiz: QuizFile, q: MatchingQuestion): string | null {
  for (const pair of q.pairs) {
    const base = spanProblem(quiz, pair.evidence);
    if (typeof base === 'string') return `${pair.id}: ${base}`;
    const start = plainWords(pair.prompt).split(' ').slice(0, 4).join(' ');
    if (!plainWords(base.sentence).includes(start)) return `${pair.id}: the evidence does not hold the quote "${start}"`;
    const names = nameWords(pair.answer).some((w) => base.marked.includes(w));
    if (!names && !plainWords(base.marked).includes(start)) return `${pair.id}: the highlight "${base.marked}" is neither ${pair.answer} nor the quote`;
  }
  return null;
}
