// "How far" questions: a numeric answer in the text's unit with a tolerance, or (for units format 1 cannot
// take numerically, and for every other distance when the article has several) a choice of distances.
import type { NumericQuestion, SingleChoiceQuestion, Unit } from '../format/types.js';
import { dimensionOf, UNITS } from '../format/types.js';
import { convert, roundForDisplay, unitChoices, unitLabel } from '../quiz/units.js';
import type { Span } from './article.js';
import type { Context } from './context.js';
import { BLANK, excerptAround, givesAway, recordAnswer, renderExcerpt, sentenceCase, skip, uniqueId } from './context.js';
import { arrange, numberDistractors, roundLike } from './distractors.js';
import { sentenceAt, toEvidence } from './evidence.js';
import type { MeasureFact } from './measures.js';
import { danglingPronoun, lowerOpener, slug, typographic, wordCount } from './wording.js';

const MAX_MEASURE_QUESTIONS = 6;
const MAX_RATIO = 20;

const isUnit = (u: string): u is Unit => (UNITS as readonly string[]).includes(u);

// Plurals for distance units format 1 cannot hold numerically (choice questions only).
const OTHER_PLURALS: Record<string, string> = { inch: 'inches', 'light-year': 'light-years', centimeter: 'centimeters', millimeter: 'millimeters', yard: 'yards' };

export function distanceLabel(value: number, unit: string): string {
  const n = formatNumber(value);
  const plural = value !== 1;
  const label = isUnit(unit) ? unitLabel(unit, value) : plural ? OTHER_PLURALS[unit] ?? `${unit}s` : unit;
  return `${n} ${label}`;
}

/** "19", "1,200", "6.1 million": as a news text writes it. */
export function formatNumber(v: number): string {
  for (const [size, word] of [[1e9, 'billion'], [1e6, 'million']] as const) {
    const scaled = v / size;
    if (scaled >= 1 && Number(scaled.toFixed(2)) === scaled) return `${scaled} ${word}`;
  }
  const [int, frac] = String(v).split('.');
  const grouped = int!.length > 4 ? int!.replace(/\B(?=(\d{3})+$)/g, ',') : int!;
  return frac ? `${grouped}.${frac}` : grouped;
}

function nice(x: number, up: boolean): number {
  const k = Math.floor(Math.log10(x));
  const steps = [1, 2, 5, 10].map((s) => Number((s * 10 ** k).toPrecision(12)));
  return up ? steps.find((s) => s >= x - 1e-12)! : [...steps].reverse().find((s) => s <= x + 1e-12) ?? steps[0]!;
}

/**
 * The tolerance rule: 5 % of the value, but at least half a unit of the usual other unit (so a whole
 * number typed in kilometres for a miles answer counts) as long as that stays within 10 %; rounded up to
 * a 1-2-5 step, or down when rounding up would pass 10 % of the value. It is then narrowed until no other
 * distance of the article falls within it, so a wrong figure from the text never scores.
 */
export function toleranceFor(value: number, unit: Unit, others: readonly number[] = []): number {
  let raw = 0.05 * value;
  const half = 0.5 * convert(1, unitChoices(unit)[1]!, unit);
  if (half <= 0.1 * value) raw = Math.max(raw, half);
  let tol = nice(raw, true);
  if (tol > 0.1 * value) tol = nice(raw, false);
  for (const o of others) {
    const gap = Math.abs(o - value);
    while (gap > 0 && tol >= gap / 2) tol = nice(tol * 0.99, false);
  }
  return tol;
}

const QUALIFIED_HOW_FAR: Record<string, string> = {
  'up to': 'At most how far', 'as far as': 'At most how far', 'at most': 'At most how far', within: 'At most how far',
  'as much as': 'At most how far', 'more than': 'At least how far', over: 'At least how far', 'at least': 'At least how far',
  about: 'About how far', around: 'About how far', roughly: 'About how far', approximately: 'About how far', nearly: 'About how far',
  almost: 'About how far', some: 'About how far', 'an estimated': 'About how far', estimated: 'About how far',
};

