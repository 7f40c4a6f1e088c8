// CLI: `generate ARTICLE.txt [-o FILE] [--title T] [--source S] [--url U] [--id ID] [--verbose]` writes a
// question file (default: next to the input, .json); `generate --all MANIFEST [--check]` regenerates (or only
// checks) every file a manifest lists; `generate --facts ARTICLE.txt [-o FILE]` prints the extracted facts.
// Argument parsing and I/O only; the work is in src/generator/.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArticle } from '../generator/article.js';
import { extractFactsFromArticle } from '../generator/facts.js';
import { entryOptions, parseManifest } from '../generator/manifest.js';
import type { GenerateOptions } from '../generator/quiz.js';
import { ArticleError } from '../generator/quiz.js';
import { InputError, readArticle } from './article-file.js';
import { buildQuizFile, InvalidQuizError } from './quiz-file.js';
import { writeFileAtomic } from './write-atomic.js';
import {isMain, readArgs, runCli, UsageError} from './run-cli.js';

export {UsageError};

export interface CliOptions {
  facts: boolean;
  output: string | null;
  input: string | null;
  /** Manifest for --all. */
  all: string | null;
  check: boolean;
  verbose: boolean;
  quiz: GenerateOptions;
}


/** The manifest a folder of articles may have (see questions/articles.json). */
export const MANIFEST_NAME = 'articles.json';
export { InputError, MAX_BYTES, readArticle } from './article-file.js';
export { buildQuizFile, InvalidQuizError } from './quiz-file.js';

const USAGE = 'usage: generate ARTICLE.txt [-o FILE] [--title T] [--source S] [--url U] [--id ID] [--verbose] | ' +
  'generate --all MANIFEST.json [--check] | generate --facts ARTICLE.txt [-o FILE]';

const QUIZ_OPTIONS = ['title', 'source', 'url', 'id'] as const satisfies readonly (keyof GenerateOptions)[];

export function parseArgs(argv: readonly string[]): CliOptions {
  const {values, positionals} = readArgs(argv, USAGE, {
    facts: {type: 'boolean'}, check: {type: 'boolean'}, verbose: {type: 'boolean', short: 'v'},
    output: {type: 'string', short: 'o'}, all: {type: 'string'},
    ...Object.fromEntries(QUIZ_OPTIONS.map((name) => [name, {type: 'string' as const}])),
  });
  if (positionals.length > 1) throw new UsageError(`more than one input file (${positionals.join(', ')}); ${USAGE}`);
  const quiz: GenerateOptions = {};
  for (const name of QUIZ_OPTIONS) if (typeof values[name] === 'string') quiz[name] = values[name];
  const opts: CliOptions = {
    facts: values.facts === true, check: values.check === true, verbose: values.verbose === true,
    output: (values.output as string | undefined) ?? null, all: (values.all as string | undefined) ?? null,
    input: positionals[0] ?? null, quiz,
  };
  if (opts.all) {
    if (opts.input || opts.facts || opts.output || Object.keys(opts.quiz).length) throw new UsageError(`--all takes only a manifest (and --check); ${USAGE}`);
    return opts;
  }
  if (opts.check) throw new UsageError(`--check goes with --all; ${USAGE}`);
  if (!opts.input) throw new UsageError(`no article file given; ${USAGE}`);
  if (opts.facts && Object.keys(opts.quiz).length) throw new UsageError(`--facts takes no quiz options; ${USAGE}`);
  return opts;
}

const say = (line: string) => process.stderr.write(`generate: ${line}\n`);

function errorCode(e: unknown): number {
  if (e instanceof InvalidQuizError) return 3;
  if (e instanceof InputError || e instanceof ArticleError) return 1;
  const code = (e as NodeJS.ErrnoException).code;
  if (code) return 1;
  throw e;
}

function write(path: string, json: string): void {
  try {
    writeFileAtomic(path, json);
  } catch (e) {
    throw new InputError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Default output: the input's name with .json instead of its extension. */
export function defaultOutput(input: string): string {
  return input.replace(/(\.[^./\\]*)?$/, '.json');
}

/** A paragraph longer than this is most likely a whole article without blank lines between its paragraphs. */
export const LONG_PARAGRAPH = 20_000;
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'that', 'for', 'on', 'said', 'with', 'he', 'it', 'as', 'at', 'by', 'from', 'his', 'have', 'has', 'are', 'were', 'be', 'this', 'not', 'they', 'who', 'after']);

/**
 * Warnings about input the generator handles poorly, said before it starts (so a long wait is explained):
 * a huge paragraph (one line, no blank lines: each fact then looks through all of it, minutes for a few MB),
 * and text that is not English (the generator reads English only: few or no facts, English prompts).
 */
