// One "Make the quiz" run of the authoring page, as plain data in and out: the generator worker
// (generator-worker.ts) runs it, and so does the page itself when it has no worker. Never throws.
import type {QuizFile} from '../format/types.js';
import {formatIssue, validateQuizFile} from '../format/validate.js';
import {serializeQuiz} from '../format/serialize.js';
import {ArticleError, generateQuiz} from '../generator/quiz.js';
import {factRows, type FactRows} from './summary.js';
import {factSeeds, type FactSeeds} from './fact-seeds.js';

export interface MakeRequest {
  /** buildGeneratorInput's `input`: the dateline, then the paragraphs. */
  input: string;
  title: string;
  source: string;
}

/** Only structured-clonable data: it crosses from the worker to the page. */
export type MakeReply =
  | {ok: true; quiz: QuizFile; notes: string[]; skipped: string[]; rows: FactRows; seeds: FactSeeds}
  /** article: the text cannot become a quiz (ArticleError); invalid: the generator wrote a bad file; unexpected: a bug. */
  | {ok: false; kind: 'article' | 'invalid' | 'unexpected'; message: string};

export function makeQuiz(request: MakeRequest, generate: typeof generateQuiz = generateQuiz): MakeReply {
  try {
    const result = generate(request.input, {title: request.title, source: request.source});
    // The result's own facts: extracting them again would double the time on a large text.
    const rows = factRows(result.facts);
    const checked = validateQuizFile(JSON.parse(serializeQuiz(result.quiz)));
    if (!checked.ok) return {ok: false, kind: 'invalid', message: checked.issues.slice(0, 3).map(formatIssue).join('; ')};
    return {ok: true, quiz: result.quiz, notes: result.notes, skipped: result.skipped, rows, seeds: factSeeds(result.facts, request.input)};
  } catch (error) {
    return {ok: false, kind: error instanceof ArticleError ? 'article' : 'unexpected', message: error instanceof Error ? error.message : String(error)};
  }
}
