import {describe, expect, it} from 'vitest';
import {gradeAnswer, orderCredit, verdictOf} from '../../src/quiz/answers.js';
import {describeAnswer, describeKey} from '../../src/quiz/describe.js';
import {parseCategories} from '../../src/quiz/draw.js';
import {planRetry, planRun} from '../../src/quiz/plan.js';
import {createRandom, shuffle} from '../../src/quiz/random.js';
import {summarize} from '../../src/quiz/score.js';
import {convert, decimalSeparator, parseNumber} from '../../src/quiz/units.js';
import {CATEGORIES, type NumericQuestion, type Question} from '../../src/format/types.js';
import {kindsQuiz, makeQuiz} from '../fixtures.js';

const quiz = makeQuiz();
const [dateQ, distanceQ, quoteQ] = quiz.questions as [Question, NumericQuestion, Question];
const bigQuiz = makeQuiz({
  questions: Array.from({length: 30}, (_, i) => ({...quiz.questions[i % 3]!, id: `q${i}`})),
});

describe('seeded shuffling', () => {
  it('gives the same order for the same seed and another for another seed', () => {
    const items = Array.from({length: 20}, (_, i) => i);
    expect(shuffle(items, createRandom('class-7b'))).toEqual(shuffle(items, createRandom('class-7b')));
    expect(shuffle(items, createRandom('class-7b'))).not.toEqual(shuffle(items, createRandom('class-7c')));
    expect([...shuffle(items, createRandom('x'))].sort((a, b) => a - b)).toEqual(items);
  });

  it('plans the same run, questions and choices, for the same seed', () => {
    const a = planRun(bigQuiz, {seed: 's1'});
    const b = planRun(bigQuiz, {seed: 's1'});
    const c = planRun(bigQuiz, {seed: 's2'});
    const order = (run: typeof a) => run.map((p) => `${p.question.id}:${p.choiceOrder.join('')}`);
    expect(order(a)).toEqual(order(b));
    expect(order(a)).not.toEqual(order(c));
  });

  it('draws count questions from the chosen categories', () => {
    const run = planRun(bigQuiz, {seed: 's', count: 4, categories: ['date', 'quote']});
    expect(run).toHaveLength(4);
    expect(run.every((p) => p.question.category !== 'distance')).toBe(true);
    expect(planRun(bigQuiz, {seed: 's', count: 500})).toHaveLength(30);
    expect(planRun(bigQuiz, {seed: 's', count: 0})).toHaveLength(30);
  });

  it('retries only the given questions', () => {
    const run = planRun(quiz, {seed: 's'});
    const retry = planRetry(run, new Set(['q-date', 'q-quote']), 'r');
    expect(retry.map((p) => p.question.id).sort()).toEqual(['q-date', 'q-quote']);
  });

  it('reads the categories attribute leniently', () => {
    expect(parseCategories('date, Quote ,weather', CATEGORIES)).toEqual(['date', 'quote']);
    expect(parseCategories('', CATEGORIES)).toEqual([]);
    expect(parseCategories(null, CATEGORIES)).toEqual([]);
  });
});

describe('numbers and units', () => {
  it.each([
    ['19', 19],
    ['19.0', 19],
    [' 19 ', 19],
    ['1,200', 1200],
    ['.5', 0.5],
    ['-3', -3],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ok: true, value});
  });

  it.each([['forty'], ['19 miles'], ['1,20'], ['1.2.3'], ['0x10'], ['1e3']])('refuses %j', (raw) => {
    expect(parseNumber(raw)).toEqual({ok: false, reason: 'not-a-number'});
  });

  it.each([
    ['19,5', 19.5],
    ['1 200', 1200],
    ['1\u202f200,75', 1200.75],
    ['1.200', 1200],
    ['-0,5', -0.5],
    [' 19 ', 19],
  ])('with a decimal comma reads %j as %d', (raw, value) => {
    expect(parseNumber(raw, ',')).toEqual({ok: true, value});
  });

  it('with a decimal comma refuses what is not a number', () => {
    expect(parseNumber('dix-neuf', ',')).toEqual({ok: false, reason: 'not-a-number'});
    expect(parseNumber('19,5,5', ',')).toEqual({ok: false, reason: 'not-a-number'});
  });

  it('knows which languages write a decimal comma', () => {
    expect([decimalSeparator('en'), decimalSeparator('fr'), decimalSeparator('de-DE'), decimalSeparator('not a tag')]).toEqual(['.', ',', ',', '.']);
  });

  it('tells an empty field apart', () => {
    expect(parseNumber('   ')).toEqual({ok: false, reason: 'empty'});
  });

  it('converts between distance units', () => {
    expect(convert(19, 'mile', 'kilometer')).toBeCloseTo(30.578, 3);
    expect(convert(1, 'nautical mile', 'meter')).toBe(1852);
    expect(convert(1000, 'foot', 'meter')).toBeCloseTo(304.8, 6);
  });
});

