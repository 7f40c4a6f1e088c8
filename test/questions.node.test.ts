/** Our articles' question files: generated, up to date, valid, faithful to the article, every answer proved by its evidence. */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {validateQuizFile} from '../src/format/validate.js';
import {describeKey} from '../src/quiz/describe.js';
import type {QuizFile} from '../src/format/types.js';
import {entryOptions, parseManifest} from '../src/generator/manifest.js';
import {generateQuiz} from '../src/generator/quiz.js';
import {serializeQuiz} from '../src/format/serialize.js';
import {evidenceProblem} from './generator/quiz-checks.js';

const manifest = parseManifest(JSON.parse(readFileSync('questions/articles.json', 'utf8')));
const articleText = readFileSync('questions/kharkiv-strikes.txt', 'utf8');
const quiz = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8')) as QuizFile;

describe('questions/articles.json', () => {
  it('lists our seed article', () => {
    expect(manifest.map((e) => e.output)).toContain('kharkiv-strikes.json');
  });

  it.each(manifest.map((e) => [e.output, e] as const))('%s is what the generator makes of its article now (run `npm run questions`)', (_name, entry) => {
    const text = readFileSync(join('questions', entry.text), 'utf8');
    const expected = serializeQuiz(generateQuiz(text, entryOptions(entry)).quiz);
    expect(readFileSync(join('questions', entry.output), 'utf8') === expected, `questions/${entry.output} is out of date`).toBe(true);
  });
});

describe('questions/kharkiv-strikes.json', () => {
  it('is a valid format-1 file with 8 to 14 questions in all three categories', () => {
    expect(validateQuizFile(quiz).ok).toBe(true);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz.questions.length).toBeLessThanOrEqual(14);
    expect(new Set(quiz.questions.map((q) => q.category))).toEqual(new Set(['date', 'distance', 'quote']));
    expect(quiz.generator?.name).toBe('article-quiz generator');
    expect(quiz.id).toBe('kharkiv-strikes-2024-05');
  });

  it('holds the article verbatim, paragraph by paragraph', () => {
    const body = articleText.replace(/^ date \d{4}-\d{2}(-\d{2})? /, '');
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(quiz.article.paragraphs).toEqual(paragraphs);
    expect(articleText.startsWith(` date ${quiz.article.published}`)).toBe(true);
    expect(quiz.article.precision).toBe('month');
  });

  it.each(quiz.questions.map((q) => [q.id, q] as const))('%s: the highlighted evidence supports the answer', (_id, question) => {
    expect(evidenceProblem(quiz, question)).toBeNull();
  });

  it('asks what the article says: Friday for Blinken, Thursday for the officials, February 2022, 2024, 19 and 186 miles', () => {
    const keyOf = (pattern: RegExp) => quiz.questions.filter((q) => pattern.test(q.prompt)).map(describeKey);
    expect(keyOf(/day of the week did Antony Blinken say/)).toEqual(['Friday']);
    expect(keyOf(/day of the week did U\.S\.? officials say/)).toEqual(['Thursday']);
    expect(keyOf(/Russian President Vladimir Putin launched the full-scale invasion/)).toEqual(['February 2022']);
    expect(keyOf(/\[Joe Biden\] bent to calls/)).toEqual(['2024']);
    expect(keyOf(/How far is Kharkiv/)).toEqual(['19 miles']);
    expect(keyOf(/^At most how far can ATACMS reach/)).toEqual(['186 miles']);
  });
});
