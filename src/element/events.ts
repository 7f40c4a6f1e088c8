/**
 * Every event <article-quiz> fires, typed once. All bubble and cross the shadow boundary, so a host page
 * can listen on the element or on any ancestor. Start, answer and complete fire only on user actions.
 */
import type {Category} from '../format/types.js';
import type {Answer, AnswerResult} from '../quiz/answers.js';
import type {ScoreSummary} from '../quiz/score.js';

export type QuizMode = 'practice' | 'test';

/** When right answers are shown: after each question, on the results screen, or never. */
export type ShowAnswers = 'after-each' | 'after-submit' | 'never';

export interface QuizStartDetail {
  questionCount: number;
  mode: QuizMode;
  seed: string;
}

export interface QuizAnswerDetail {
  questionId: string;
  category: Category;
  answer: Answer;
  correct: boolean;
  /** Points earned for this answer. */
  points: number;
}

export interface QuizCompleteDetail extends ScoreSummary {
  answers: AnswerResult[];
  /** Whether the score reached the pass mark; absent without a `pass-mark`. */
  passed?: boolean;
  passMark?: number;
  /** `time-up` when the time limit ran out and the answers so far were submitted. */
  reason: 'completed' | 'time-up';
}

export interface QuizErrorDetail {
  /** What went wrong, in one sentence a reader can act on. */
  message: string;
  /** Field-level problems, e.g. `questions[3].choices: expected at least 2 choices, got 1`. */
  issues: string[];
  /** Where the quiz came from: the src URL, "inline script" or "quiz property". */
  source: string;
}

class QuizEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T
  ) {
    super(type, {bubbles: true, composed: true});
  }
}

export class QuizStartEvent extends QuizEvent<QuizStartDetail> {
  constructor(detail: QuizStartDetail) {
    super('quiz-start', detail);
  }
}

export class QuizAnswerEvent extends QuizEvent<QuizAnswerDetail> {
  constructor(detail: QuizAnswerDetail) {
    super('quiz-answer', detail);
  }
}

export class QuizCompleteEvent extends QuizEvent<QuizCompleteDetail> {
  constructor(detail: QuizCompleteDetail) {
    super('quiz-complete', detail);
  }
}

export class QuizErrorEvent extends QuizEvent<QuizErrorDetail> {
  constructor(detail: QuizErrorDetail) {
    super('quiz-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-start': QuizStartEvent;
    'quiz-answer': QuizAnswerEvent;
    'quiz-complete': QuizCompleteEvent;
    'quiz-error': QuizErrorEvent;
  }
}
