/**
 * What the element needs once a question file arrives: validation, saved progress, planning, grading and what
 * the start screen shows. A chunk of its own, fetched in parallel with the question file, so the first script a
 * page loads stays small.
 */
export {checkQuizData, parseQuizText} from '../format/parse.js';
export {browserStorage, clearProgress, loadProgress, progressKey, restore, saveProgress, snapshot} from '../quiz/progress.js';
export {connectLms} from '../lms/connect.js';
export {readQuizResponse} from './load-quiz.js';
export {planRetry, planRun} from '../quiz/plan.js';
export {gradeAnswer} from '../quiz/answers.js';
export {parseCategories, runLength} from '../quiz/draw.js';
export {formatPublished} from './published.js';
