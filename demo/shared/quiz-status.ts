// What the React and Vue host pages keep in their own state from the quiz's events, and how they word it.
// Types come from the element's public event types (type-only: nothing of the element is bundled here).
import type {QuizAnswerDetail, QuizCompleteDetail, QuizMode, QuizStartDetail} from '../../src/element/events.js';

export type {QuizAnswerDetail, QuizCompleteDetail, QuizMode, QuizStartDetail};

export const QUIZ_URL = '../questions/kharkiv-strikes.json';

export const MODES: readonly {value: QuizMode; label: string}[] = [
  {value: 'practice', label: 'Practice: feedback after each question'},
  {value: 'test', label: 'Test: marked at the end'},
];

export interface QuizStatus {
  started: QuizStartDetail | null;
  /** Whether each answered question was right, by question id (test mode may answer one twice). */
  answers: Record<string, boolean>;
  complete: QuizCompleteDetail | null;
}

export const NOT_STARTED: QuizStatus = {started: null, answers: {}, complete: null};

export function onStart(detail: QuizStartDetail): QuizStatus {
  return {started: detail, answers: {}, complete: null};
}

export function onAnswer(status: QuizStatus, detail: QuizAnswerDetail): QuizStatus {
  return {...status, answers: {...status.answers, [detail.questionId]: detail.correct}};
}

export function onComplete(status: QuizStatus, detail: QuizCompleteDetail): QuizStatus {
  return {...status, complete: detail};
}

export function runText(status: QuizStatus): string {
  const run = status.started;
  return run ? `${run.questionCount} questions, ${run.mode} mode, version code ${run.seed}` : 'Not started';
}

export function answeredText(status: QuizStatus): string {
  const results = Object.values(status.answers);
  if (!status.started) return 'None yet';
  return `${results.length} of ${status.started.questionCount} (${results.filter(Boolean).length} right)`;
}

export function scoreText(status: QuizStatus): string {
  const done = status.complete;
  if (!done) return status.started ? 'In progress' : 'No score yet';
  const verdict = done.passed === undefined ? '' : done.passed ? ', passed' : ', not passed yet';
  return `Score: ${done.score} of ${done.max} (${done.percentage}%)${verdict}${done.reason === 'time-up' ? ', time ran out' : ''}`;
}

