// What the quote-question tests look at: an article made of paragraphs, and the quote questions (or skips) it gives.
import type {SingleChoiceQuestion} from '../../src/format/types.js';
import {describeKey} from '../../src/quiz/describe.js';
import {generateQuiz} from '../../src/generator/quiz.js';

export const article = (...paragraphs: string[]) => ` date 2024-05-10\n${paragraphs.join('\n\n')}`;

export const quoteQuestions = (text: string) =>
  generateQuiz(text).quiz.questions.filter((q): q is SingleChoiceQuestion => q.category === 'quote' && q.kind === 'single-choice');

/** Each quote question as a user sees it: "prompt => right answer". */
export const asked = (text: string) => quoteQuestions(text).map((q) => `${q.prompt} => ${describeKey(q)}`);

/** The generator's notes on quotes it left out. */
export const skippedQuotes = (text: string) => generateQuiz(text).skipped.filter((s) => s.startsWith('skipped quote'));