const COPULA = /^(.+?)\s+(is|are|was|were|lies|lie|lay|sits|sit|stands|stand)\s*$/;
const RELATIVE_COPULA = /((?:\p{Lu}[\p{L}\p{N}.'\u2019-]*\s+){0,4}\p{Lu}[\p{L}\p{N}.'\u2019-]*),\s+which\s+(is|are|was|were|lies|lie|sits|sit)\s*$/u;
// "The new drones have a range of …": the sentence's own subject.
const RANGE_SUBJECT = /^((?:the|a|an|its|their|these|those|\p{Lu})[^,;]{0,60}?)\s+(?:has|have|had)\s+(?:a\s+)?(?:maximum\s+)?range\s+of\s*$/iu;
const RANGE_BEFORE = /(?:^|[\s,])((?:\p{Lu}[\p{L}\p{N}.\-]*\s+)*\p{Lu}[\p{L}\p{N}.\-]*)\s*,?\s+(?:which|that|who)?\s*(?:has|have|had)\s+(?:a\s+)?(?:maximum\s+)?range\s+of\s*$/u;

/** A natural "how far" question for the two patterns news copy uses most, else null. */
function howFarPrompt(ctx: Context, m: MeasureFact, qualifierText: string): string | null {
  const s = sentenceAt(ctx.layout, m.start);
  const before = ctx.text.slice(s.start, m.start - qualifierText.length).replace(/\s+$/, '');
  const after = ctx.text.slice(wordsEnd(m), s.end);
  const howFar = m.qualifier ? QUALIFIED_HOW_FAR[m.qualifier] : 'How far';
  if (!howFar) return null;
  // The clause may go on after a comma ("…, local officials said"): the question needs only "from Y".
  const from = /^\s+(?:away\s+)?from\s+([^,;()]+?)(?:[.!?]|,\s.*)?$/.exec(after);
  // "Haifa, which is about 50 kilometers from the Lebanese border": the name before "which" is the subject.
  const rel = RELATIVE_COPULA.exec(before);
  const cop = rel ? null : COPULA.exec(before);
  const subject = rel ? rel[1]! : cop?.[1];
  const verb = rel ? rel[2]! : cop?.[2];
  if (subject && verb && from && wordCount(subject) <= 16 && !danglingPronoun(subject)) {
    const np = rel ? subject : sentenceCase(ctx, subject.replace(/^(The|A|An)\s/, (w) => w.toLowerCase()));
    return `${howFar} ${verb} ${typographic(np)} from ${typographic(from[1]!)}?`;
  }
  const range = RANGE_BEFORE.exec(before) ?? RANGE_SUBJECT.exec(before);
  if (range && wordCount(range[1]!) <= 6 && !danglingPronoun(range[1]!)) {
    const np = typographic(range.index === 0 ? sentenceCase(ctx, range[1]!.replace(/^(The|A|An)\s/, (w) => w.toLowerCase())) : range[1]!);
    return m.qualifier && howFar.startsWith('At most') ? `At most how far can ${np} reach, according to the article?`
      : m.qualifier ? `${howFar} can ${np} reach, according to the article?` : `What is the range of ${np}, according to the article?`;
  }
  return null;
}

const MAX_CANDIDATES = 200;

/** The end of a measure's words with its conversion, which would show the answer next to the blank. */
const wordsEnd = (m: MeasureFact): number => m.converted?.end ?? m.end;

/** Quantities a quiz asks about: lengths as distances, the others as measures; angles, power and the like are not asked. */
const ASKED_CATEGORIES = new Set(['distance', 'area', 'speed', 'duration', 'weight', 'temperature', 'volume']);

/** One number and its unit: composites ("two hours and ten minutes") and clock times ("3:58.21") are not asked. */
// "a day after …", "sub-10 seconds", a bare number of a coordinated list ("the 100- and 200-meter"): not worth a question.
const simpleQuantity = (m: MeasureFact) => !/:/.test(m.text) && !/^(?:an?|one|sub-)\b/i.test(m.text) && /\p{L}/u.test(m.text) && (m.text.match(/\d[\d,.]*/g) ?? []).length <= 1 && !/\band\b(?![\s-]a[\s-]half)|,\s/.test(m.text);

/** The sentence after "According to the article, ": "Further inland, …" reads "further inland"; a name of two capitalised words ("Cal Fire said …") stays. */
function opener(ctx: Context, body: string): string {
  if (/^(?:The|A|An)\s+\p{Ll}/u.test(body)) return lowerOpener(body); // "The train was …"
  return /^\p{Lu}\S*\s+\p{Lu}/u.test(body) ? lowerOpener(body) : sentenceCase(ctx, body);
}

/**
 * A range ("50 to 70 centimeters of rain"): asked as the article's sentence with "how many <units>" and the range
 * among other ranges of the article, then the key's range scaled (doubled, halved, tripled).
 */
function buildRangeQuestion(ctx: Context, m: MeasureFact, all: readonly MeasureFact[]): SingleChoiceQuestion | string {
  const lo = m.valueMin!;
  // "50 to 70 centimeters" is two items, the low one just before; "between 5 and 10 miles" is one.
  const low = ctx.facts.measures.find((o) => o.valueMin === lo && o.value === lo && o.unit === m.unit && o.end <= m.start && m.start - o.end <= 6);
  const words: Span = { start: low ? low.start : m.start, end: wordsEnd(m) };
  const label = (a: number, b: number) => `${formatNumber(a)} to ${distanceLabel(b, m.unit)}`;
  const key = label(lo, m.value);
  const fromArticle = all.filter((o) => o !== m && o.valueMin !== undefined && o.value !== o.valueMin && o.unit === m.unit).map((o) => label(o.valueMin!, o.value));
  const scaled = [2, 0.5, 3].map((f) => label(roundLike(lo * f, lo), roundLike(m.value * f, m.value)));
  const distractors = [...new Set([...fromArticle, ...scaled])].filter((t) => t !== key).slice(0, 3);
  if (distractors.length < 2) return 'too few distinct wrong ranges';
  const units = isUnit(m.unit) ? unitLabel(m.unit, 2) : OTHER_PLURALS[m.unit] ?? `${m.unit}s`;
  const category = m.category === 'distance' ? 'distance' : 'measure';
  return sentenceChoice(ctx, m, words, key, distractors, `${category}-${slug(key)}`, category, (body) =>
    /\(/.test(body) ? null : body.replace(/\b(?:between|from)\s+(?=____)/, '').replace(BLANK, `how many ${units}`));
}

/** A race time as a clock shows it ("1:42:14", "2:08.45 minutes"): asked as written, among other times. */
const CLOCK = /^(\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?)(?:\s+(?:minutes|hours|seconds))?$/;
const clockTime = (m: MeasureFact): boolean => m.category === 'duration' && CLOCK.test(m.text);

/** The time shifted by `seconds`, in the key's own shape ("1:42:14" + 67 s = "1:43:21"). */
function shiftClock(text: string, seconds: number): string | null {
  const [whole, frac = ''] = text.split('.');
  const parts = whole!.split(':').map(Number);
  let total = parts.reduce((a, p) => a * 60 + p, 0) + seconds;
  if (total <= 0) return null;
  const out: string[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const unit = i === 0 ? total : total % 60;
    out.unshift(i === 0 ? String(unit) : String(unit).padStart(2, '0'));
    total = Math.floor(total / 60);
  }
  return out.join(':') + (frac ? `.${frac}` : '');
}

function buildClockQuestion(ctx: Context, m: MeasureFact, all: readonly MeasureFact[]): SingleChoiceQuestion | string {
  const key = CLOCK.exec(m.text)![1]!;
  const shape = (t: string) => t.replace(/\d/g, '0');
  const fromArticle = all.filter((o) => o !== m && clockTime(o)).map((o) => CLOCK.exec(o.text)![1]!).filter((t) => shape(t) === shape(key) && t !== key);
  const near = [67, -134, 201, -253].map((d) => shiftClock(key, d)).filter((t): t is string => !!t && shape(t) === shape(key));
  const distractors = [...new Set([...fromArticle, ...near])].filter((t) => t !== key).slice(0, 3);
  if (distractors.length < 2) return 'too few distinct wrong times';
  return sentenceChoice(ctx, m, m, key, distractors, `measure-time-${slug(key)}`, 'measure', (body) =>
    /\(\s*$/.test(body.slice(0, body.indexOf(BLANK))) ? null // an aside in brackets
      : body.replace(new RegExp(`\\b(?:an?|the|his|her|their|its)\\s+(?:\\p{L}+\\s+)?time\\s+of\\s+${BLANK}`, 'u'), 'what time').replace(BLANK, 'what time'));
}

/**
 * A choice question made of the article's own sentence, `words` asked by `ask` ("how many centimeters",
 * "what time"): only for a whole sentence of the article's own, not a quotation; the answer as the article writes it.
 */
function sentenceChoice(
  ctx: Context, m: MeasureFact, words: Span, key: string, distractors: string[], idBase: string,
  category: 'distance' | 'measure', ask: (body: string) => string | null,
): SingleChoiceQuestion | string {
  const ex = excerptAround(ctx, words);
  const rendered = renderExcerpt(ctx, ex, { blank: words });
  if (!rendered) return 'its sentence starts with a pronoun that cannot be resolved';
  const body = rendered.slice(1, -1);
  const asked = ex.cutLeft || ex.cutRight || body.startsWith('\u2026') || /["\u201c\u201d]/.test(body) || wordCount(body) > 32 ? null : ask(body);
  if (!asked) return 'its sentence does not read as a question';
  const prompt = `According to the article, ${opener(ctx, asked)}?`;
  if (ctx.prompts.has(prompt)) return 'the same question is already asked';
  if (givesAway(ctx, prompt)) return 'its words show the answer of another question';
  const span = sentenceAt(ctx.layout, m.start);
  const evidence = toEvidence(ctx.layout, { start: Math.min(span.start, ex.start), end: Math.max(span.end, ex.end) }, words);
  if (!evidence) return 'its evidence crosses a paragraph';
  const id = uniqueId(ctx, idBase);
  const said = ctx.text.slice(words.start, words.end);
  ctx.prompts.add(prompt);
  recordAnswer(ctx, said);
  const { choices, answer } = arrange(id, key, distractors);
  return { id, category, kind: 'single-choice', prompt, choices, answer, explanation: `The article gives ${said}.`, evidence, points: 1 };
}

/** The same quantity in `unit`, or NaN when the two cannot be compared. */
function inUnit(value: number, from: string, unit: string): number {
  if (from === unit) return value;
  if (!isUnit(from) || !isUnit(unit) || dimensionOf(from) !== dimensionOf(unit)) return NaN;
  return convert(value, from, unit);
}

export function distanceQuestions(ctx: Context, max = MAX_MEASURE_QUESTIONS): (NumericQuestion | SingleChoiceQuestion)[] {
  // A conversion ("(19 miles)") is asked with the measure it converts.
  const measures = ctx.facts.measures.filter((m) => ASKED_CATEGORIES.has(m.category) && m.value > 0 && !m.conversionOf && (simpleQuantity(m) || clockTime(m)));
  const out: (NumericQuestion | SingleChoiceQuestion)[] = [];
  const asked = new Set<string>();
  const several = new Set(measures.map((m) => `${m.value} ${m.unit}`)).size >= 2;
  // Each candidate is weighed against every other measure: looking at the first few hundred keeps a text
  // made of thousands of figures linear, and a real article has a few dozen at most.
  for (const m of measures.slice(0, MAX_CANDIDATES)) {
    if (out.length >= max) break;
    const what = `${m.category} \u201c${m.text}\u201d`;
    if (m.valueMin !== undefined && m.value === m.valueMin) { skip(ctx, what, 'the low end of a range is asked with the range'); continue; }
    if (ctx.timeline.measures.has(m)) { skip(ctx, what, 'an event of the timeline question shows it'); continue; }
    // A duration or weight inside someone's words: the quote is the better question.
    if (m.category !== 'distance' && ctx.facts.quotes.some((q) => q.start <= m.start && m.end <= q.end)) { skip(ctx, what, 'it is part of a quote, asked as a quote'); continue; }
    const label = `${m.value} ${m.unit}`;
    if (asked.has(label)) { skip(ctx, what, 'the same quantity is already asked'); continue; }
    // Every other quantity of the article of the same kind, in this one's unit where a conversion exists.
    const others = measures.filter((o) => o !== m).map((o) => inUnit(o.value, o.unit, m.unit)).filter(Number.isFinite);
    // As wrong choices only figures of the same order of magnitude: 364,567 feet is no rival for 20 feet.
    const comparable = others.filter((o) => o / m.value <= MAX_RATIO && m.value / o <= MAX_RATIO);
    // Millions are read, not typed: "13 million kilometers" is a choice.
    const numeric = isUnit(m.unit) && unitChoices(m.unit).length > 1 && m.value < 100_000 && !(several && out.length % 2 === 1);
    const q = clockTime(m) ? buildClockQuestion(ctx, m, measures)
      : m.valueMin !== undefined ? buildRangeQuestion(ctx, m, measures)
      : buildDistanceQuestion(ctx, m, numeric, others, comparable);
    if (typeof q === 'string') { skip(ctx, what, q); continue; }
    asked.add(label);
    out.push(q);
  }
  return out;
}

function buildDistanceQuestion(
  ctx: Context, m: MeasureFact, numeric: boolean, others: number[], comparable: number[],
): NumericQuestion | SingleChoiceQuestion | string {
  const qualifierMatch = m.qualifier ? new RegExp(`${m.qualifier.replace(/\s+/g, '\\s+')}\\s+$`, 'i').exec(ctx.text.slice(Math.max(0, m.start - 30), m.start)) : null;
  const qualifierText = qualifierMatch ? qualifierMatch[0] : '';
  let prompt = howFarPrompt(ctx, m, qualifierText);
  const words: Span = { start: m.start, end: wordsEnd(m) };
  const ex = excerptAround(ctx, words);
  const noun = m.category === 'distance' ? 'distance' : 'figure';
  if (!prompt) {
    const rendered = renderExcerpt(ctx, ex, { blank: words });
    if (!rendered) return 'its sentence starts with a pronoun that cannot be resolved';
    if (wordCount(rendered) < 6) return `too little context around the ${noun}`;
    prompt = echoQuestion(ctx, m, ex, rendered) ?? `What ${noun} is missing from this sentence of the article: ${rendered}?`;
  }
  if (ctx.prompts.has(prompt)) return 'the same question is already asked';
  if (givesAway(ctx, prompt)) return 'its words show the answer of another question';
  const span = sentenceAt(ctx.layout, m.start);
  const evidence = toEvidence(ctx.layout, { start: Math.min(span.start, ex.start), end: Math.max(span.end, ex.end) }, { start: m.start - qualifierText.length, end: words.end });
  if (!evidence) return 'its evidence crosses a paragraph';
  const keyText = distanceLabel(m.value, m.unit);
  let distractors: string[] = [];
  if (!numeric) {
    distractors = numberDistractors(m.value, comparable).map((v) => distanceLabel(v, m.unit));
    if (distractors.length < 2) return `too few distinct wrong ${noun}s`;
  }
  const category = m.category === 'distance' ? 'distance' : 'measure';
  const id = uniqueId(ctx, `${category}-${slug(keyText)}`);
  ctx.prompts.add(prompt);
  recordAnswer(ctx, m.text);
  const explanation = explain(m, keyText);
  if (numeric && isUnit(m.unit)) {
    return {
      id, category, kind: 'numeric', prompt,
      answer: { value: m.value, unit: m.unit, tolerance: toleranceFor(m.value, m.unit, others) },
      explanation, evidence, points: 1,
    };
  }
  const { choices, answer } = arrange(id, keyText, distractors);
  return { id, category, kind: 'single-choice', prompt, choices, answer, explanation, evidence, points: 1 };
}

/**
 * The article's sentence asked as a question, the quantity replaced by "how many <units>": "According to the
 * article, the wreck rests in how many feet of water?". Only for a whole sentence whose quantity is a noun
 * phrase of its own (not "a 20-foot stop"), else null (and the caller leaves a blank).
 */
function echoQuestion(ctx: Context, m: MeasureFact, ex: { cutLeft: boolean; cutRight: boolean }, rendered: string): string | null {
  if (ex.cutLeft || ex.cutRight || /-/.test(m.text.replace(/^[\w.,]+-(?:and-a-)?half/, '')) || /^-/.test(ctx.text.slice(wordsEnd(m), wordsEnd(m) + 1))) return null;
  // Inside a quotation or brackets the words are not the article's own statement; a singular unit after a
  // plural number is a modifier ("the 5,000 meter race").
  if (/["\u201c\u201d\u2018\u2019(]/.test(rendered.slice(1, -1).replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2')) || (m.value !== 1 && /\b(?:meter|metre|mile|foot|kilometer|kilometre|second|minute|hour)$/i.test(m.text) && !/\bper\b/.test(m.text))) return null;
  const units = isUnit(m.unit) ? unitLabel(m.unit, 2) : OTHER_PLURALS[m.unit] ?? `${m.unit}s`;
  const body = rendered.slice(1, -1).replace(BLANK, `how many ${units}`);
  if (body.startsWith('\u2026')) return null; // the source was cut off ("It warned that …")
  if (!body.includes('how many') || wordCount(body) > 30) return null;
  return `According to the article, ${opener(ctx, body)}?`;
}

/** The answer with its conversion; the feedback quotes the evidence itself right above. */
function explain(m: MeasureFact, keyText: string): string {
  const other = isUnit(m.unit) ? unitChoices(m.unit)[1] : undefined;
  if (!other) return `The article gives ${keyText}.`;
  const v = convert(m.value, m.unit as Unit, other);
  const shown = v >= 1000 ? formatNumber(Number(v.toPrecision(3))) : roundForDisplay(v);
  return `The article gives ${keyText}, about ${shown} ${unitLabel(other, v)}.`;
}
