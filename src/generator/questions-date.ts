// "When" questions: the day of the week a thing was said or done (named in the text, so answerable even
// under a month-only dateline), or a date the dateline fixes (value not null). Vague dates are never asked.
import type { SingleChoiceQuestion } from '../format/types.js';
import type { DateKey, DateShape } from './calendar.js';
import { formatDateKey, formatDateline, ordinal, reshape, valueKey, weekdayIn } from './calendar.js';
import type { Context } from './context.js';
import type { Excerpt } from './context.js';
import { BLANK, excerptAround, givesAway, recordAnswer, renderExcerpt, sentenceCase, skip, speakerName, uniqueId } from './context.js';
import type { DateFact } from './dates.js';
import { arrange, dateDistractors } from './distractors.js';
import { sentenceAt, toEvidence } from './evidence.js';
import type { Span } from './article.js';
import { dateEvent } from './questions-timeline.js';
import { SPEECH_VERB_SRC } from './lexicon.js';
import { coreClaim, danglingPronoun, lowerOpener, quoted, slug, trimQuotation, wordCount } from './wording.js';

const MAX_DATE_QUESTIONS = 7;
const MAX_PER_SENTENCE = 2;

const WHEN: Record<DateShape, string> = {
  weekday: 'On which day of the week', year: 'In which year', month: 'In which month', 'month-year': 'In which month',
  'month-day': 'On which date', full: 'On which date',
};

interface Keyed {
  fact: DateFact;
  key: DateKey;
  /** The answer's own words in the text (the weekday inside "late Thursday", or the whole date). */
  words: Span;
}

/** The key a date can be asked with, or why not. */
function keyOf(fact: DateFact): Keyed | string {
  if (/\bweeks?\b/i.test(fact.text)) return 'a week is no date a quiz can name';
  const wd = weekdayIn(fact);
  if (wd) return { fact, key: wd.key, words: { start: fact.start + wd.at, end: fact.start + wd.at + wd.length } };
  if (!fact.value) return 'the dateline does not fix its value';
  // "twenty years ago" counts back from the dateline by convention: its year may be one off the event's.
  if (/\b(?:years?|decades?)\s+ago\b/i.test(fact.text)) return '“years ago” gives no exact year to ask';
  const key = valueKey(fact);
  if (!key) return 'its form does not say which day';
  return { fact, key, words: { start: fact.start, end: fact.end } };
}

const normal = (s: string) => s.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, '').replace(/\s+/g, ' ').toLowerCase().trim();

/** At most `max` questions (one fewer when a timeline already asks dates, so a quiz stays at most 14 questions). */
export function dateQuestions(ctx: Context, max = MAX_DATE_QUESTIONS): SingleChoiceQuestion[] {
  const keyed: Keyed[] = [];
  for (const fact of ctx.facts.dates) {
    const k = keyOf(fact);
    if (typeof k === 'string') skip(ctx, `date \u201c${fact.text}\u201d`, k);
    else keyed.push(k);
  }
  const articleKeys = keyed.map((k) => k.key);
  const [y, m = 0, d = 0] = ctx.dateline.value.split('-').map(Number) as [number, number?, number?];
  const published: DateKey = { shape: ctx.dateline.precision === 'day' ? 'full' : ctx.dateline.precision === 'month' ? 'month-year' : 'year', y, m, d, wd: 0 };
  articleKeys.push(published);
  const quotesBySentence = new Map<number, number[]>();
  ctx.facts.quotes.forEach((q, i) => {
    const s = sentenceAt(ctx.layout, q.start).start;
    quotesBySentence.set(s, [...(quotesBySentence.get(s) ?? []), i]);
  });

  const out: SingleChoiceQuestion[] = [];
  // A date may be the answer twice, for two events in different sentences ("Friday" for a strike and for a reply).
  const askedKeys = new Map<string, number>();
  const perSentence = new Map<number, number>();
  for (const k of keyed) {
    if (out.length >= max) break;
    // The timeline asks when it happened relative to the article's other events; its weekday is another question.
    if (ctx.timeline.dates.has(k.fact) && k.key.shape !== 'weekday') { skip(ctx, `date \u201c${k.fact.text}\u201d`, 'the timeline question orders it'); continue; }
    const keyText = formatDateKey(k.key);
    const sentenceOfKey = askedKeys.get(keyText);
    if (sentenceOfKey !== undefined && (sentenceOfKey < 0 || sentenceOfKey === k.fact.event.sentenceStart)) { skip(ctx, `date \u201c${k.fact.text}\u201d`, `${keyText} is already asked`); continue; }
    const sentence = k.fact.event.sentenceStart;
    if ((perSentence.get(sentence) ?? 0) >= MAX_PER_SENTENCE) { skip(ctx, `date \u201c${k.fact.text}\u201d`, 'its sentence already has two date questions'); continue; }
    const q = buildDateQuestion(ctx, k, keyText, articleKeys, published, quotesBySentence);
    if (typeof q === 'string') { skip(ctx, `date \u201c${k.fact.text}\u201d`, q); continue; }
    askedKeys.set(keyText, sentenceOfKey === undefined ? k.fact.event.sentenceStart : -1);
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
    out.push(q);
  }
  return out;
}

