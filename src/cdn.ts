/** The self-contained embed (dist/cdn/article-quiz.js): defines <article-quiz> and exports its event classes. */
export {ArticleQuiz} from './element/article-quiz.js';
export * from './element/events.js';
