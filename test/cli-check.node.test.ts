import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {main} from '../src/cli/check.js';
import {serializeQuiz} from '../src/format/serialize.js';
import {kindsQuiz} from './fixtures.js';

afterEach(() => vi.restoreAllMocks());

/** Runs `check` in-process: its exit code and what it said on stderr. */
function check(...args: string[]): {code: number; stderr: string} {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  return {code: main(args), stderr};
}

const dir = mkdtempSync(join(tmpdir(), 'aq-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('check CLI', () => {
  it('says a file from another tool is valid, and with --write rewrites it in our layout without changing the quiz', () => {
    const quiz = kindsQuiz();
    const foreign = file('foreign.json', JSON.stringify(quiz, null, 4));
    expect(check(foreign)).toEqual({code: 0, stderr: `check: ${foreign}: valid, ${quiz.questions.length} questions (--write would rewrite it in the standard layout)\n`});
    expect(readFileSync(foreign, 'utf8')).toBe(JSON.stringify(quiz, null, 4));
    expect(check(foreign, '--write').stderr).toContain('rewritten in the standard layout');
    expect(readFileSync(foreign, 'utf8')).toBe(serializeQuiz(quiz));
    expect(JSON.parse(readFileSync(foreign, 'utf8'))).toEqual(quiz);
    expect(check(foreign)).toEqual({code: 0, stderr: `check: ${foreign}: valid, ${quiz.questions.length} questions\n`});
  });

  it('lists every problem of a bad file with its path, goes on to the next file, and exits 1', () => {
    const bad = file('bad.json', JSON.stringify({...kindsQuiz(), id: '', questions: [{id: 'q1'}]}));
    const good = file('good.json', serializeQuiz(kindsQuiz()));
    const {code, stderr} = check(bad, good, '--write');
    expect(code).toBe(1);
    expect(stderr).toContain(`check: ${bad}: not a valid question file:\n  id: expected a non-empty string\n  questions[0].category: expected one of`);
    expect(stderr).toContain(`check: ${good}: valid`);
    expect(readFileSync(bad, 'utf8')).toContain('"id":""'); // never rewritten
  });

  it('refuses a file that is not JSON, and a wrong argument with exit 2', () => {
    expect(check(file('notes.json', 'Dear class,'))).toMatchObject({code: 1, stderr: expect.stringMatching(/notes\.json: not valid JSON/)});
    expect(check()).toMatchObject({code: 2, stderr: expect.stringContaining('no question file given; usage: check')});
    expect(check('--fix', 'a.json')).toMatchObject({code: 2, stderr: expect.stringContaining('unknown option --fix')});
  });
});
