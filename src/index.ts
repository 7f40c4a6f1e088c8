/** Public entry: importing it defines <article-quiz>. */
export {ArticleQuiz} from './element/article-quiz.js';
export * from './element/events.js';
export type * from './format/types.js';
export {FORMAT_NAME, FORMAT_VERSION} from './format/types.js';
export {validateQuizFile, formatIssue, type ValidationIssue, type ValidationResult} from './format/validate.js';
export type {Answer, AnswerResult} from './quiz/answers.js';
export type {ScoreSummary, CategoryScore} from './quiz/score.js';
