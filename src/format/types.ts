/**
 * The article-quiz question file, format 1.
 *
 * `questions/schema.json` describes the same shape for other tools; a test keeps the two in step,
 * so a change here needs the same change there.
 */

export const FORMAT_NAME = 'article-quiz';
export const FORMAT_VERSION = 1;

/**
 * What a question asks about. `distance`: how far (a length unit). `measure`: any other quantity the article
 * measures (a duration, a speed, a weight, an area, a temperature, a volume, or the length of a thing: a
 * height, a wingspan). Still format 1: an older reader refuses a file that uses `measure`, naming the field.
 */
export const CATEGORIES = ['date', 'distance', 'quote', 'measure'] as const;
export type Category = (typeof CATEGORIES)[number];

export const QUESTION_KINDS = ['single-choice', 'numeric', 'timeline', 'matching'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * Units a numeric answer may be given in, by what they measure: units of one dimension convert into each
 * other (src/quiz/units.ts has the factors), units of two never do.
 */
export const UNITS_BY_DIMENSION = {
  length: ['mile', 'kilometer', 'meter', 'foot', 'nautical mile', 'inch', 'centimeter', 'millimeter', 'yard'],
  duration: ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'],
  speed: ['mile per hour', 'kilometer per hour', 'knot', 'meter per second'],
  mass: ['kilogram', 'gram', 'pound', 'ounce', 'ton', 'tonne'],
  area: ['acre', 'hectare', 'square kilometer', 'square mile', 'square meter', 'square foot'],
  temperature: ['degree Fahrenheit', 'degree Celsius'],
  volume: ['liter', 'gallon', 'barrel', 'cubic meter'],
} as const;
export type Dimension = keyof typeof UNITS_BY_DIMENSION;
export type Unit = (typeof UNITS_BY_DIMENSION)[Dimension][number];
export const DIMENSIONS = Object.keys(UNITS_BY_DIMENSION) as Dimension[];
/** Every unit, lengths first (the five of the first files, then the rest). */
export const UNITS: readonly Unit[] = Object.values(UNITS_BY_DIMENSION).flat();

/** The dimension of `unit`, or undefined for a string that is no unit of the format. */
export function dimensionOf(unit: string): Dimension | undefined {
  return DIMENSIONS.find((d) => (UNITS_BY_DIMENSION[d] as readonly string[]).includes(unit));
}

/** How much of a date is known: `2024-05` is a month, not a day. */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface QuizFile {
  format: typeof FORMAT_NAME;
  version: typeof FORMAT_VERSION;
  /** Stable identity of this quiz (used to key saved progress). */
  id: string;
  article: Article;
  questions: Question[];
  /** What made the file, e.g. `{name: 'article-quiz generator', version: '0.1.0'}` or a person. */
  generator?: {name: string; version?: string};
}

export interface Article {
  title: string;
  /** Publisher or author, shown on the start screen. */
  source: string;
  url?: string;
  /** ISO date of publication at the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  published: string;
  precision: DatePrecision;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  /** The article's text, one entry per paragraph, verbatim. Evidence offsets point into these. */
  paragraphs: string[];
}

/** Character range in one paragraph: `paragraphs[paragraph].slice(start, end)`. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** The sentence that proves the answer, and within it the words to highlight. */
export interface Evidence extends TextSpan {
  /** The answer's own words inside the evidence (same paragraph). */
  highlight?: {start: number; end: number};
}

interface QuestionBase {
  /** Stable id, unique in the file. */
  id: string;
  category: Category;
  prompt: string;
  /** Why the answer is right, in words a student reads after answering. */
  explanation: string;
  evidence: Evidence;
  points: number;
}

export interface Choice {
  id: string;
  text: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single-choice';
  choices: Choice[];
  /** The id of the right choice. */
  answer: string;
}

export interface NumericAnswer {
  value: number;
  unit: Unit;
  /** Largest accepted difference from `value`, in `unit`. */
  tolerance: number;
}

export interface NumericQuestion extends QuestionBase {
  kind: 'numeric';
  answer: NumericAnswer;
}

/** One event of a timeline question. */
export interface TimelineItem {
  id: string;
  /** What happened, e.g. "Russia launched its full-scale invasion of Ukraine". */
  text: string;
  /** When, as the article puts it (shown after answering), e.g. "February 2022". */
  when: string;
  evidence: Evidence;
}

/** Put 3-5 events from the article in date order; partial credit by the share of pairs in the right order. */
export interface TimelineQuestion extends QuestionBase {
  kind: 'timeline';
  /** The events in the right order, earliest first (the element shuffles them). */
  items: TimelineItem[];
}

/** One quote and who said it. */
export interface MatchingPair {
  id: string;
  /** The quoted or reported words. */
  prompt: string;
  /** The speaker, as offered among the options. */
  answer: string;
  evidence: Evidence;
}

/** Match 3-4 quotes to their speakers; partial credit per pair. */
export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  pairs: MatchingPair[];
  /** More speakers from the article to choose from, none of them right for any pair. */
  distractors?: string[];
}

export type Question = SingleChoiceQuestion | NumericQuestion | TimelineQuestion | MatchingQuestion;
