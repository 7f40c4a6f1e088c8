import type {QuizFile} from '../format/types.js';
import {loadProgress, type SavedProgress} from '../quiz/progress.js';
import {findScormApi} from './find-api.js';
import type {LmsReporter} from './reporter.js';
import type {XapiActor, XapiTarget} from './xapi.js';

/**
 * Inside a learning platform (a SCORM API in this or a parent window) or with an xAPI endpoint, opens a
 * reporter for the quiz, and reads the platform's saved attempt, if any. Null when there is nowhere to report.
 */
export async function connectLms(
  quiz: QuizFile,
  xapi: (XapiTarget & {actor?: XapiActor}) | null
): Promise<{reporter: LmsReporter; resume: SavedProgress | null} | null> {
  const scorm = findScormApi();
  if (!scorm && !xapi) return null;
  const {LmsReporter} = await import('./reporter.js');
  const reporter = new LmsReporter({quiz, scorm, xapi});
  const suspended = reporter.begin();
  if (!suspended) return {reporter, resume: null};
  const fromPlatform = {getItem: () => suspended, setItem() {}, removeItem() {}};
  const loaded = loadProgress(fromPlatform, 'scorm', quiz.questions);
  return {reporter, resume: loaded.status === 'ok' ? loaded.progress : null};
}
