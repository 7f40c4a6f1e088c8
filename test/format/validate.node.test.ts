import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {FORMAT_VERSION} from '../../src/format/types.js';
import {formatIssue, validateQuizFile} from '../../src/format/validate.js';
import {parseQuizText} from '../../src/format/parse.js';
import {cloneJson, makeQuiz} from '../fixtures.js';
import {BROKEN_FILES} from './broken-files.js';

function messages(data: unknown): string[] {
  const result = validateQuizFile(data);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('validateQuizFile', () => {
  it('accepts our article quiz and the test fixture', () => {
    const seed = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8'));
    expect(messages(seed)).toEqual([]);
    expect(messages(makeQuiz())).toEqual([]);
  });

  it('names the question and field when a choice list is too short', () => {
    const quiz = cloneJson(makeQuiz());
    const q = quiz.questions[2]!;
    if (q.kind !== 'single-choice') throw new Error('fixture changed');
    q.choices = [q.choices[0]!];
    expect(messages(quiz)).toContain('questions[2].choices: expected at least 2 choices, got 1');
  });

  it('refuses an unknown format version and names the supported one', () => {
    const result = messages({...makeQuiz(), version: 2});
    expect(result).toEqual([`version: unsupported format version 2; this quiz reads version ${FORMAT_VERSION}`]);
  });

  it('refuses JSON that is not a question file at all', () => {
    expect(messages([1, 2])).toEqual(['expected an object, got an array']);
    expect(messages({hello: 'world'})[0]).toMatch(/^format: expected "article-quiz", got undefined/);
  });

  it.each(BROKEN_FILES.map((b) => [b.name, b.breakIt, b.expected] as const))('explains %s', (_name, breakIt, expected) => {
    const quiz = cloneJson(makeQuiz());
    breakIt(quiz);
    expect(messages(quiz)).toContain(expected);
  });

  it('stops after 20 issues on a file broken everywhere', () => {
    const quiz = cloneJson(makeQuiz());
    quiz.questions = Array.from({length: 100}, () => ({}) as never);
    const result = messages(quiz);
    expect(result).toHaveLength(20);
    expect(result[0]).toBe('questions[0].id: expected a string, got undefined');
  });

  it('never throws on odd values', () => {
    for (const value of [null, undefined, 0, 'text', true, [], {format: 'article-quiz', version: 1, questions: 'x', article: 5}]) {
      expect(() => validateQuizFile(value)).not.toThrow();
      expect(validateQuizFile(value).ok).toBe(false);
    }
  });
});

describe('parseQuizText', () => {
  it('says the file is not JSON and where it came from', () => {
    const result = parseQuizText('<!doctype html><p>Not found</p>', '"quiz.json"');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^"quiz\.json" is not a question file: it is not valid JSON \(/);
  });

  it('counts the problems of an invalid file', () => {
    const result = parseQuizText(JSON.stringify({...makeQuiz(), id: ''}), '"q.json"');
    expect(result).toEqual({ok: false, message: '"q.json" is not a valid question file (1 problem).', issues: ['id: expected a non-empty string']});
  });
});
