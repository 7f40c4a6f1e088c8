// CLI: `generate --facts ARTICLE.txt` prints the extracted facts as JSON on stdout.
// Argument parsing and I/O only; the work is in src/generator/.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArticle } from '../generator/article.js';
import { extractFactsFromArticle } from '../generator/facts.js';

export const MAX_BYTES = 5 * 1024 * 1024;

export interface CliOptions {
  facts: boolean;
  output: string | null;
  input: string | null;
}

export class UsageError extends Error {}
export class InputError extends Error {}

const USAGE = 'usage: generate [--facts] [-o FILE] ARTICLE.txt';

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { facts: false, output: null, input: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--facts') opts.facts = true;
    else if (a === '-o' || a === '--output') {
      const v = argv[++i];
      if (!v) throw new UsageError(`${a} needs a file name; ${USAGE}`);
      opts.output = v;
    } else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}; ${USAGE}`);
    else if (opts.input) throw new UsageError(`more than one input file (${opts.input}, ${a}); ${USAGE}`);
    else opts.input = a;
  }
  if (!opts.input) throw new UsageError(`no article file given; ${USAGE}`);
  return opts;
}

/** Reads and validates an article file: exists, not empty, not binary, valid UTF-8, at most 5 MB. */
export function readArticle(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw new InputError(`${path}: file is ${size} bytes, over the 5 MB limit`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${path}: file is empty`);
  return text;
}

export function main(argv: readonly string[]): number {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n`);
    return 2;
  }
  if (!opts.facts) {
    process.stderr.write('generate: question output not implemented yet (use --facts)\n');
    return 2;
  }
  let text: string;
  try {
    text = readArticle(opts.input!);
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n`);
    return 1;
  }
  const article = parseArticle(text);
  if (!article.dateline) {
    process.stderr.write(`generate: warning: ${opts.input}: no dateline (" date YYYY-MM[-DD]"); relative dates get no value\n`);
  }
  const facts = extractFactsFromArticle(article);
  const json = JSON.stringify(facts, null, 2) + '\n';
  if (opts.output) {
    try {
      writeFileSync(opts.output, json);
    } catch (e) {
      process.stderr.write(`generate: ${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
      return 1;
    }
  } else process.stdout.write(json);
  return 0;
}

// Run only when executed, not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
