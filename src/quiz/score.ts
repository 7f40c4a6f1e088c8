import {CATEGORIES, type Category, type Question} from '../format/types.js';
import type {AnswerResult} from './answers.js';

export interface CategoryScore {
  score: number;
  max: number;
  correct: number;
  total: number;
}

export interface ScoreSummary {
  score: number;
  max: number;
  /** Whole percent, 0-100. */
  percentage: number;
  byCategory: Record<Category, CategoryScore>;
}

/** Adds up a run: every question asked counts towards the maximum, answered or not. */
export function summarize(questions: readonly Question[], results: ReadonlyMap<string, AnswerResult>): ScoreSummary {
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, {score: 0, max: 0, correct: 0, total: 0}])
  ) as Record<Category, CategoryScore>;
  let score = 0;
  let max = 0;
  for (const question of questions) {
    const bucket = byCategory[question.category];
    const result = results.get(question.id);
    bucket.max += question.points;
    bucket.total += 1;
    max += question.points;
    if (result) {
      bucket.score += result.points;
      score += result.points;
      if (result.correct) bucket.correct += 1;
    }
  }
  const percentage = max === 0 ? 0 : Math.round((score / max) * 100);
  return {score, max, percentage, byCategory};
}