function buildDateQuestion(
  ctx: Context, k: Keyed, keyText: string, articleKeys: DateKey[], published: DateKey, quotesBySentence: Map<number, number[]>,
): SingleChoiceQuestion | string {
  const { fact } = k;
  const latestKey = reshape(published, k.key.shape);
  const distractors = dateDistractors(k.key, articleKeys, latestKey ? ordinal(latestKey) : null);
  if (distractors.length < 2) return 'too few distinct wrong dates';

  let prompt: string | null = null;
  let idTail = '';
  let span: Span = sentenceAt(ctx.layout, fact.start);
  let usedQuote = -1;
  if (fact.event.speech) {
    const said = saidPrompt(ctx, k, quotesBySentence);
    if (said) {
      ({ prompt, quote: usedQuote, span } = said);
      idTail = `-${slug(ctx.facts.quotes[usedQuote]?.cue ?? 'said')}`;
    }
  }
  // "When did this happen": the event in the article's words without its date, a question and no blank.
  if (!prompt) {
    const event = dateEvent(ctx, fact);
    if (typeof event !== 'string' && wholeEvent(event.text) && /^[\p{Lu}\d\[]/u.test(event.text) && !ahead(ctx, fact)) {
      prompt = `${WHEN[k.key.shape]} did this happen, according to the article: ${quoted(event.text)}?`;
      if (normal(fact.text) !== normal(keyText)) idTail = `-${slug(fact.text, 24)}`;
    }
  }
  // The same with the article's sentence less its date, when the event reader cannot shorten it.
  if (!prompt) {
    const omitted = ahead(ctx, fact) ? null : withoutDate(ctx, fact);
    if (omitted) {
      prompt = `${WHEN[k.key.shape]} did this happen, according to the article: ${omitted.rendered}?`;
      span = { start: Math.min(span.start, omitted.ex.start), end: Math.max(span.end, omitted.ex.end) };
      if (normal(fact.text) !== normal(keyText)) idTail = `-${slug(fact.text, 24)}`;
    }
  }
  if (!prompt) {
    const ex = excerptAround(ctx, k.words);
    // A date in words ("two thousand eight", "January twentieth") names its answer too: it is blanked like digits.
    const cloze = normal(ctx.text.slice(k.words.start, k.words.end)) === normal(keyText) || (fact.kind === 'absolute' && !weekdayIn(fact) && !/\d/.test(fact.text));
    const rendered = renderExcerpt(ctx, ex, cloze ? { blank: k.words } : {});
    if (!rendered) return 'its sentence starts with a pronoun that cannot be resolved';
    if (cloze && normal(rendered).includes(normal(keyText))) return 'the answer is also elsewhere in the sentence';
    if (cloze && wordCount(rendered.replace(BLANK, '')) < 5) return 'too little context around the date';
    // "When was this" must point at one event: not when the words hold another date.
    if (!cloze && ctx.facts.dates.some((o) => o !== fact && o.start < ex.end && o.end > ex.start)) return 'its sentence holds another date, so “this” would be ambiguous';
    // "the election of two thousand eight", "On January twentieth": the words themselves name the answer.
    if (!cloze && fact.kind === 'absolute' && !weekdayIn(fact)) return 'its words spell out the answer';
    prompt = cloze
      ? `Which ${noun(k.key.shape)} is missing from this sentence of the article: ${rendered}?`
      : `${WHEN[k.key.shape]} was this, according to the article: ${rendered}?`;
    span = { start: Math.min(span.start, ex.start), end: Math.max(span.end, ex.end) };
    if (!cloze) idTail = `-${slug(fact.text, 24)}`;
  }
  if (ctx.prompts.has(prompt)) return 'the same question is already asked';
  // Quantities are asked first: a date prompt must not show one of their answers.
  if (givesAway(ctx, prompt)) return 'its words show the answer of another question';
  const evidence = toEvidence(ctx.layout, span, k.words);
  if (!evidence) return 'its evidence crosses a paragraph';

  const id = uniqueId(ctx, `date-${slug(keyText)}${idTail}`);
  ctx.prompts.add(prompt);
  recordAnswer(ctx, ctx.text.slice(k.words.start, k.words.end));
  if (usedQuote >= 0) ctx.usedQuotes.add(usedQuote);
  const { choices, answer } = arrange(id, keyText, distractors);
  return {
    id, category: 'date', kind: 'single-choice', prompt, choices, answer,
    explanation: explain(ctx, k, keyText), evidence, points: 1,
  };
}

// A clause cut before its end ("sent 25", "at about 1", "came exactly 32 years") or one that only reports a
// saying ("… said here") tells no event a student can date.
const CUT_SHORT = /(?:\d[\d,.]*|\b(?:at|about|some|exactly|nearly|almost|more than|than|to)\s+\S+|\d[\d,.]*\s+\p{L}+)$/u;
const SAYING = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_SRC})(?![\\p{L}])`, 'u');

/** A date after the dateline: "did this happen" would ask about the future in the past tense. */
function ahead(ctx: Context, fact: DateFact): boolean {
  return !!fact.value && fact.value.length === ctx.dateline.value.length && fact.value > ctx.dateline.value;
}

function wholeEvent(text: string): boolean {
  return wordCount(text) >= 4 && !CUT_SHORT.test(text) && !SAYING.test(text) && !FUTURE.test(text);
}

// Before a date, words that keep their meaning without it ("on Friday", "early Friday") and words that would not.
const DROPPABLE_BEFORE = /(?:^|\s)(?:on|in|at|during)\s+$/i;
const FUTURE = /\b(?:will|would|shall|expected|plans?|planned|set to|scheduled|due to|going to)\b|['\u2019]ll\b/i;
const KEEP_BEFORE = /(?:\b(?:since|until|till|from|through|before|after|between|and|or|to|the|a|an|this|that|of)|,)\s+$/i;

/** The date's sentence without the date (and its "on"/"in"), quoted; null when that changes its meaning. */
function withoutDate(ctx: Context, fact: DateFact): { rendered: string; ex: Excerpt } | null {
  const ex = excerptAround(ctx, fact);
  if (ctx.facts.dates.some((o) => o !== fact && o.start < ex.end && o.end > ex.start)) return null;
  const before = ctx.text.slice(Math.max(ex.start, fact.start - 16), fact.start);
  const after = ctx.text.slice(fact.end, fact.end + 6);
  if (/^['\u2019]s\b|^\s*(?:-|\u2013|and|or|to|through)\b/.test(after)) return null;
  const opening = fact.start === ex.start || /^\s*$/.test(before);
  // "Wednesday began with four records": the date is the subject, and the sentence has none without it.
  if (opening && !/^\s*,/.test(after)) return null;
  if (!opening && KEEP_BEFORE.test(before) && !DROPPABLE_BEFORE.test(before)) return null;
  const prep = DROPPABLE_BEFORE.exec(before);
  if (!opening && !prep) return null; // "struck Friday morning", "deployed around 2007": the date is bound to its words
  const start = prep ? fact.start - prep[0].length + (prep[0].startsWith(' ') ? 1 : 0) : fact.start;
  const rendered = renderExcerpt(ctx, ex, { omit: { start, end: fact.end } });
  // Only a whole statement of the article's own about the past: no quotation, no cut, no plan.
  const words = rendered?.slice(1, -1) ?? '';
  const unbalanced = (words.match(/\[/g) ?? []).length !== (words.match(/\]/g) ?? []).length;
  if (!rendered || unbalanced || /^\u2026|["\u201c\u201d\u2018]/.test(words) || !wholeEvent(words) || FUTURE.test(words)) return null;
  return { rendered, ex };
}

const noun = (shape: DateShape) => ({ weekday: 'day of the week', year: 'year', month: 'month', 'month-year': 'month and year', 'month-day': 'date', full: 'date' }[shape]);

/** "On which day of the week did Antony Blinken say that …?" for a date that modifies a speech verb. */
function saidPrompt(ctx: Context, k: Keyed, quotesBySentence: Map<number, number[]>): { prompt: string; quote: number; span: Span } | null {
  const sentence = sentenceAt(ctx.layout, k.fact.start);
  const near = (q: number) => {
    const ms = ctx.facts.quotes[q]!.speakerMentions;
    return ms.length ? Math.min(...ms.map((m) => Math.min(Math.abs(k.fact.start - m.end), Math.abs(m.start - k.fact.end)))) : Infinity;
  };
  const candidates = (quotesBySentence.get(sentence.start) ?? []).filter((q) => near(q) <= 40 && !ctx.usedQuotes.has(q));
  const qi = candidates.sort((a, b) => near(a) - near(b))[0];
  if (qi === undefined) return null;
  const quote = ctx.facts.quotes[qi]!;
  const speaker = ctx.facts.speakers.find((s) => s.id === quote.speakerId);
  if (!speaker) return null;
  const who = speakerName(speaker, ctx.text);
  const what = quote.direct ? `: ${quoted(trimQuotation(quote.text))}` : (() => {
    const claim = coreClaim(quote.text);
    return claim ? ` that ${sentenceCase(ctx, lowerOpener(claim))}` : null;
  })();
  if (!what) return null;
  // The speaker is named first, so he/she after the name refer to them; anything else dangling is skipped.
  if (danglingPronoun(`${who} said${what}`)) return null;
  const prompt = `${WHEN[k.key.shape]} did ${who} say${what}?`;
  const span = {
    start: Math.min(sentence.start, quote.start, ...quote.speakerMentions.map((m) => m.start)),
    end: Math.max(sentence.end, quote.end, ...quote.speakerMentions.map((m) => m.end)),
  };
  return { prompt, quote: qi, span };
}

/**
 * The reasoning the evidence alone does not show (the feedback quotes the evidence right above it, so
 * quoting it here again would only make the student read it twice).
 */
function explain(ctx: Context, k: Keyed, keyText: string): string {
  const words = ctx.text.slice(k.fact.start, k.fact.end);
  if (k.key.shape !== 'weekday' && normal(words) !== normal(keyText)) {
    return `It is dated ${formatDateline(ctx.dateline)}, so \u201c${words}\u201d means ${keyText}.`;
  }
  if (k.key.shape === 'weekday' && !k.fact.value) {
    return `The dateline gives only ${formatDateline(ctx.dateline)}, so the article fixes the day of the week, not the calendar date.`;
  }
  return `The article gives ${keyText}.`;
}
