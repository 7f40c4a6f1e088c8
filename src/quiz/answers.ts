import type {Category, Question, Unit} from '../format/types.js';
import {canConvert, convert} from './units.js';

/** What a student gave for one question. */
export type Answer =
  | {kind: 'choice'; choiceId: string}
  | {kind: 'numeric'; value: number; unit: Unit}
  /** Timeline: item ids, earliest first as the student ordered them. */
  | {kind: 'order'; order: string[]}
  /** Matching: the speaker chosen for each pair id. */
  | {kind: 'matches'; matches: Record<string, string>};

export interface AnswerResult {
  questionId: string;
  category: Category;
  answer: Answer;
  /** Full credit. */
  correct: boolean;
  /** Share of the points earned: 1, 0 or, for partial answers, in between. */
  credit: number;
  /** Points earned. */
  points: number;
  maxPoints: number;
}

// Floating-point slack, so 30 km against 18.64 mi with a tolerance that lands exactly on the edge still counts.
const EPSILON = 1e-9;

/**
 * Share of pairs of events the student put in the same order as the article: 1 for the right order, 0 for
 * the reverse, in between for nearly right (Kendall's tau, scaled to 0-1).
 */
export function orderCredit(rightOrder: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((id, i) => [id, i]));
  if (rightOrder.length < 2 || rightOrder.some((id) => !position.has(id))) return 0;
  let agreeing = 0;
  let pairs = 0;
  for (let i = 0; i < rightOrder.length; i++) {
    for (let j = i + 1; j < rightOrder.length; j++) {
      pairs++;
      if (position.get(rightOrder[i]!)! < position.get(rightOrder[j]!)!) agreeing++;
    }
  }
  return agreeing / pairs;
}

/**
 * How much of the question's points an answer earns. Numeric answers: full credit within the tolerance,
 * half within twice it (close is worth something), nothing beyond. Timelines and matching: partial credit.
 */
export function creditFor(question: Question, answer: Answer): number {
  switch (question.kind) {
    case 'single-choice':
      return answer.kind === 'choice' && answer.choiceId === question.answer ? 1 : 0;
    case 'timeline':
      return answer.kind === 'order' ? orderCredit(question.items.map((item) => item.id), answer.order) : 0;
    case 'matching':
      if (answer.kind !== 'matches') return 0;
      return question.pairs.filter((pair) => answer.matches[pair.id] === pair.answer).length / question.pairs.length;
    case 'numeric': {
      // A unit of another dimension (only a tampered saved answer has one) earns nothing.
      if (answer.kind !== 'numeric' || !canConvert(answer.unit, question.answer.unit)) return 0;
      const given = convert(answer.value, answer.unit, question.answer.unit);
      const off = Math.abs(given - question.answer.value);
      const {tolerance} = question.answer;
      if (off <= tolerance + EPSILON) return 1;
      return tolerance > 0 && off <= 2 * tolerance + EPSILON ? 0.5 : 0;
    }
  }
}

export function gradeAnswer(question: Question, answer: Answer): AnswerResult {
  const credit = creditFor(question, answer);
  return {
    questionId: question.id,
    category: question.category,
    answer,
    correct: credit === 1,
    credit,
    points: credit * question.points,
    maxPoints: question.points,
  };
}

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export function verdictOf(result: AnswerResult | undefined): Verdict {
  if (!result) return 'unanswered';
  return result.credit >= 1 ? 'correct' : result.credit > 0 ? 'partial' : 'incorrect';
}
