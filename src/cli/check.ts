/**
 * `npm run check -- QUESTIONS.json [...] [--write]`: says whether each question file is one the quiz can run
 * (every problem with its path, as the element would list them), and with `--write` rewrites each valid file in
 * the layout our tools use (ASCII, one line per question: the quickest for the element to load). Arguments and
 * I/O only; validation is src/format/validate.ts, the layout src/format/serialize.ts.
 */
import {readFileSync} from 'node:fs';
import {serializeQuiz} from '../format/serialize.js';
import {inputErrorCode} from './article-file.js';
import {readQuizFile, writeOutput} from './quiz-io.js';
import {isMain, readArgs, runCli, UsageError} from './run-cli.js';

export {UsageError};

export interface CheckOptions {
  inputs: string[];
  write: boolean;
}

const USAGE = 'usage: check QUESTIONS.json [MORE.json ...] [--write]';

export function parseArgs(argv: readonly string[]): CheckOptions {
  const {values, positionals} = readArgs(argv, USAGE, {write: {type: 'boolean'}});
  if (!positionals.length) throw new UsageError(`no question file given; ${USAGE}`);
  return {inputs: positionals, write: values.write === true};
}

const say = (line: string) => process.stderr.write(`check: ${line}\n`);

/** Checks every file (one bad file does not hide the others); exit 1 when any is unusable. */
function run(opts: CheckOptions): number {
  let failed = 0;
  for (const input of opts.inputs) {
    try {
      const quiz = readQuizFile(input);
      const text = serializeQuiz(quiz);
      const same = readFileSync(input, 'utf8') === text;
      if (opts.write && !same) writeOutput(input, text);
      const layout = same ? '' : opts.write ? ', rewritten in the standard layout' : ' (--write would rewrite it in the standard layout)';
      say(`${input}: valid, ${quiz.questions.length} question${quiz.questions.length === 1 ? '' : 's'}${layout}`);
    } catch (error) {
      inputErrorCode(error);
      say((error as Error).message);
      failed++;
    }
  }
  return failed ? 1 : 0;
}

export function main(argv: readonly string[]): number {
  return runCli(argv, say, parseArgs, run, inputErrorCode, USAGE);
}

// Run only when executed, not when imported by tests.
if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
