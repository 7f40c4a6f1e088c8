import {afterEach, describe, expect, it, vi} from 'vitest';
import {main as checkMain} from '../src/cli/check.js';
import {main as exportMain} from '../src/cli/export.js';
import {main as generateMain} from '../src/cli/generate.js';
import {main as packageMain} from '../src/cli/package-scorm.js';

afterEach(() => vi.restoreAllMocks());

/** Runs a tool in-process and returns its exit code and what it printed on stdout. */
function run(main: (argv: string[]) => number, argv: string[]): {code: number; stdout: string} {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return {code: main(argv), stdout};
}

describe('every command-line tool', () => {
  it('prints its usage on --help or -h, anywhere among the arguments, and exits 0 without doing anything', () => {
    const tools = [
      [generateMain, /^usage: generate ARTICLE\.txt/],
      [exportMain, /^usage: export --format gift\|moodle-xml\|qti21/],
      [packageMain, /^usage: package:scorm \[--scorm 1\.2\|2004\]/],
      [checkMain, /^usage: check QUESTIONS\.json/],
    ] as const;
    for (const [main, usage] of tools) {
      for (const argv of [['--help'], ['-h'], ['missing.json', '--help']]) {
        const {code, stdout} = run(main, argv);
        expect(code).toBe(0);
        expect(stdout).toMatch(usage);
      }
    }
  });
});