describe('grading', () => {
  it('marks single choices by id', () => {
    expect(gradeAnswer(dateQ, {kind: 'choice', choiceId: 'b'})).toMatchObject({correct: true, points: 1});
    expect(gradeAnswer(dateQ, {kind: 'choice', choiceId: 'a'})).toMatchObject({correct: false, points: 0});
  });

  it('accepts a numeric answer within the tolerance from the file, in either unit', () => {
    const numeric = (value: number, unit: 'kilometer' | 'mile') => gradeAnswer(distanceQ, {kind: 'numeric', value, unit});
    expect(numeric(30, 'kilometer')).toMatchObject({correct: true, points: 2});
    expect(numeric(32, 'kilometer').correct).toBe(true); // exactly at the tolerance
    expect(numeric(32.1, 'kilometer').correct).toBe(false);
    expect(numeric(19, 'mile').correct).toBe(true); // 30.6 km
    expect(numeric(20, 'mile').correct).toBe(false); // 32.2 km
  });

  it('gives half credit within twice the tolerance and none beyond', () => {
    const credit = (value: number) => gradeAnswer(distanceQ, {kind: 'numeric', value, unit: 'kilometer'});
    expect(credit(31)).toMatchObject({credit: 1, correct: true, points: 2});
    expect(credit(33)).toMatchObject({credit: 0.5, correct: false, points: 1});
    expect(credit(26)).toMatchObject({credit: 0.5, correct: false, points: 1}); // exactly twice the tolerance below
    expect(credit(34.1)).toMatchObject({credit: 0, correct: false, points: 0});
    expect(verdictOf(credit(33))).toBe('partial');
    expect(verdictOf(undefined)).toBe('unanswered');
  });

  it('gives timelines credit by the share of pairs in the right order', () => {
    expect(orderCredit(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(orderCredit(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(0);
    expect(orderCredit(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(5 / 6);
    expect(orderCredit(['a', 'b', 'c'], ['a', 'b'])).toBe(0); // an incomplete order earns nothing
    const timeline = kindsQuiz().questions[3]!;
    expect(gradeAnswer(timeline, {kind: 'order', order: ['storm', 'bridge', 'ready']})).toMatchObject({credit: 2 / 3, points: 2, correct: false});
  });

  it('gives matching credit per pair', () => {
    const matching = kindsQuiz().questions[4]!;
    expect(gradeAnswer(matching, {kind: 'matches', matches: {p1: 'Ana Ruiz', p2: 'Ana Ruiz'}})).toMatchObject({credit: 0.5, points: 1});
    expect(gradeAnswer(matching, {kind: 'matches', matches: {p1: 'Ana Ruiz', p2: 'Officials'}})).toMatchObject({credit: 1, correct: true});
    expect(gradeAnswer(matching, {kind: 'choice', choiceId: 'a'}).credit).toBe(0);
  });

  it('never starts a timeline in the right order', () => {
    const quizWithTimeline = kindsQuiz();
    for (let i = 0; i < 50; i++) {
      const run = planRun(quizWithTimeline, {seed: `t${i}`, categories: ['date']});
      const timeline = run.find((p) => p.question.kind === 'timeline')!;
      expect(timeline.choiceOrder).not.toEqual(['storm', 'ready', 'bridge']);
      expect([...timeline.choiceOrder].sort()).toEqual(['bridge', 'ready', 'storm']);
    }
  });

  it('describes answers and keys for review', () => {
    expect(describeKey(dateQ)).toBe('Friday');
    expect(describeKey(distanceQ)).toBe('30 kilometers');
    expect(describeAnswer(distanceQ, {kind: 'numeric', value: 18.64, unit: 'mile'})).toBe('18.6 miles');
    expect(describeAnswer(quoteQ, {kind: 'choice', choiceId: 'a'})).toBe('Ana Ruiz');
  });

  it('sums a run per category, counting unanswered questions in the maximum', () => {
    const results = new Map([
      ['q-date', gradeAnswer(dateQ, {kind: 'choice', choiceId: 'b'})],
      ['q-distance', gradeAnswer(distanceQ, {kind: 'numeric', value: 50, unit: 'kilometer'})],
    ]);
    const summary = summarize(quiz.questions, results);
    expect(summary).toEqual({
      score: 1,
      max: 4,
      percentage: 25,
      byCategory: {
        date: {score: 1, max: 1, correct: 1, total: 1},
        distance: {score: 0, max: 2, correct: 0, total: 1},
        quote: {score: 0, max: 1, correct: 0, total: 1},
        measure: {score: 0, max: 0, correct: 0, total: 0},
      },
    });
  });
});
