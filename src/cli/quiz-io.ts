/**
 * The question-file input and the output file of the tools that turn a quiz into something else (export,
 * package:scorm): every problem becomes an InputError that names the file.
 */
import {resolve} from 'node:path';
import {formatIssue, validateQuizFile} from '../format/validate.js';
import type {QuizFile} from '../format/types.js';
import {InputError, readArticle} from './article-file.js';
import {writeFileAtomic} from './write-atomic.js';

/** A question bank may be far larger than one article: 10,000 questions in our layout are about 5 MB. */
const MAX_QUIZ_BYTES = 64 * 1024 * 1024;

/** Reads and checks a question file. */
export function readQuizFile(path: string): QuizFile {
  const text = readArticle(path, MAX_QUIZ_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const checked = validateQuizFile(data);
  if (!checked.ok) {
    throw new InputError(`${path}: not a valid question file:\n${checked.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  }
  return checked.quiz;
}

/** Refuses an output that would replace the question file it is made from. */
export function checkOutput(input: string, output: string): void {
  if (resolve(output) === resolve(input)) throw new InputError(`${input}: the output would overwrite the question file; give -o FILE`);
}

export function writeOutput(output: string, data: string | Uint8Array): void {
  try {
    writeFileAtomic(output, data);
  } catch (e) {
    throw new InputError(`${output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
