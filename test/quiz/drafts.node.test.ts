import {describe, expect, it} from 'vitest';
import type {Answer} from '../../src/quiz/answers.js';
import {draftOf, readDraft} from '../../src/quiz/drafts.js';
import {kindsQuiz} from '../fixtures.js';

const quiz = kindsQuiz();
const byKind = (kind: string) => quiz.questions.find((q) => q.kind === kind)!;

describe('drafts', () => {
  it('reads back every recorded answer from the draft that shows it, in either decimal convention', () => {
    const answers: [string, Answer][] = [
      ['single-choice', {kind: 'choice', choiceId: 'b'}],
      ['numeric', {kind: 'numeric', value: 30.5, unit: 'kilometer'}],
      ['numeric', {kind: 'numeric', value: -1200, unit: 'mile'}],
      ['timeline', {kind: 'order', order: ['c', 'a', 'b']}],
      ['matching', {kind: 'matches', matches: {p1: 'Antony Blinken'}}],
    ];
    for (const decimal of ['.', ','] as const) {
      for (const [kind, answer] of answers) {
        expect(readDraft(byKind(kind), draftOf(answer, decimal), [], decimal)).toEqual(answer);
      }
    }
    expect(draftOf({kind: 'numeric', value: 30.5, unit: 'kilometer'}, ',').text).toBe('30,5');
  });

  it('gives no answer for an empty draft, except a timeline, which is answered by its starting order', () => {
    for (const kind of ['single-choice', 'numeric', 'matching']) expect(readDraft(byKind(kind), {}, [], '.')).toEqual({problem: 'missing'});
    expect(readDraft(byKind('numeric'), {text: '   '}, [], '.')).toEqual({problem: 'missing'});
    expect(readDraft(byKind('matching'), {matches: {p1: ''}}, [], '.')).toEqual({problem: 'missing'});
    expect(readDraft(byKind('timeline'), {}, ['b', 'a', 'c'], '.')).toEqual({kind: 'order', order: ['b', 'a', 'c']});
  });

  it('says what was typed when it is not a number, and reads the unit chosen', () => {
    expect(readDraft(byKind('numeric'), {text: ' forty '}, [], '.')).toEqual({problem: 'not-a-number', text: 'forty'});
    expect(readDraft(byKind('numeric'), {text: '30,5'}, [], '.')).toEqual({problem: 'not-a-number', text: '30,5'});
    expect(readDraft(byKind('numeric'), {text: '19', unit: 'mile'}, [], '.')).toEqual({kind: 'numeric', value: 19, unit: 'mile'});
  });
});
