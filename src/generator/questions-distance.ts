// "How far" questions: a numeric answer in the text's unit with a tolerance, or (for units format 1 cannot
// take numerically, and for every other distance when the article has several) a choice of distances.
import type { NumericQuestion, SingleChoiceQuestion, Unit } from '../format/types.js';
import { UNITS } from '../format/types.js';
import { convert, roundForDisplay, unitChoices, unitLabel } from '../quiz/units.js';
import type { Span } from './article.js';
import type { Context } from './context.js';
import { excerptAround, givesAway, recordAnswer, renderExcerpt, sentenceCase, skip, uniqueId } from './context.js';
import { arrange, numberDistractors } from './distractors.js';
import { sentenceAt, toEvidence } from './evidence.js';
import type { MeasureFact } from './measures.js';
import { danglingPronoun, slug, typographic, wordCount } from './wording.js';

const MAX_DISTANCE_QUESTIONS = 4;
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

export function distanceQuestions(ctx: Context): (NumericQuestion | SingleChoiceQuestion)[] {
  // Only units the quiz format knows; a conversion ("(19 miles)") is asked with the measure it converts.
  const distances = ctx.facts.measures.filter((m) => m.category === 'distance' && m.value > 0 && isUnit(m.unit) && !m.conversionOf);
  const out: (NumericQuestion | SingleChoiceQuestion)[] = [];
  const asked = new Set<string>();
  const several = new Set(distances.map((m) => `${m.value} ${m.unit}`)).size >= 2;
  // Each candidate is weighed against every other distance: looking at the first few hundred keeps a text
  // made of thousands of figures linear, and a real article has a few dozen at most.
  for (const m of distances.slice(0, MAX_CANDIDATES)) {
    if (out.length >= MAX_DISTANCE_QUESTIONS) break;
    const what = `distance \u201c${m.text}\u201d`;
    if (m.valueMin !== undefined) { skip(ctx, what, 'a range has no single answer'); continue; }
    if (ctx.timeline.measures.has(m)) { skip(ctx, what, 'an event of the timeline question shows it'); continue; }
    const label = `${m.value} ${m.unit}`;
    if (asked.has(label)) { skip(ctx, what, 'the same distance is already asked'); continue; }
    // Every other distance of the article, in this one's unit where a conversion exists.
    const others = distances.filter((o) => o !== m).map((o) => (o.unit === m.unit ? o.value : isUnit(o.unit) && isUnit(m.unit) ? convert(o.value, o.unit, m.unit) : NaN)).filter(Number.isFinite);
    // As wrong choices only figures of the same order of magnitude: 364,567 feet is no rival for 20 feet.
    const comparable = others.filter((o) => o / m.value <= MAX_RATIO && m.value / o <= MAX_RATIO);
    const numeric = isUnit(m.unit) && !(several && out.length % 2 === 1);
    const q = buildDistanceQuestion(ctx, m, numeric, others, comparable);
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
  if (!prompt) {
    const rendered = renderExcerpt(ctx, ex, { blank: words });
    if (!rendered) return 'its sentence starts with a pronoun that cannot be resolved';
    if (wordCount(rendered) < 6) return 'too little context around the distance';
    prompt = `What distance is missing from this sentence of the article: ${rendered}?`;
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
    if (distractors.length < 2) return 'too few distinct wrong distances';
  }
  const id = uniqueId(ctx, `distance-${slug(keyText)}`);
  ctx.prompts.add(prompt);
  recordAnswer(ctx, m.text);
  const explanation = explain(m, keyText);
  if (numeric && isUnit(m.unit)) {
    return {
      id, category: 'distance', kind: 'numeric', prompt,
      answer: { value: m.value, unit: m.unit, tolerance: toleranceFor(m.value, m.unit, others) },
      explanation, evidence, points: 1,
    };
  }
  const { choices, answer } = arrange(id, keyText, distractors);
  return { id, category: 'distance', kind: 'single-choice', prompt, choices, answer, explanation, evidence, points: 1 };
}

/** The answer with its conversion; the feedback quotes the evidence itself right above. */
function explain(m: MeasureFact, keyText: string): string {
  if (!isUnit(m.unit)) return `The article gives ${keyText}.`;
  const other = unitChoices(m.unit)[1]!;
  const v = convert(m.value, m.unit, other);
  const shown = v >= 1000 ? formatNumber(Number(v.toPrecision(3))) : roundForDisplay(v);
  return `The article gives ${keyText}, about ${shown} ${unitLabel(other, v)}.`;
}
