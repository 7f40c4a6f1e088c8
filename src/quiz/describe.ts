/** Answers and keys in words, for feedback, review, exports and print (never needed to show a question). */
import type {NumericQuestion, Question, Unit} from '../format/types.js';
import type {Answer} from './answers.js';
import {roundForDisplay, unitLabel} from './units.js';

/** Names a unit for an amount: English by default; the element passes its locale's names. */
export type UnitNamer = (unit: Unit, value: number) => string;

/** A UnitNamer from the element's `unitName(unit, plural)` text. */
export function namesFrom(unitName: (unit: string, plural: boolean) => string): UnitNamer {
  return (unit, value) => unitName(unit, Math.abs(value) !== 1);
}

/** The three descriptions, with units named by `name`. */
export function describers(name: UnitNamer) {
  const amount = (value: number, unit: Unit) => `${roundForDisplay(value)} ${name(unit, value)}`;
  return {
    /** The answer as a student reads it back in review. */
    answer(question: Question, answer: Answer): string {
      switch (answer.kind) {
        case 'choice':
          return (question.kind === 'single-choice' && question.choices.find((c) => c.id === answer.choiceId)?.text) || answer.choiceId;
        case 'numeric':
          return amount(answer.value, answer.unit);
        case 'order': {
          const text = new Map(question.kind === 'timeline' ? question.items.map((item) => [item.id, item.text]) : []);
          return answer.order.map((id, i) => `${i + 1}. ${text.get(id) ?? id}`).join('; ');
        }
        case 'matches':
          return question.kind === 'matching'
            ? question.pairs.map((pair) => `“${pair.prompt}”: ${answer.matches[pair.id] ?? '(none)'}`).join('; ')
            : '';
      }
    },
    /** The right answer in words, e.g. "Friday", "19 miles", or a timeline's order. */
    key(question: Question): string {
      switch (question.kind) {
        case 'single-choice':
          return question.choices.find((c) => c.id === question.answer)?.text ?? question.answer;
        case 'numeric':
          return amount(question.answer.value, question.answer.unit);
        case 'timeline':
          return question.items.map((item, i) => `${i + 1}. ${item.text} (${item.when})`).join('; ');
        case 'matching':
          return question.pairs.map((pair) => `“${pair.prompt}”: ${pair.answer}`).join('; ');
      }
    },
    /** The allowed margin of a numeric answer, e.g. "1 mile". */
    tolerance(question: NumericQuestion): string {
      return amount(question.answer.tolerance, question.answer.unit);
    },
  };
}

const english = describers(unitLabel);
/** The answer as a student reads it back in review, in English. */
export const describeAnswer = english.answer;
/** The right answer in words, in English: "Friday", "19 miles", or a timeline's order. */
export const describeKey = english.key;
/** The allowed margin of a numeric answer in English, e.g. "1 mile". */
export const describeTolerance = english.tolerance;
