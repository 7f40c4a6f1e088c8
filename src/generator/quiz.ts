// Article text + options -> a format-1 quiz. Pure and deterministic (no clock, no randomness but seeded),
// no Node APIs: it runs in a browser too. The CLI validates the result and writes it.
import { FORMAT_NAME, FORMAT_VERSION } from '../format/types.js';
import type { Evidence, Article as QuizArticle, Question, QuizFile } from '../format/types.js';
import { parseArticle, splitSentences } from './article.js';
import { BLANK, buildContext, squash } from './context.js';
import type { Facts } from './facts.js';
import { dateQuestions } from './questions-date.js';
import { distanceQuestions } from './questions-distance.js';
import { matchingQuestion } from './questions-matching.js';
import { quoteQuestions } from './questions-quote.js';
import { timelineQuestion } from './questions-timeline.js';
import { slug, WIRE_DATELINE, wordCount } from './wording.js';

/** Bump when the generator's output changes on purpose: question files record which version wrote them. */
// The file's text as our tools write it, for library users who write files too.
export { serializeQuiz } from '../format/serialize.js';

export const GENERATOR = { name: 'article-quiz generator', version: '2' } as const;

export const DEFAULT_SOURCE = 'Unknown source';

export interface GenerateOptions {
  /** Default: derived from the first sentence (see deriveTitle). */
  title?: string;
  /** Default: "Unknown source" (we do not guess a publisher). */
  source?: string;
  url?: string;
  /** Default: a slug of `name` (or of the title's first words) plus the publication date. */
  id?: string;
  /** A short name for the default id, e.g. the article's file name without extension. */
  name?: string;
}

export interface GenerateResult {
  quiz: QuizFile;
  /** Summary lines for the user (counts; why a quiz has no questions). */
  notes: string[];
  /** Why candidate questions were left out, one line each (capped). */
  skipped: string[];
  /** The facts the questions were made from (as extractFacts gives them), so callers need not extract them again. */
  facts: Facts;
}

/** The article cannot become a quiz (no dateline, no text): a user error, not a bug. */
export class ArticleError extends Error {}

export function generateQuiz(text: string, options: GenerateOptions = {}): GenerateResult {
  const article = parseArticle(text);
  if (!article.dateline) {
    throw new ArticleError('no dateline: the text must start with " date YYYY-MM-DD" (or YYYY-MM, YYYY); a quiz needs its publication date');
  }
  if (article.paragraphs.length === 0) throw new ArticleError('no article text after the dateline');
  const ctx = buildContext(article, article.dateline);
  // The timeline first: the dates it orders are not asked again as choices (but for a weekday), and a distance
  // or saying one of its events shows is not asked either. It is placed after the date questions, so its
  // feedback (each event's date) comes after them.
  const timeline = timelineQuestion(ctx);
  // Quantities next: a date prompt may then show any figure but the ones asked. Then dates: a date question
  // about a saying names its speaker, so that quote is not asked again.
  const distances = distanceQuestions(ctx);
  const dates = dateQuestions(ctx, timeline ? 6 : undefined);
  // Matching before "who said": it takes one quote per person, the single questions ask the others.
  const matching = matchingQuestion(ctx);
  const quotes = quoteQuestions(ctx);
  const questions = fewBlanks(withoutLeaks([...dates, ...(timeline ? [timeline] : []), ...distances, ...quotes, ...(matching ? [matching] : [])], article.paragraphs.map((p) => p.text)));

  const title = options.title?.trim() || deriveTitle(article.paragraphs.map((p) => p.text));
  const meta: QuizArticle = {
    title,
    source: options.source?.trim() || DEFAULT_SOURCE,
    ...(options.url ? { url: options.url } : {}),
    published: article.dateline.value,
    precision: article.dateline.precision,
    language: 'en',
    paragraphs: article.paragraphs.map((p) => p.text),
  };
  const quiz: QuizFile = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    id: options.id?.trim() || defaultId(options.name?.trim() || title, article.dateline.value),
    article: meta,
    questions,
    generator: { ...GENERATOR },
  };
  return { quiz, notes: summarize(ctx.facts, questions), skipped: ctx.skipped, facts: ctx.facts };
}

/**
 * A last guard (the builders already avoid it): drops a question whose prompt holds another question's
 * answer (a date question quoting "19 miles", a cloze showing the weekday another cloze blanks). When two
 * give each other away, the date question goes. Quadratic in the number of questions, which is bounded.
 */
