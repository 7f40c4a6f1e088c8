import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {serializeQuiz} from '../../src/format/serialize.js';
import {kindsQuiz} from '../fixtures.js';
import {quizFileArb} from './quiz-arbitrary.js';

describe('serializeQuiz', () => {
  it('writes ASCII that reads back as the same quiz, whatever its text', () => {
    fc.assert(
      fc.property(quizFileArb, fc.string({unit: 'grapheme'}), (quiz, text) => {
        const withText = {...quiz, article: {...quiz.article, title: `${text}</script><b>\u00e9\u201c\ud83d\ude00\u202e`}};
        for (const written of [serializeQuiz(withText), serializeQuiz(withText, {compact: true})]) {
          expect(written).toMatch(/^[\n\x20-\x7e]*$/);
          expect(written).not.toContain('<');
          expect(JSON.parse(written)).toEqual(JSON.parse(JSON.stringify(withText))); // as JSON has it (-0 is 0)
        }
      }),
      {numRuns: 200}
    );
  });

  it('puts each question on a line of its own, and nothing on one line in compact form', () => {
    const quiz = kindsQuiz();
    const lines = serializeQuiz(quiz).split('\n');
    for (const question of quiz.questions) {
      expect(lines.filter((line) => line.includes(`{"id":${JSON.stringify(question.id)},`))).toHaveLength(1);
    }
    expect(lines[0]).toBe('{');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('  "questions": [');
    expect(serializeQuiz(quiz, {compact: true})).not.toContain('\n');
  });

  it('writes the same bytes for the same quiz, and an empty question list as []', () => {
    expect(serializeQuiz(kindsQuiz())).toBe(serializeQuiz(kindsQuiz()));
    expect(serializeQuiz({...kindsQuiz(), questions: []})).toMatch(/\n {2}"questions": \[\],?\n/);
  });
});
