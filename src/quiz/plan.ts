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

/** Picks, orders and shuffles the questions of one run; the same seed and options give the same run. */
export function planRun(quiz: QuizFile, options: PlanOptions): PlannedQuestion[] {
  const random = createRandom(options.seed);
  const wanted = options.categories?.length ? new Set(options.categories) : null;
  const pool = wanted ? quiz.questions.filter((q) => wanted.has(q.category)) : quiz.questions;
  const count = options.count && options.count > 0 ? Math.min(options.count, pool.length) : pool.length;
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
