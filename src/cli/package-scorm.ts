/**
 * `npm run package:scorm -- [--scorm 1.2|2004] questions/NAME.json [-o OUT.zip] [--pass-mark 60] [--mode test]`
 * builds a SCORM package of the quiz (1.2 unless told 2004) from the embed in dist/cdn (the npm script builds it
 * first). Arguments and I/O only; the package is made in src/lms/scorm-package.ts.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {SCORM_VERSIONS, scormPackage, type ScormVersion} from '../lms/scorm-package.js';
import {InputError, inputErrorCode} from './article-file.js';
import {checkOutput, readQuizFile, writeOutput} from './quiz-io.js';
import {isMain, readArgs, runCli, UsageError} from './run-cli.js';

export {UsageError};

export interface PackageOptions {
  input: string;
  output: string | null;
  version: ScormVersion;
  passMark?: number;
  mode?: 'practice' | 'test';
}

const EMBED = 'dist/cdn';
const USAGE = 'usage: package:scorm [--scorm 1.2|2004] QUESTIONS.json [-o OUT.zip] [--pass-mark PERCENT] [--mode practice|test]';

export function parseArgs(argv: readonly string[]): PackageOptions {
  const {values, positionals} = readArgs(argv, USAGE, {
    output: {type: 'string', short: 'o'}, scorm: {type: 'string'}, 'pass-mark': {type: 'string'}, mode: {type: 'string'},
  });
  const version = (values.scorm as string | undefined) ?? '1.2';
  if (!SCORM_VERSIONS.includes(version as ScormVersion)) throw new UsageError(`unknown SCORM version "${version}": expected ${SCORM_VERSIONS.join(' or ')}`);
  const mark = values['pass-mark'] as string | undefined;
  if (mark !== undefined && (!/^\d+(\.\d+)?$/.test(mark) || Number(mark) > 100)) throw new UsageError(`--pass-mark must be a percentage from 0 to 100, got "${mark}"`);
  const mode = values.mode as string | undefined;
  if (mode !== undefined && mode !== 'practice' && mode !== 'test') throw new UsageError(`--mode must be practice or test, got "${mode}"`);
  if (positionals.length > 1) throw new UsageError(`more than one question file (${positionals.join(', ')}); ${USAGE}`);
  if (!positionals[0]) throw new UsageError(`no question file given; ${USAGE}`);
  return {input: positionals[0], output: (values.output as string | undefined) ?? null, version: version as ScormVersion, passMark: mark === undefined ? undefined : Number(mark), mode};
}

/** `questions/kharkiv.json` → `questions/kharkiv.scorm12.zip` (or `.scorm2004.zip`). */
export function defaultOutput(input: string, version: ScormVersion): string {
  return input.replace(/(\.json)?$/i, `.scorm${version.replace('.', '')}.zip`);
}

const say = (line: string) => process.stderr.write(`package:scorm: ${line}\n`);

function run(opts: PackageOptions): number {
  const output = opts.output ?? defaultOutput(opts.input, opts.version);
  checkOutput(opts.input, output);
  const quiz = readQuizFile(opts.input);
  if (!existsSync(join(EMBED, 'article-quiz.js'))) throw new InputError(`${EMBED}/article-quiz.js is missing: run \`npx vite build\` first`);
  const embed = Object.fromEntries(readdirSync(EMBED).filter((f) => f.endsWith('.js')).map((f) => [f, new Uint8Array(readFileSync(join(EMBED, f)))]));
  const zip = scormPackage(quiz, {embed, passMark: opts.passMark, mode: opts.mode, version: opts.version});
  writeOutput(output, zip);
  const name = opts.version === '2004' ? 'SCORM 2004 4th Edition' : 'SCORM 1.2';
  say(`wrote ${output} (${name}: imsmanifest.xml, index.html, quiz.json, ${Object.keys(embed).length} script files)`);
  return 0;
}

export function main(argv: readonly string[]): number {
  return runCli(argv, say, parseArgs, run, inputErrorCode, USAGE);
}

// Run only when executed, not when imported by tests.
if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
