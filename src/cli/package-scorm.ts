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
import {isMain, runCli, UsageError} from './run-cli.js';

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
  let input: string | null = null;
  let output: string | null = null;
  let version: ScormVersion = '1.2';
  let passMark: number | undefined;
  let mode: PackageOptions['mode'];
  for (let i = 0; i < argv.length; i++) {
    // `--name=value` is read as `--name value`.
    const eq = argv[i]!.startsWith('--') ? argv[i]!.indexOf('=') : -1;
    const a = eq > 0 ? argv[i]!.slice(0, eq) : argv[i]!;
    const inline = eq > 0 ? argv[i]!.slice(eq + 1) : undefined;
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '-o' || a === '--output') output = value();
    else if (a === '--scorm') {
      const v = value();
      if (!SCORM_VERSIONS.includes(v as ScormVersion)) throw new UsageError(`unknown SCORM version "${v}": expected ${SCORM_VERSIONS.join(' or ')}`);
      version = v as ScormVersion;
    } else if (a === '--pass-mark') {
      const v = value();
      passMark = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || passMark > 100) throw new UsageError(`--pass-mark must be a percentage from 0 to 100, got "${v}"`);
    } else if (a === '--mode') {
      const v = value();
      if (v !== 'practice' && v !== 'test') throw new UsageError(`--mode must be practice or test, got "${v}"`);
      mode = v;
    } else if (a === '--') continue;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}; ${USAGE}`);
    else if (input) throw new UsageError(`more than one question file (${input}, ${a}); ${USAGE}`);
    else input = a;
  }
  if (!input) throw new UsageError(`no question file given; ${USAGE}`);
  return {input, output, version, passMark, mode};
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
