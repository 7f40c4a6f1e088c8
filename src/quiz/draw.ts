/**
 * What a run draws from a quiz, worked out without planning the run: small enough for the element's first
 * download, where the start screen counts the questions (the planning itself, plan.ts, loads with the file).
 */
import type {Category, Question, QuizFile} from '../format/types.js';

export interface PlanOptions {
  seed: string;
  /** Draw this many questions (all when absent or larger than the pool). */
  count?: number;
  /** Keep only these categories (all when absent or empty). */
  categories?: readonly Category[];
}

export function poolOf(quiz: QuizFile, categories: PlanOptions['categories']): Question[] {
  const wanted = categories?.length ? new Set(categories) : null;
  return wanted ? quiz.questions.filter((q) => wanted.has(q.category)) : quiz.questions;
}

export function drawCount(poolSize: number, count: number | undefined): number {
  return count && count > 0 ? Math.min(count, poolSize) : poolSize;
}

/** How many questions a run with these options asks, without planning it. */
export function runLength(quiz: QuizFile, options: Omit<PlanOptions, 'seed'>): number {
  return drawCount(poolOf(quiz, options.categories).length, options.count);
}

/** Parses the `categories` attribute ("date, quote"), ignoring unknown names. */
export function parseCategories(value: string | null | undefined, known: readonly Category[]): Category[] {
  if (!value) return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is Category => (known as readonly string[]).includes(s));
}
