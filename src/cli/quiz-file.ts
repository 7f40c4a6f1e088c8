// One question file's bytes: generate, render, and validate before anything is written.
import { formatIssue, validateQuizFile } from '../format/validate.js';
import type { GenerateOptions } from '../generator/quiz.js';
import { generateQuiz } from '../generator/quiz.js';
import { serializeQuiz } from '../format/serialize.js';

/** The generator produced an invalid file: a bug, reported with the validator's messages. */
export class InvalidQuizError extends Error {}

/** Generates, validates and renders one question file; throws ArticleError or InvalidQuizError. */
export function buildQuizFile(text: string, options: GenerateOptions): { json: string; notes: string[]; skipped: string[] } {
  const { quiz, notes, skipped } = generateQuiz(text, options);
  const json = serializeQuiz(quiz);
  const checked = validateQuizFile(JSON.parse(json));
  if (!checked.ok) {
    throw new InvalidQuizError(`internal error, the generated quiz is invalid:\n${checked.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
  return { json, notes, skipped };
}
