/** Answers and keys in words, for feedback, review, exports and print (never needed to show a question). */
import type {NumericQuestion, Question} from '../format/types.js';
import type {Answer} from './answers.js';
import {roundForDisplay, unitLabel} from './units.js';

/** The answer as a student reads it back in review. */
export function describeAnswer(question: Question, answer: Answer): string {
  switch (answer.kind) {
    case 'choice':
      return (question.kind === 'single-choice' && question.choices.find((c) => c.id === answer.choiceId)?.text) || answer.choiceId;
    case 'numeric':
      return `${roundForDisplay(answer.value)} ${unitLabel(answer.unit, answer.value)}`;
    case 'order': {
      const text = new Map(question.kind === 'timeline' ? question.items.map((item) => [item.id, item.text]) : []);
      return answer.order.map((id, i) => `${i + 1}. ${text.get(id) ?? id}`).join('; ');
    }
    case 'matches':
      return question.kind === 'matching'
        ? question.pairs.map((pair) => `“${pair.prompt}”: ${answer.matches[pair.id] ?? '(none)'}`).join('; ')
        : '';
  }
}

/** The right answer in words, e.g. "Friday", "19 miles", or a timeline's order. */
export function describeKey(question: Question): string {
  switch (question.kind) {
    case 'single-choice':
      return question.choices.find((c) => c.id === question.answer)?.text ?? question.answer;
    case 'numeric': {
      const {value, unit} = question.answer;
      return `${roundForDisplay(value)} ${unitLabel(unit, value)}`;
    }
    case 'timeline':
      return question.items.map((item, i) => `${i + 1}. ${item.text} (${item.when})`).join('; ');
    case 'matching':
      return question.pairs.map((pair) => `“${pair.prompt}”: ${pair.answer}`).join('; ');
  }
}

/** The allowed margin of a numeric answer, e.g. "1 mile". */
export function describeTolerance(question: NumericQuestion): string {
  const {tolerance, unit} = question.answer;
  return `${roundForDisplay(tolerance)} ${unitLabel(unit, tolerance)}`;
}
