/**
 * What the element needs once a question file arrives: validation and saved progress. A chunk of its own,
 * fetched in parallel with the question file, so the first script a page loads stays small.
 */
export {checkQuizData, parseQuizText} from '../format/parse.js';
export {browserStorage, clearProgress, loadProgress, progressKey, restore, saveProgress, snapshot} from '../quiz/progress.js';
export {connectLms} from '../lms/connect.js';
export {readQuizResponse} from './load-quiz.js';
export {planRetry, planRun} from '../quiz/plan.js';
