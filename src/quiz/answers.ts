import type {Category, Question, Unit} from '../format/types.js';
import {convert, roundForDisplay, unitLabel} from './units.js';

/** What a student gave for one question. */
export type Answer = {kind: 'choice'; choiceId: string} | {kind: 'numeric'; value: number; unit: Unit};

export interface AnswerResult {
  questionId: string;
  category: Category;
  answer: Answer;
  correct: boolean;
  /** Points earned. */
  points: number;
  maxPoints: number;
}

// Floating-point slack, so 30 km against 18.64 mi with a tolerance that lands exactly on the edge still counts.
const EPSILON = 1e-9;

export function isCorrect(question: Question, answer: Answer): boolean {
  if (question.kind === 'single-choice') {
    return answer.kind === 'choice' && answer.choiceId === question.answer;
  }
  if (answer.kind !== 'numeric') return false;
  const given = convert(answer.value, answer.unit, question.answer.unit);
  return Math.abs(given - question.answer.value) <= question.answer.tolerance + EPSILON;
}

export function gradeAnswer(question: Question, answer: Answer): AnswerResult {
  const correct = isCorrect(question, answer);
  return {
    questionId: question.id,
    category: question.category,
    answer,
    correct,
    points: correct ? question.points : 0,
    maxPoints: question.points,
  };
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
