/** Our article's question file: valid, faithful to the article, and every answer proved by its evidence. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateQuizFile} from '../src/format/validate.js';
import {describeKey} from '../src/quiz/describe.js';
import type {QuizFile} from '../src/format/types.js';

const articleText = readFileSync('questions/kharkiv-strikes.txt', 'utf8');
const quiz = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8')) as QuizFile;

describe('questions/kharkiv-strikes.json', () => {
  it('is a valid format-1 file with at least 8 questions in all three categories', () => {
    expect(validateQuizFile(quiz).ok).toBe(true);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(quiz.questions.map((q) => q.category))).toEqual(new Set(['date', 'distance', 'quote']));
  });

  it('holds the article verbatim, paragraph by paragraph', () => {
    const body = articleText.replace(/^ date \d{4}-\d{2}(-\d{2})? /, '');
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(quiz.article.paragraphs).toEqual(paragraphs);
    expect(articleText.startsWith(` date ${quiz.article.published}`)).toBe(true);
  });

  it.each(quiz.questions.map((q) => [q.id, q] as const))('%s: the highlighted evidence supports the answer', (_id, question) => {
    const {paragraph, start, end, highlight} = question.evidence;
    const text = quiz.article.paragraphs[paragraph]!;
    const sentence = text.slice(start, end);
    expect(highlight).toBeDefined();
    const marked = text.slice(highlight!.start, highlight!.end);
    const key = describeKey(question);
    // A telling word of the key (a number, a name) is in the evidence, or, for a year worked out from
    // "this year", the dateline gives it.
    const keyWords = key.split(/\s+/).filter((w) => /\d/.test(w) || w.length > 3);
    const supported =
      keyWords.every((w) => /\d/.test(w) ? sentence.includes(w) : true) && keyWords.some((w) => sentence.includes(w.replace(/s$/, ''))) ||
      (question.category === 'date' && /this year/i.test(marked) && quiz.article.published.startsWith(key));
    expect(supported, `${key} in "${sentence}"`).toBe(true);
    expect(marked.length).toBeGreaterThan(0);
  });
});
