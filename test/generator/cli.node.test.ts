import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseArgs, readArticle, UsageError } from '../../src/cli/generate.js';
import { SEED_PATH } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aq-cli-'));
const file = (name: string, data: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/generate.ts', ...args], { cwd: join(__dirname, '../..'), encoding: 'utf8', timeout: 60_000 });

describe('generate CLI', () => {
  it('parses --facts, -o and the input; rejects unknown options and missing input', () => {
    expect(parseArgs(['--facts', 'a.txt'])).toEqual({ facts: true, output: null, input: 'a.txt' });
    expect(parseArgs(['-o', 'out.json', 'a.txt'])).toEqual({ facts: false, output: 'out.json', input: 'a.txt' });
    expect(() => parseArgs(['--facts'])).toThrow(UsageError);
    expect(() => parseArgs(['--bogus', 'a.txt'])).toThrow(UsageError);
  });

  it('rejects missing, empty, binary, non-UTF-8 and oversized files with the file name', () => {
    expect(() => readArticle(join(dir, 'nope.txt'))).toThrow(/nope\.txt: cannot read file/);
    expect(() => readArticle(file('empty.txt', ' \n\n'))).toThrow(/empty\.txt: file is empty/);
    expect(() => readArticle(file('nul.txt', Buffer.from([0x61, 0x00, 0x62])))).toThrow(/nul\.txt: binary file/);
    expect(() => readArticle(file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toThrow(/latin1\.txt: not valid UTF-8/);
    expect(() => readArticle(file('big.txt', 'a'.repeat(5 * 1024 * 1024 + 1)))).toThrow(InputError);
    expect(() => readArticle(dir)).toThrow(/not a regular file/);
  });

  it('prints facts JSON for --facts and fails cleanly otherwise', () => {
    const ok = run('--facts', SEED_PATH);
    expect(ok.status).toBe(0);
    const facts = JSON.parse(ok.stdout);
    expect(facts.measures.map((m: { text: string }) => m.text)).toEqual(['19 miles', '186 miles']);

    const missing = run('--facts', join(dir, 'missing.txt'));
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('missing.txt');
    expect(missing.stdout).toBe('');

    const noMode = run(SEED_PATH);
    expect(noMode.status).toBe(2);
    expect(noMode.stderr).toContain('question output not implemented yet');

    const noDateline = run('--facts', file('plain.txt', 'Officials said Friday the road is 5 miles long.\n'));
    expect(noDateline.status).toBe(0);
    expect(noDateline.stderr).toMatch(/warning: .*plain\.txt: no dateline/);
    expect(JSON.parse(noDateline.stdout).dates[0].value).toBeNull();
  }, 60_000);
});