export function inputWarnings(text: string): string[] {
  const warnings: string[] = [];
  const { paragraphs } = parseArticle(text);
  const longest = paragraphs.reduce((max, p, i) => (p.text.length > max.length ? { index: i, length: p.text.length } : max), { index: -1, length: 0 });
  if (longest.length > LONG_PARAGRAPH) {
    const count = paragraphs.length === 1 ? 'the whole article is one paragraph' : `paragraph ${longest.index + 1} of ${paragraphs.length}`;
    warnings.push(`${count} (${longest.length.toLocaleString('en')} characters, no blank lines): put a blank line between paragraphs; this may take minutes and the questions may be poor`);
  }
  const words = text.slice(0, 200_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  if (words.length >= 30 && english / words.length < 0.05) {
    warnings.push('the text does not look like English: the generator reads English only, so expect few or no questions (and English wording)');
  }
  return warnings;
}

function generateOne(opts: CliOptions): number {
  const input = opts.input!;
  const output = opts.output ?? defaultOutput(input);
  if (resolve(output) === resolve(input)) throw new InputError(`${input}: the output would overwrite the article; give -o FILE`);
  const text = readArticle(input);
  for (const warning of inputWarnings(text)) say(`warning: ${input}: ${warning}`);
  let built;
  try {
    const name = basename(input).replace(/\.[^.]*$/, '');
    built = buildQuizFile(text, { name, ...listedOptions(input), ...opts.quiz });
  } catch (e) {
    if (e instanceof ArticleError) throw new ArticleError(`${input}: ${e.message}`);
    throw e;
  }
  for (const note of built.notes) say(`${input}: ${note}`);
  if (opts.verbose) for (const line of built.skipped) say(`${input}: ${line}`);
  write(output, built.json);
  say(`wrote ${output}`);
  return 0;
}

/**
 * The options an `articles.json` next to the article gives it, if it lists it: generating one listed article
 * by hand then makes the same file as `--all` (command-line options still win).
 */
function listedOptions(input: string): GenerateOptions {
  const path = join(dirname(input), MANIFEST_NAME);
  let entries;
  try {
    entries = parseManifest(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return {}; // no manifest (or a broken one, which --all reports)
  }
  const entry = entries.find((e) => resolve(dirname(input), e.text) === resolve(input));
  return entry ? entryOptions(entry) : {};
}

function runManifest(path: string, check: boolean, verbose: boolean): number {
  let entries;
  try {
    entries = parseManifest(JSON.parse(readFileSync(path, 'utf8')));
  } catch (e) {
    throw new InputError(`${path}: ${(e as Error).message}`);
  }
  const base = dirname(path);
  let failed = 0;
  for (const entry of entries) {
    const input = join(base, entry.text);
    const output = join(base, entry.output);
    try {
      const built = buildQuizFile(readArticle(input), entryOptions(entry));
      if (verbose) for (const line of built.skipped) say(`${input}: ${line}`);
      if (check) {
        let current = '';
        try { current = readFileSync(output, 'utf8'); } catch { /* missing counts as out of date */ }
        if (current !== built.json) { say(`${output} is out of date (run: npm run questions)`); failed++; }
        continue;
      }
      write(output, built.json);
      say(`wrote ${output} (${built.notes.join('; ')})`);
    } catch (e) {
      const code = errorCode(e);
      say(e instanceof ArticleError ? `${input}: ${e.message}` : (e as Error).message);
      failed = Math.max(failed, 1);
      if (code === 3) return 3;
    }
  }
  return failed > 0 ? 1 : 0;
}

function printFacts(opts: CliOptions): number {
  const text = readArticle(opts.input!);
  for (const warning of inputWarnings(text)) say(`warning: ${opts.input}: ${warning}`);
  const article = parseArticle(text);
  if (!article.dateline) say(`warning: ${opts.input}: no dateline (" date YYYY-MM[-DD]"); relative dates get no value`);
  const json = JSON.stringify(extractFactsFromArticle(article), null, 2) + '\n';
  if (opts.output) write(opts.output, json);
  else process.stdout.write(json);
  return 0;
}

export function main(argv: readonly string[]): number {
  return runCli(argv, say, parseArgs, (opts) => (opts.all ? runManifest(opts.all, opts.check, opts.verbose) : opts.facts ? printFacts(opts) : generateOne(opts)), errorCode, USAGE);
}

// Run only when executed, not when imported by tests.
if (isMain(import.meta.url)) process.exitCode = main(process.argv.slice(2));
