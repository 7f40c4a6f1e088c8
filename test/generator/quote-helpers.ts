// What the quote-question tests look at: an article made of paragraphs, and the quote questions (or skips) it gives.
import type {SingleChoiceQuestion} from '../../src/format/types.js';
import {describeKey} from '../../src/quiz/describe.js';
import {generateQuiz} from '../../src/generator/quiz.js';
import {parseArticle} from '../../src/generator/article.js';
import {buildContext, speakerName} from '../../src/generator/context.js';
import {content} from '../../src/generator/questions-quote.js';

export const article = (...paragraphs: string[]) => ` date 2024-05-10\n${paragraphs.join('\n\n')}`;

export const quoteQuestions = (text: string) =>
  generateQuiz(text).quiz.questions.filter((q): q is SingleChoiceQuestion => q.category === 'quote' && q.kind === 'single-choice');

/** Each quote question as a user sees it: "prompt => right answer". */
export const asked = (text: string) => quoteQuestions(text).map((q) => `${q.prompt} => ${describeKey(q)}`);

/** The generator's notes on quotes it left out. */
export const skippedQuotes = (text: string) => generateQuiz(text).skipped.filter((s) => s.startsWith('skipped quote'));

/**
 * The words each quote of the text would be asked with, "X say that …" (or why not), whether or not the quiz
 * asks it: a lone "yes" is asked only as the odd one out of a balanced quiz (issue 11), so the wording is
 * tested here apart from that choice.
 */
export const sayings = (text: string): string[] => {
  const parsed = parseArticle(text);
  const ctx = buildContext(parsed, parsed.dateline!);
  return ctx.facts.quotes.map((q) => {
    const said = content(ctx, q);
    const sp = ctx.facts.speakers.find((s) => s.id === q.speakerId)!;
    return typeof said === 'string' ? said : `${speakerName(sp, ctx.text)} say${said.what}`;
  });
};
