// CLI: `export --format gift|moodle-xml|qti21 QUESTIONS.json [-o OUT]` writes a question bank for a learning
// platform (default: next to the input, NAME.gift.txt / NAME.moodle.xml / NAME.qti21.zip) and says on stderr
// which questions it simplified or left out. Arguments and I/O only; the work is in src/export/.
import type { QuizFile } from '../format/types.js';
import { quizToGift } from '../export/gift.js';
import { quizToMoodleXml } from '../export/moodle-xml.js';
import { quizToQtiPackage } from '../export/qti21.js';
import { reportLines, type ExportResult } from '../export/report.js';
import { inputErrorCode } from './article-file.js';
import { checkOutput, readQuizFile, writeOutput } from './quiz-io.js';
import {isMain, readArgs, runCli, UsageError} from './run-cli.js';

export {UsageError};

export const FORMATS = {
  gift: { suffix: '.gift.txt', run: quizToGift },
  'moodle-xml': { suffix: '.moodle.xml', run: quizToMoodleXml },
  qti21: { suffix: '.qti21.zip', run: quizToQtiPackage },
} satisfies Record<string, { suffix: string; run: (quiz: QuizFile) => ExportResult<string | Uint8Array> }>;
export type FormatName = keyof typeof FORMATS;

export interface ExportOptions {
  format: FormatName;
  input: string;
  output: string | null;
}


const USAGE = `usage: export --format ${Object.keys(FORMATS).join('|')} QUESTIONS.json [-o OUT]`;

function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

export function parseArgs(argv: readonly string[]): ExportOptions {
  const {values, positionals} = readArgs(argv, USAGE, {format: {type: 'string', short: 'f'}, output: {type: 'string', short: 'o'}});
  const format = values.format as string | undefined;
  if (positionals.length > 1) throw new UsageError(`more than one input file (${positionals.join(', ')}); ${USAGE}`);
  if (format === undefined) throw new UsageError(`no --format given; ${USAGE}`);
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}": expected one of ${Object.keys(FORMATS).join(', ')}`);
  if (!positionals[0]) throw new UsageError(`no question file given; ${USAGE}`);
  return { format, input: positionals[0], output: (values.output as string | undefined) ?? null };
}

/** `questions/kharkiv.json` → `questions/kharkiv.gift.txt`. */
export function defaultOutput(input: string, format: FormatName): string {
  return input.replace(/(\.json)?$/i, FORMATS[format].suffix);
}


const say = (line: string) => process.stderr.write(`export: ${line}\n`);

function run(opts: ExportOptions): number {
  const output = opts.output ?? defaultOutput(opts.input, opts.format);
  checkOutput(opts.input, output);
  const quiz = readQuizFile(opts.input);
  const { output: data, report } = FORMATS[opts.format].run(quiz);
  writeOutput(output, data);
  for (const line of reportLines(report)) say(line);
  const changed = report.simplified.length ? `, ${new Set(report.simplified.map((s) => s.id)).size} simplified` : '';
  const left = report.omitted.length ? `, ${report.omitted.length} left out` : '';
  say(`wrote ${output} (${report.exported.length} questions${changed}${left})`);
  return 0;
}

export function main(argv: readonly string[]): number {
  return runCli(argv, say, parseArgs, run, inputErrorCode, USAGE);
}

// Run only when executed, not when imported by tests.
if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
