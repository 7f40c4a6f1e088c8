/**
 * What a student has entered on a question before it is graded (a draft), and the answer it makes: pure, so
 * the rules (an empty field is no answer, "forty" is an error, an untouched timeline is its starting order)
 * are tested without a browser.
 */
import type {Question, Unit} from '../format/types.js';
import type {Answer} from './answers.js';
import {parseNumber} from './numbers.js';

export interface Draft {
  choiceId?: string;
  text?: string;
  unit?: Unit;
  /** Timeline: item ids in the student's order. */
  order?: string[];
  /** Matching: the speaker chosen for each pair id. */
  matches?: Record<string, string>;
}

/** No answer given yet, or a number field holding something that is not a number. */
export type DraftProblem = {problem: 'missing'} | {problem: 'not-a-number'; text: string};

/**
 * The answer a draft makes. `startOrder` is the order a timeline is shown in (an untouched timeline is an
 * answer too); `decimal` is the separator of the interface's language ("19,5" in French).
 */
export function readDraft(question: Question, draft: Draft, startOrder: readonly string[], decimal: '.' | ','): Answer | DraftProblem {
  switch (question.kind) {
    case 'single-choice':
      return draft.choiceId ? {kind: 'choice', choiceId: draft.choiceId} : {problem: 'missing'};
    case 'timeline':
      return {kind: 'order', order: draft.order ?? [...startOrder]};
    case 'matching': {
      const matches = Object.fromEntries(Object.entries(draft.matches ?? {}).filter(([, speaker]) => speaker));
      return Object.keys(matches).length ? {kind: 'matches', matches} : {problem: 'missing'};
    }
    case 'numeric': {
      const parsed = parseNumber(draft.text ?? '', decimal);
      if (parsed.ok) return {kind: 'numeric', value: parsed.value, unit: draft.unit ?? question.answer.unit};
      return parsed.reason === 'empty' ? {problem: 'missing'} : {problem: 'not-a-number', text: (draft.text ?? '').trim()};
    }
  }
}

/**
 * The draft that shows a recorded answer again (going back in test mode, a resumed run), a number written
 * with the interface's decimal separator so that reading the draft again gives the same answer.
 */
export function draftOf(answer: Answer | undefined, decimal: '.' | ','): Draft {
  switch (answer?.kind) {
    case 'choice':
      return {choiceId: answer.choiceId};
    case 'numeric':
      return {text: String(answer.value).replace('.', decimal), unit: answer.unit};
    case 'order':
      return {order: answer.order};
    case 'matches':
      return {matches: answer.matches};
    default:
      return {};
  }
}
