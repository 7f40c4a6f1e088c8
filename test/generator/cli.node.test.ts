import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultOutput, InputError, main, parseArgs, readArticle, UsageError } from '../../src/cli/generate.js';
import { validateQuizFile } from '../../src/format/validate.js';
import { SEED_PATH } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aq-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/generate.ts', ...args], { cwd: join(__dirname, '../..'), encoding: 'utf8', timeout: 60_000 });

/** Runs the CLI in-process, returning its exit code and what it wrote to stderr. */
function cli(...args: string[]): { code: number; stderr: string } {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

/** A fresh folder per test, so leftovers (temporary files) are easy to see. */
function folder(): string {
  return mkdtempSync(join(dir, 'case-'));
}

afterEach(() => vi.restoreAllMocks());

describe('generate CLI: arguments and input', () => {
  it('parses modes, -o and quiz options; rejects unknown options, missing input and mixed modes', () => {
    expect(parseArgs(['--facts', 'a.txt'])).toMatchObject({ facts: true, output: null, input: 'a.txt', all: null, quiz: {} });
    expect(parseArgs(['-o', 'out.json', 'a.txt'])).toMatchObject({ facts: false, output: 'out.json', input: 'a.txt' });
    expect(parseArgs(['a.txt', '--title', 'T', '--source', 'S', '--url', 'U', '--id', 'x-1']).quiz).toEqual({ title: 'T', source: 'S', url: 'U', id: 'x-1' });
    expect(parseArgs(['--all', 'm.json', '--check'])).toMatchObject({ all: 'm.json', check: true, input: null });
    expect(() => parseArgs(['--facts'])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus', 'a.txt'])).toThrow(UsageError);
    expect(() => parseArgs(['--title'])).toThrow(UsageError);
    expect(() => parseArgs(['--all', 'm.json', 'a.txt'])).toThrow(UsageError);
    expect(() => parseArgs(['--check', 'a.txt'])).toThrow(UsageError);
    expect(defaultOutput('questions/a.txt')).toBe('questions/a.json');
    expect(defaultOutput('notes/article')).toBe('notes/article.json');
  });

  it('rejects missing, empty, binary, non-UTF-8 and oversized files with the file name', () => {
    expect(() => readArticle(join(dir, 'nope.txt'))).toThrow(/nope\.txt: cannot read file/);
    expect(() => readArticle(file('empty.txt', ' \n\n'))).toThrow(/empty\.txt: file is empty/);
    expect(() => readArticle(file('nul.txt', Buffer.from([0x61, 0x00, 0x62])))).toThrow(/nul\.txt: binary file/);
    expect(() => readArticle(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toThrow(/latin1\.txt: not valid UTF-8 text; save it as UTF-8/);
    // Notepad's "Unicode": UTF-16 with a byte order mark, either byte order, is read as the text it is.
    const text = ' date 2024-05-17\n\nKharkiv is 19 miles from the border, Blinken said on Friday.\n';
    expect(readArticle(file('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])))).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(readArticle(file('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toBe(text);
    expect(() => readArticle(file('big.txt', 'a'.repeat(5 * 1024 * 1024 + 1)))).toThrow(InputError);
    expect(() => readArticle(dir)).toThrow(/not a regular file/);
  });
});

describe('generate CLI: question files', () => {
  it('writes a valid quiz next to the input by default, and leaves no temporary file', () => {
    const d = folder();
    copyFileSync(SEED_PATH, join(d, 'seed.txt'));
    const r = cli(join(d, 'seed.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote .*seed\.json/);
    expect(readdirSync(d).sort()).toEqual(['seed.json', 'seed.txt']);
    const quiz = JSON.parse(readFileSync(join(d, 'seed.json'), 'utf8'));
    expect(validateQuizFile(quiz).ok).toBe(true);
    expect(quiz.id).toBe('seed-2024-05');
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
  });

  it('takes -o and the article options', () => {
    const d = folder();
    const out = join(d, 'out.json');
    const r = cli(SEED_PATH, '-o', out, '--title', 'My title', '--source', 'My source', '--url', 'https://example.org/x', '--id', 'my-quiz');
    expect(r.code).toBe(0);
    const quiz = JSON.parse(readFileSync(out, 'utf8'));
    expect(quiz.id).toBe('my-quiz');
    expect(quiz.article).toMatchObject({ title: 'My title', source: 'My source', url: 'https://example.org/x' });
  });

  it('negative control: no facts gives a valid file with no questions, a note on stderr and exit 0', () => {
    const d = folder();
    const input = join(d, 'calm.txt');
    writeFileSync(input, ' date 2024-06-01\nThe weather was pleasant and everyone enjoyed the park.\n');
    const r = cli(input);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/calm\.txt: no dates, distances or quotes found/);
    const quiz = JSON.parse(readFileSync(join(d, 'calm.json'), 'utf8'));
    expect(quiz.questions).toEqual([]);
    expect(validateQuizFile(quiz).ok).toBe(true);
  });

  it('refuses an article without a dateline; a file already there survives untouched', () => {
    const d = folder();
    const input = join(d, 'plain.txt');
    writeFileSync(input, 'Officials said Friday the road is 5 miles long.\n');
    writeFileSync(join(d, 'plain.json'), 'KEEP');
    const r = cli(input);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plain\.txt: no dateline/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(d, 'plain.json'), 'utf8')).toBe('KEEP');
    expect(readdirSync(d).sort()).toEqual(['plain.json', 'plain.txt']);
  });

  it('a failed write leaves the target as it was and no temporary file behind', () => {
    const d = folder();
    mkdirSync(join(d, 'taken.json'));
    writeFileSync(join(d, 'taken.json', 'inside'), 'x');
    const r = cli(SEED_PATH, '-o', join(d, 'taken.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/taken\.json: cannot write/);
    expect(readdirSync(d)).toEqual(['taken.json']);
    expect(readdirSync(join(d, 'taken.json'))).toEqual(['inside']);
  });

  it('never writes over its own input', () => {
    const d = folder();
    const input = join(d, 'a.json');
    copyFileSync(SEED_PATH, input);
    expect(cli(input).code).toBe(1);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SEED_PATH, 'utf8'));
  });
});

describe('generate CLI: --all MANIFEST', () => {
  it('regenerates every listed file; --check passes when current and fails, without writing, when not', () => {
    const d = folder();
    copyFileSync(SEED_PATH, join(d, 'one.txt'));
    writeFileSync(join(d, 'articles.json'), JSON.stringify([{ text: 'one.txt', output: 'one.json', title: 'One', source: 'Src', id: 'one-id' }]));
    expect(cli('--all', join(d, 'articles.json')).code).toBe(0);
    const written = readFileSync(join(d, 'one.json'), 'utf8');
    expect(JSON.parse(written)).toMatchObject({ id: 'one-id', article: { title: 'One', source: 'Src' } });
    expect(cli('--all', join(d, 'articles.json'), '--check').code).toBe(0);
    // Generating the listed article by hand takes its manifest options: the same bytes.
    expect(cli(join(d, 'one.txt')).code).toBe(0);
    expect(readFileSync(join(d, 'one.json'), 'utf8')).toBe(written);
    writeFileSync(join(d, 'one.json'), written.replace('"One"', '"Old"'));
    const stale = cli('--all', join(d, 'articles.json'), '--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/one\.json is out of date/);
    expect(readFileSync(join(d, 'one.json'), 'utf8')).toContain('"Old"');
  });

  it('rejects a malformed manifest with its name', () => {
    const d = folder();
    writeFileSync(join(d, 'bad.json'), JSON.stringify([{ text: 'a.txt' }]));
    const r = cli('--all', join(d, 'bad.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.json: entry 0: "text" and "output" are required/);
  });
});

describe('generate CLI: as a process', () => {
  it('prints facts JSON for --facts, fails cleanly on a missing file, and generates by default', () => {
    const ok = run('--facts', SEED_PATH);
    expect(ok.status).toBe(0);
    const facts = JSON.parse(ok.stdout);
    expect(facts.measures.map((m: { text: string }) => m.text)).toEqual(['19 miles', '186 miles']);

    const missing = run('--facts', join(dir, 'missing.txt'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('missing.txt');
    expect(missing.stdout).toBe('');

    const noDateline = run('--facts', file('plain.txt', 'Officials said Friday the road is 5 miles long.\n'));
    expect(noDateline.status).toBe(0);
    expect(noDateline.stderr).toMatch(/warning: .*plain\.txt: no dateline/);
    expect(JSON.parse(noDateline.stdout).dates[0].value).toBeNull();

    const out = join(folder(), 'q.json');
    const generated = run(SEED_PATH, '-o', out);
    expect(generated.status).toBe(0);
    expect(validateQuizFile(JSON.parse(readFileSync(out, 'utf8'))).ok).toBe(true);
  }, 60_000);
});
