import type {QuizFile} from './types.js';
import {formatIssue, validateQuizFile} from './validate.js';

export type ParseResult = {ok: true; quiz: QuizFile} | {ok: false; message: string; issues: string[]};

/** Turns the text of a question file into a quiz, or a message saying what is wrong with it and where. */
export function parseQuizText(text: string, source: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {ok: false, message: `${source} is not a question file: it is not valid JSON (${reason}).`, issues: []};
  }
  return checkQuizData(data, source);
}

/** Validates already-parsed data, e.g. the `quiz` property set from script. */
export function checkQuizData(data: unknown, source: string): ParseResult {
  const result = validateQuizFile(data);
  if (result.ok) return result;
  const issues = result.issues.map(formatIssue);
  const count = issues.length === 1 ? '1 problem' : `${issues.length >= 20 ? 'at least 20' : issues.length} problems`;
  return {ok: false, message: `${source} is not a valid question file (${count}).`, issues};
}
