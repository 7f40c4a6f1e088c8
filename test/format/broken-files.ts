/** Ways to break a valid file, the validator's exact message, and whether JSON Schema alone can see it. */
import type {QuizFile} from '../../src/format/types.js';
import {cloneJson, kindsQuiz} from '../fixtures.js';

const timelineOf = (_q: unknown): Loose => cloneJson(kindsQuiz().questions[3]);
const matchingOf = (_q: unknown): Loose => cloneJson(kindsQuiz().questions[4]);

// Tests reach into the file to break it in ways its type forbids.
type Loose = any; // eslint-style exception kept to tests

export interface BrokenFile {
  name: string;
  breakIt: (quiz: QuizFile & Loose) => void;
  expected: string;
  /** False for rules that need cross-references (answer ids, offsets), which the schema cannot express. */
  schemaCanTell: boolean;
}

export const BROKEN_FILES: BrokenFile[] = [
  {name: 'a timeline with two events', breakIt: (q) => q.questions.push({...timelineOf(q), items: timelineOf(q).items.slice(0, 2)}), expected: 'questions[3].items: expected 3 to 5 entries, got 2', schemaCanTell: true},
  {name: 'a timeline event without its date', breakIt: (q) => { const t = timelineOf(q); delete t.items[1].when; q.questions.push(t); }, expected: 'questions[3].items[1].when: expected a string, got undefined', schemaCanTell: true},
  {name: 'a matching distractor that is an answer', breakIt: (q) => { const m = matchingOf(q); m.distractors = ['Ana Ruiz']; q.questions.push(m); }, expected: 'questions[3].distractors[0]: expected a wrong option, but "Ana Ruiz" is the answer to a pair', schemaCanTell: false},
  {name: 'a matching pair with evidence out of range', breakIt: (q) => { const m = matchingOf(q); m.pairs[0].evidence.end = 999; q.questions.push(m); }, expected: 'questions[3].pairs[0].evidence: expected a range inside 0-26, got 0-999', schemaCanTell: false},
  {name: 'a missing prompt', breakIt: (q) => delete q.questions[0].prompt, expected: 'questions[0].prompt: expected a string, got undefined', schemaCanTell: true},
  {name: 'an unknown category', breakIt: (q) => (q.questions[0].category = 'weather'), expected: 'questions[0].category: expected one of "date", "distance", "quote", "measure", got "weather"', schemaCanTell: true},
  {name: 'an unknown kind', breakIt: (q) => (q.questions[1].kind = 'essay'), expected: 'questions[1].kind: expected one of "single-choice", "numeric", "timeline", "matching", got "essay"', schemaCanTell: true},
  {name: 'an answer that is not a choice', breakIt: (q) => (q.questions[0].answer = 'z'), expected: 'questions[0].answer: expected the id of one of the choices (a, b, c), got "z"', schemaCanTell: false},
  {name: 'a negative tolerance', breakIt: (q) => (q.questions[1].answer.tolerance = -1), expected: 'questions[1].answer.tolerance: expected a number of at least 0, got -1', schemaCanTell: true},
  {
    name: 'an unknown unit',
    breakIt: (q) => (q.questions[1].answer.unit = 'furlong'),
    expected:
      'questions[1].answer.unit: expected a unit, in the singular: mile, kilometer, meter, foot, nautical mile, inch, centimeter, millimeter, yard, ' +
      'second, minute, hour, day, week, month, year, mile per hour, kilometer per hour, knot, meter per second, kilogram, gram, pound, ounce, ton, tonne, ' +
      'acre, hectare, square kilometer, square mile, square meter, square foot, degree Fahrenheit, degree Celsius, liter, gallon, barrel, cubic meter; got "furlong"',
    schemaCanTell: true,
  },
  {
    name: 'a distance in hours',
    breakIt: (q) => (q.questions[1].answer.unit = 'hour'),
    expected:
      'questions[1].answer.unit: expected a length unit for a distance (mile, kilometer, meter, foot, nautical mile, inch, centimeter, millimeter, yard), got "hour", a duration unit; ' +
      'a question about another quantity has the category "measure"',
    schemaCanTell: true,
  },
  {name: 'zero points', breakIt: (q) => (q.questions[0].points = 0), expected: 'questions[0].points: expected a number greater than 0, got 0', schemaCanTell: true},
  {name: 'a duplicate question id', breakIt: (q) => (q.questions[1].id = 'q-date'), expected: 'questions[1].id: expected a unique question id, "q-date" is used twice', schemaCanTell: false},
  {name: 'evidence past the paragraph end', breakIt: (q) => (q.questions[0].evidence.end = 500), expected: 'questions[0].evidence: expected a range inside 0-51, got 0-500', schemaCanTell: false},
  {name: 'evidence in a missing paragraph', breakIt: (q) => (q.questions[0].evidence.paragraph = 9), expected: 'questions[0].evidence.paragraph: expected a paragraph index below 3, got 9', schemaCanTell: false},
  {name: 'a highlight outside the evidence', breakIt: (q) => (q.questions[2].evidence.highlight = {start: 20, end: 40}), expected: 'questions[2].evidence.highlight: expected a range inside 0-26, got 20-40', schemaCanTell: false},
  {name: 'a day date with month precision', breakIt: (q) => (q.article.precision = 'month'), expected: 'article.published: expected a month as YYYY-MM (precision is "month"), got "2024-05-17"', schemaCanTell: true},
  {name: 'no paragraphs', breakIt: (q) => (q.article.paragraphs = []), expected: 'article.paragraphs: expected at least 1 paragraph, got 0', schemaCanTell: true},
  {name: 'a string where a number belongs', breakIt: (q) => (q.questions[1].answer.value = '30'), expected: 'questions[1].answer.value: expected a number, got "30"', schemaCanTell: true},
];
