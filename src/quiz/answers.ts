import type {Category, NumericQuestion, Question, Unit} from '../format/types.js';
import {convert, roundForDisplay, unitLabel} from './units.js';

/** What a student gave for one question. */
export type Answer = {kind: 'choice'; choiceId: string} | {kind: 'numeric'; value: number; unit: Unit};

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
 * How much of the question's points an answer earns. Numeric answers: full credit within the tolerance,
 * half within twice it (close is worth something), nothing beyond.
 */
export function creditFor(question: Question, answer: Answer): number {
  if (question.kind === 'single-choice') {
    return answer.kind === 'choice' && answer.choiceId === question.answer ? 1 : 0;
  }
  if (answer.kind !== 'numeric') return 0;
  const given = convert(answer.value, answer.unit, question.answer.unit);
  const off = Math.abs(given - question.answer.value);
  const {tolerance} = question.answer;
  if (off <= tolerance + EPSILON) return 1;
  return tolerance > 0 && off <= 2 * tolerance + EPSILON ? 0.5 : 0;
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

/** The answer as a student reads it back in review. */
export function describeAnswer(question: Question, answer: Answer): string {
  if (answer.kind === 'choice') {
    if (question.kind !== 'single-choice') return answer.choiceId;
    return question.choices.find((c) => c.id === answer.choiceId)?.text ?? answer.choiceId;
  }
  return `${roundForDisplay(answer.value)} ${unitLabel(answer.unit, answer.value)}`;
}

/** The right answer in words, e.g. "Friday" or "19 miles". */
export function describeKey(question: Question): string {
  if (question.kind === 'single-choice') {
    return question.choices.find((c) => c.id === question.answer)?.text ?? question.answer;
  }
  const {value, unit} = question.answer;
  return `${roundForDisplay(value)} ${unitLabel(unit, value)}`;
}

/** The allowed margin of a numeric answer, e.g. "1 mile". */
export function describeTolerance(question: NumericQuestion): string {
  const {tolerance, unit} = question.answer;
  return `${roundForDisplay(tolerance)} ${unitLabel(unit, tolerance)}`;
}
