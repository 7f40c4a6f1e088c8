import {spawnSync} from 'node:child_process';
import {copyFileSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {defaultOutput, main, parseArgs, UsageError} from '../../src/cli/export.js';
import {quizToGift} from '../../src/export/gift.js';
import {quizToMoodleXml} from '../../src/export/moodle-xml.js';
import {quizToQtiPackage} from '../../src/export/qti21.js';
import {cloneJson, kindsQuiz} from '../fixtures.js';
import {REPO, tempDir} from './helpers.js';

const KHARKIV = join(REPO, 'questions/kharkiv-strikes.json');

/** Runs the CLI in-process, returning its exit code and what it wrote to stderr. */
function cli(...args: string[]): {code: number; stderr: string} {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return {code: main(args), stderr};
  } finally {
    spy.mockRestore();
  }
}

function quizFile(dir: string, name = 'kinds.json', data: unknown = kindsQuiz()): string {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

afterEach(() => vi.restoreAllMocks());

describe('export CLI: arguments', () => {
  it('parses --format, --format=, -o and the input; names outputs after the input', () => {
    expect(parseArgs(['--format', 'gift', 'q.json'])).toEqual({format: 'gift', input: 'q.json', output: null});
    expect(parseArgs(['--', '--format=qti21', 'q.json', '-o', 'x.zip'])).toEqual({format: 'qti21', input: 'q.json', output: 'x.zip'});
    expect(() => parseArgs(['q.json'])).toThrow(UsageError);
    expect(() => parseArgs(['--format', 'gift'])).toThrow(/no question file/);
    expect(() => parseArgs(['--format', 'docx', 'q.json'])).toThrow(/unknown format "docx": expected one of gift, moodle-xml, qti21/);
    expect(() => parseArgs(['--format', 'gift', 'a.json', 'b.json'])).toThrow(/more than one input/);
    expect(() => parseArgs(['--format', 'gift', '--bogus', 'a.json'])).toThrow(/unknown option --bogus/);
    expect(defaultOutput('questions/kharkiv.json', 'gift')).toBe('questions/kharkiv.gift.txt');
    expect(defaultOutput('questions/kharkiv.json', 'moodle-xml')).toBe('questions/kharkiv.moodle.xml');
    expect(defaultOutput('questions/kharkiv.json', 'qti21')).toBe('questions/kharkiv.qti21.zip');
    expect(defaultOutput('notes/quiz', 'gift')).toBe('notes/quiz.gift.txt');
  });

  it('exits 2 with the usage for an unknown or missing format', () => {
    const unknown = cli('--format', 'docx', KHARKIV);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/export: unknown format "docx"/);
    expect(cli(KHARKIV).stderr).toMatch(/no --format given; usage: export --format gift\|moodle-xml\|qti21/);
  });
});

describe('export CLI: bad input', () => {
  it('exits 1 naming the file when it is missing, not JSON, or not a valid question file', () => {
    const dir = tempDir();
    const missing = cli('--format', 'gift', join(dir, 'nope.json'));
    expect(missing).toEqual({code: 1, stderr: expect.stringMatching(/nope\.json: cannot read file \(ENOENT\)/)});
    const notJson = cli('--format', 'gift', quizFile(dir, 'broken.json', '{"format": '));
    expect(notJson).toEqual({code: 1, stderr: expect.stringMatching(/broken\.json: not valid JSON/)});
    const quiz = cloneJson(kindsQuiz()) as unknown as {questions: {answer: unknown}[]};
    quiz.questions[0]!.answer = 'z';
    const invalid = cli('--format', 'moodle-xml', quizFile(dir, 'invalid.json', quiz));
    expect(invalid.code).toBe(1);
    // The validator's own messages, one per line.
    expect(invalid.stderr).toMatch(/invalid\.json: not a valid question file:\n {2}questions\[0\]\.answer: expected the id of one of the choices \(a, b, c\), got "z"/);
    expect(readdirSync(dir).sort()).toEqual(['broken.json', 'invalid.json']);
  });

  it('refuses to overwrite its input', () => {
    const dir = tempDir();
    const input = quizFile(dir);
    const r = cli('--format', 'gift', input, '-o', input);
    expect(r).toEqual({code: 1, stderr: expect.stringMatching(/would overwrite the question file/)});
  });
});

describe('export CLI: output', () => {
  it.each([
    ['gift', 'kinds.gift.txt', () => quizToGift(kindsQuiz()).output, ['q-distance', 'q-timeline', 'q-matching']],
    ['moodle-xml', 'kinds.moodle.xml', () => quizToMoodleXml(kindsQuiz()).output, ['q-timeline']],
    ['qti21', 'kinds.qti21.zip', () => quizToQtiPackage(kindsQuiz()).output, ['q-distance']],
  ] as const)('%s: writes %s next to the input, reports simplified questions, leaves no temporary file', (format, name, expected, simplified) => {
    const dir = tempDir();
    const r = cli('--format', format, quizFile(dir));
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kinds.json', name].sort());
    const want = expected();
    const got = readFileSync(join(dir, name));
    expect(got.equals(typeof want === 'string' ? Buffer.from(want) : Buffer.from(want))).toBe(true);
    // One stderr line per simplified question, then the summary.
    const lines = r.stderr.trimEnd().split('\n');
    expect(new Set(lines.slice(0, -1).map((l) => /^export: simplified (\S+): \S/.exec(l)?.[1]))).toEqual(new Set(simplified));
    expect(lines.at(-1)).toMatch(new RegExp(`^export: wrote .*${name.replace(/\./g, '\\.')} \\(5 questions, ${simplified.length} simplified\\)$`));
  });

  it('writes to -o, replacing an existing file', () => {
    const dir = tempDir();
    copyFileSync(KHARKIV, join(dir, 'k.json'));
    const out = join(dir, 'bank.xml');
    writeFileSync(out, 'old');
    const r = cli('--format', 'moodle-xml', join(dir, 'k.json'), '-o', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml[^]*<\/quiz>\n$/);
    expect(readdirSync(dir).sort()).toEqual(['bank.xml', 'k.json']);
  });

  it('runs as `npm run export` would, and the zip is byte-identical in any time zone', () => {
    const dir = tempDir();
    const input = quizFile(dir);
    const run = (out: string, tz: string) =>
      spawnSync('npx', ['tsx', 'src/cli/export.ts', '--format', 'qti21', input, '-o', join(dir, out)], {cwd: REPO, encoding: 'utf8', env: {...process.env, TZ: tz}});
    const a = run('a.zip', 'Pacific/Auckland');
    const b = run('b.zip', 'America/Los_Angeles');
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.stderr).toMatch(/export: wrote /);
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  }, 60_000); // two tsx start-ups: seconds each on a loaded 2-core machine
});

describe('src/export stays pure for the browser', () => {
  it('imports nothing from node: and no package but fflate', () => {
    const dir = join(REPO, 'src/export');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/from\s+'([^']+)'/g)) {
        const spec = m[1]!;
        expect(spec.startsWith('.') || spec === 'fflate', `${file} imports ${spec}`).toBe(true);
        if (spec.startsWith('.')) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\.?\/(?!cli\/|element\/|generator\/).*\.js$/);
      }
    }
  });
});
