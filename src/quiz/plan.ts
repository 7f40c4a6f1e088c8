import type {Category, Question, QuizFile} from '../format/types.js';
import {createRandom, shuffle} from './random.js';

export interface PlanOptions {
  seed: string;
  /** Draw this many questions (all when absent or larger than the pool). */
  count?: number;
  /** Keep only these categories (all when absent or empty). */
  categories?: readonly Category[];
}

/** One question as this run shows it: choices in the run's own order. */
export interface PlannedQuestion {
  question: Question;
  /** Display order: choice ids (single choice), the timeline's starting order of item ids, or pair ids (matching). */
  choiceOrder: string[];
}

/** What a question shows in an order of the run's own. */
function entriesOf(question: Question): {id: string}[] {
  if (question.kind === 'single-choice') return question.choices;
  if (question.kind === 'timeline') return question.items;
  if (question.kind === 'matching') return question.pairs;
  return [];
}

/** The run's order of a question's entries; a timeline never starts out already right (rotated if so). */
function displayOrder(question: Question, random: () => number): string[] {
  const ids = shuffle(entriesOf(question), random).map((entry) => entry.id);
  if (question.kind === 'timeline' && ids.every((id, i) => id === question.items[i]!.id)) ids.push(ids.shift()!);
  return ids;
}

function poolOf(quiz: QuizFile, categories: PlanOptions['categories']): Question[] {
  const wanted = categories?.length ? new Set(categories) : null;
  return wanted ? quiz.questions.filter((q) => wanted.has(q.category)) : quiz.questions;
}

function drawCount(poolSize: number, count: number | undefined): number {
  return count && count > 0 ? Math.min(count, poolSize) : poolSize;
}

/** How many questions a run with these options asks, without planning it. */
export function runLength(quiz: QuizFile, options: Omit<PlanOptions, 'seed'>): number {
  return drawCount(poolOf(quiz, options.categories).length, options.count);
}

/** Picks, orders and shuffles the questions of one run; the same seed and options give the same run. */
export function planRun(quiz: QuizFile, options: PlanOptions): PlannedQuestion[] {
  const random = createRandom(options.seed);
  const pool = poolOf(quiz, options.categories);
  const count = drawCount(pool.length, options.count);
  return shuffle(pool, random)
    .slice(0, count)
    .map((question) => ({
      question,
      choiceOrder: displayOrder(question, random),
    }));
}

/** A fresh run over just the given questions, e.g. the ones missed. */
export function planRetry(planned: readonly PlannedQuestion[], questionIds: ReadonlySet<string>, seed: string): PlannedQuestion[] {
  const random = createRandom(seed);
  return shuffle(
    planned.filter((p) => questionIds.has(p.question.id)),
    random
  );
}

/** Parses the `categories` attribute ("date, quote"), ignoring unknown names. */
export function parseCategories(value: string | null | undefined, known: readonly Category[]): Category[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is Category => (known as readonly string[]).includes(s));
}
