/**
 * Property-based checks of the validator and parser against generated input: whatever an untrusted question
 * file holds, they never throw, refuse what is wrong with messages that name the field, and accept every
 * well-formed file.
 */
import fc from 'fast-check';
import {describe, expect, it, vi} from 'vitest';
import {parseQuizText} from '../../src/format/parse.js';
import {formatIssue, validateQuizFile, type ValidationIssue} from '../../src/format/validate.js';
import {cloneJson, kindsQuiz} from '../fixtures.js';
import {allPaths, getAt, isOptional, pathText, quizFileArb, setAt, wrongTypeArb, type PathStep} from './quiz-arbitrary.js';

const MB = 1024 * 1024;

/** Runs the validator and fails the property (instead of the test run) if it throws. */
function issuesOf(data: unknown): ValidationIssue[] | null {
  const result = validateQuizFile(data);
  return result.ok ? null : result.issues;
}

/** A valid file and one path into it, chosen by fast-check. */
const quizAndPath = quizFileArb.chain((quiz) => fc.constantFrom(...allPaths(quiz)).map((path) => ({quiz, path})));

/** The issue list must name the mutated field itself (or a field inside it), not only some later consequence. */
function namesPath(issues: ValidationIssue[], path: PathStep[]): boolean {
  const at = pathText(path);
  return issues.some((i) => i.path === at || i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`));
}

describe('validateQuizFile on generated files', () => {
  it('accepts every well-formed file, and JSON text of it through parseQuizText', () => {
    fc.assert(
      fc.property(quizFileArb, (quiz) => {
        expect(issuesOf(quiz)).toEqual(null);
        const parsed = parseQuizText(JSON.stringify(quiz), 'file');
        expect(parsed.ok).toBe(true);
      }),
      {numRuns: 300}
    );
  });

  it('refuses any JSON value that is not a question file, naming where (or that the whole file is not an object)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything({withNullPrototype: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true})), (value) => {
        const issues = issuesOf(value);
        expect(issues).not.toEqual(null);
        expect(issues!.length).toBeGreaterThan(0);
        for (const issue of issues!) {
          expect(issue.message.length).toBeGreaterThan(0);
          // The root has no name: its one possible issue says the file is not an object.
          if (issue.path === '') expect(issue.message).toMatch(/^(expected an object, got |the data could not be read)/);
        }
        const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
        if (isObject) expect(issues![0]!.path).toBe('format');
      }),
      {numRuns: 500}
    );
  });

  it('refuses a file with one required field deleted, naming that field', () => {
    const requiredObjectKeys = quizAndPath.filter(({path}) => typeof path[path.length - 1] === 'string' && !isOptional(path));
    fc.assert(
      fc.property(requiredObjectKeys, ({quiz, path}) => {
        const broken = cloneJson(quiz);
        setAt(broken, path, undefined);
        const issues = issuesOf(broken);
        expect(issues, `deleting ${pathText(path)}`).not.toEqual(null);
        expect(namesPath(issues!, path), `deleting ${pathText(path)} gave ${issues!.map(formatIssue).join(' | ')}`).toBe(true);
      }),
      {numRuns: 500}
    );
  });

  it('refuses a file with one field of the wrong type (objects, arrays and optional fields included), naming that field', () => {
    const withWrongValue = quizAndPath.chain(({quiz, path}) => wrongTypeArb(getAt(quiz, path)).map((value) => ({quiz, path, value})));
    fc.assert(
      fc.property(withWrongValue, ({quiz, path, value}) => {
        const broken = cloneJson(quiz);
        setAt(broken, path, value);
        const issues = issuesOf(broken);
        expect(issues, `setting ${pathText(path)} to ${JSON.stringify(value)}`).not.toEqual(null);
        expect(namesPath(issues!, path), `setting ${pathText(path)} to ${JSON.stringify(value)} gave ${issues!.map(formatIssue).join(' | ')}`).toBe(true);
      }),
      {numRuns: 1000}
    );
  });

  it('never throws whatever replaces a field or an entry is removed, and every issue names a field', () => {
    const anyChange = quizAndPath.chain(({quiz, path}) =>
      fc.oneof(fc.anything().map((value) => ({quiz, path, value, splice: false})), fc.constant({quiz, path, value: undefined, splice: true}))
    );
    fc.assert(
      fc.property(anyChange, ({quiz, path, value, splice}) => {
        const broken = cloneJson(quiz) as unknown;
        const parent = getAt(broken, path.slice(0, -1));
        if (splice && Array.isArray(parent)) parent.splice(path[path.length - 1] as number, 1);
        else setAt(broken, path, value);
        const issues = issuesOf(broken) ?? [];
        for (const issue of issues) expect(issue.path).not.toBe('');
      }),
      {numRuns: 500}
    );
  });

  it('never throws on data set from script that throws when read (a getter, a Proxy)', () => {
    const getter = {format: 'article-quiz', version: 1, get article(): never {
      throw new Error('no article today');
    }};
    const proxy = new Proxy({}, {get: () => {
      throw new TypeError('revoked');
    }});
    expect(validateQuizFile(getter)).toEqual({ok: false, issues: [{path: '', message: 'the data could not be read (no article today)'}]});
    expect(validateQuizFile(proxy)).toEqual({ok: false, issues: [{path: '', message: 'the data could not be read (revoked)'}]});
  });

  it('keeps messages short when a field holds a 1 MB string', () => {
    const huge = 'x'.repeat(MB);
    const stringLeaves = quizAndPath.filter(({quiz, path}) => typeof getAt(quiz, path) === 'string');
    fc.assert(
      fc.property(stringLeaves, fc.constantFrom(huge, ' '.repeat(MB), `<img src=x onerror=alert(1)>${huge}`), ({quiz, path}, text) => {
        const broken = cloneJson(quiz);
        setAt(broken, path, text);
        const result = parseQuizText(JSON.stringify(broken), 'file');
        if (!result.ok) {
          expect(result.message.length).toBeLessThan(200);
          for (const issue of result.issues) expect(issue.length, issue.slice(0, 200)).toBeLessThan(500);
        }
      }),
      {numRuns: 60}
    );
  });

  it('does not echo a 1 MB distractor that is also an answer back into its message', () => {
    const quiz = kindsQuiz() as any;
    const speaker = 'S'.repeat(MB);
    quiz.questions[4].pairs[0].answer = speaker;
    quiz.questions[4].distractors = [speaker];
    const issues = issuesOf(quiz)!.map(formatIssue);
    expect(issues).toEqual([`questions[4].distractors[0]: expected a wrong option, but a string of ${MB} characters is the answer to a pair`]);
  });
});

describe('parseQuizText on generated text', () => {
  it('never throws on any string and says the text is not a question file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary'}), fc.json(), fc.string()), (text) => {
        const result = parseQuizText(text, 'The file');
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.message).toMatch(/^The file is not (a question file: it is not valid JSON \([^]+\)|a valid question file \((1 problem|\d+ problems|at least 20 problems)\))\.$/);
        // Valid JSON that is not a question file always comes with the issues that say why.
        let isJson = true;
        try {
          JSON.parse(text);
        } catch {
          isJson = false;
        }
        if (isJson) expect(result.issues.length).toBeGreaterThan(0);
      }),
      {numRuns: 500}
    );
  }, 30_000); // about a second alone; far more on a machine busy with the browser tests

  it('reads 10,000 levels of nesting anywhere in the file and names the field', () => {
    const deep = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`;
    const root = parseQuizText(deep(10_000, '[', ']'), 'deep.json');
    expect(root).toEqual({ok: false, message: 'deep.json is not a valid question file (1 problem).', issues: ['expected an object, got an array']});

    const file = JSON.parse(JSON.stringify(kindsQuiz()));
    const text = JSON.stringify(file)
      .replace('"title":"Bridge opens after storm"', `"title":${deep(10_000, '{"a":', '}')}`)
      .replace('"points":1', `"points":${deep(10_000, '[', ']')}`);
    const result = parseQuizText(text, 'deep.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual(['article.title: expected a string, got an object', 'questions[0].points: expected a number, got an array']);
  });

  it('reports JSON.parse running out of stack (deeper than the engine can parse) as a message', () => {
    // V8 parses JSON iteratively today; other engines, and V8 before 2019, throw RangeError on deep input.
    const spy = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(parseQuizText('[[[[', 'deep.json')).toEqual({
        ok: false,
        message: 'deep.json is not a question file: it is not valid JSON (Maximum call stack size exceeded).',
        issues: [],
      });
    } finally {
      spy.mockRestore();
    }
    const veryDeep = `${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}`;
    const result = parseQuizText(veryDeep, 'deep.json');
    expect(result.ok).toBe(false);
  });

  it('reads a 10 MB file: a valid bank is accepted, a broken one stops at 20 problems', () => {
    const quiz = kindsQuiz();
    const template = quiz.questions;
    const padding = 'The storm travelled inland, and the words go on. '.repeat(20);
    quiz.questions = [];
    for (let i = 0, size = 0; size < 10 * MB; i++) {
      const question = {...cloneJson(template[i % template.length]!), id: `q${i}`, explanation: padding};
      quiz.questions.push(question);
      size += JSON.stringify(question).length;
    }
    const text = JSON.stringify(quiz);
    expect(text.length).toBeGreaterThanOrEqual(10 * MB);
    const good = parseQuizText(text, 'big.json');
    expect(good.ok).toBe(true);
    if (good.ok) expect(good.quiz.questions.length).toBe(quiz.questions.length);

    const broken = parseQuizText(text.replaceAll('"points":', '"points":-'), 'big.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.message).toBe('big.json is not a valid question file (at least 20 problems).');
      expect(broken.issues).toHaveLength(20);
      expect(broken.issues[0]).toBe('questions[0].points: expected a number greater than 0, got -1');
    }
  }, 60_000);
});