function withoutLeaks(questions: Question[], paragraphs: readonly string[]): Question[] {
  // A timeline's answer is its events' dates (each one shown would give part of the order away); a matching's
  // answers are speakers, like "who said" questions, whose names prompts may show.
  const wordsOf = (e: Evidence) => {
    const words = paragraphs[e.paragraph]!.slice(e.highlight!.start, e.highlight!.end);
    return squash(words.replace(/^(?:up to|about|around|roughly|approximately|nearly|almost|some|more than|over|at least|at most|less than|under|within|as far as|as much as|early|late)\s+/i, ''));
  };
  const answerWords: string[][] = questions.map((q) => {
    if (q.kind === 'timeline') return q.items.filter((i) => i.evidence.highlight).map((i) => wordsOf(i.evidence));
    if (q.category === 'quote' || !q.evidence.highlight) return [];
    return [wordsOf(q.evidence)];
  });
  // What a question shows before it is answered: its prompt, and its events or quotes.
  const shown = questions.map((q) => squash([q.prompt, ...(q.kind === 'timeline' ? q.items.map((i) => i.text) : []), ...(q.kind === 'matching' ? q.pairs.map((p) => p.prompt) : [])].join(' \n ')));
  const leaks = (i: number, j: number) => i !== j && answerWords[j]!.some((a) => a && shown[i]!.includes(a));
  const dropped = new Set<number>();
  questions.forEach((_, i) => {
    questions.forEach((__, j) => {
      if (dropped.has(i) || dropped.has(j) || !leaks(i, j)) return;
      const mutual = leaks(j, i);
      // A figure of another quantity ("two weeks") weighs least: the question showing it is kept instead.
      const minor = questions[j]!.category === 'measure' && questions[i]!.category !== 'measure';
      dropped.add(minor || (mutual && questions[j]!.category === 'date' && questions[i]!.category !== 'date') ? j : i);
    });
  });
  return questions.filter((_, i) => !dropped.has(i));
}

/** A prompt with a gap to fill ("… missing from this sentence …"). */
export const isCloze = (q: Question): boolean => q.prompt.includes(BLANK);

/**
 * A sentence with a blank is asked only when nothing else reads well, and makes at most a quarter of a quiz
 * (or is its one blank): beyond that the blanks about the latest parts of the article go (a lead fact is worth more).
 */
function fewBlanks(questions: Question[]): Question[] {
  // One blank is allowed in a quiz of fewer than four other questions: a short quiz is better than none.
  const allowed = Math.max(1, Math.floor(questions.filter((q) => !isCloze(q)).length / 3));
  const blanks = questions.filter(isCloze).sort((a, b) => a.evidence.paragraph - b.evidence.paragraph || a.evidence.start - b.evidence.start);
  const kept = new Set(blanks.slice(0, allowed));
  return questions.filter((q) => !isCloze(q) || kept.has(q));
}

function summarize(facts: { dates: unknown[]; measures: unknown[]; quotes: unknown[] }, questions: readonly Question[]): string[] {
  const count = (c: string) => questions.filter((q) => q.category === c).length;
  if (facts.dates.length + facts.measures.length + facts.quotes.length === 0) {
    return ['no dates, distances or quotes found in the article: the quiz has no questions'];
  }
  if (questions.length === 0) return ['no fact made a good enough question: the quiz has no questions (see --verbose)'];
  const kinds = (['timeline', 'matching'] as const).filter((k) => questions.some((q) => q.kind === k));
  return [`${questions.length === 1 ? '1 question' : `${questions.length} questions`}: ${count('date')} date, ${count('distance')} distance, ${count('measure')} other quantity, ${count('quote')} quote${kinds.length ? ` (with a ${kinds.join(' and a ')} question)` : ''}`];
}

const FUNCTION_WORDS = /^(?:the|a|an|of|in|on|at|to|for|from|by|with|near|into|about|after|before|over|under|and|or|but|that|which|who|as|is|are|was|were|its|their|his|her)$/i;

/**
 * A title from the text when none is given: the first sentence that is not a broadcast's sign-on ("From
 * Washington, this is VOA news.", "I'm Michael Brown reporting."), without a wire dateline ("BOSTON —"), up to
 * its first comma when that leaves at least five words, at most twelve words, never ending on a function
 * word; an ellipsis marks a cut.
 */
export function deriveTitle(paragraphs: string | readonly string[]): string {
  const sentences = (typeof paragraphs === 'string' ? [paragraphs] : paragraphs).slice(0, 3).flatMap((p) => {
    const body = p.replace(WIRE_DATELINE, '');
    return splitSentences(body, 0, body.length).map((x) => body.slice(x.start, x.end));
  });
  const first = sentences.find((x) => !SIGN_ON.test(x)) ?? sentences[0] ?? '';
  let s = first.replace(WIRE_DATELINE, '').replace(/[.!?]$/, '');
  const head = s.split(/,\s/)[0]!;
  if (wordCount(head) >= 5) s = head;
  let words = s.split(/\s+/).filter(Boolean);
  const cut = words.length > 12;
  if (cut) words = words.slice(0, 12);
  while (words.length > 3 && FUNCTION_WORDS.test(words.at(-1)!)) words.pop();
  const title = words.join(' ').replace(/["\u201c\u201d]/g, '');
  return (cut || words.length < wordCount(s) ? `${title}\u2026` : title) || 'Untitled article';
}

const SIGN_ON = /^(?:From\s.+,\s+this is\s|I['\u2019]m\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*(?:\s+reporting)?\.?$)/u;

function defaultId(name: string, published: string): string {
  const base = slug(name.split(/\s+/).slice(0, 6).join(' '), 40) || 'article';
  return `${base}-${published}`;
}

