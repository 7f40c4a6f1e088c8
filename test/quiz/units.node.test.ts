/** Units of every dimension: conversion, tolerances, counterparts, names, and scoring a `measure` answer. */
import {describe, expect, it} from 'vitest';
import {gradeAnswer} from '../../src/quiz/answers.js';
import {describeKey, describeTolerance} from '../../src/quiz/describe.js';
import {parseCategories, poolOf} from '../../src/quiz/draw.js';
import {summarize} from '../../src/quiz/score.js';
import {canConvert, convert, convertDifference, multiplier, unitChoices, unitLabel} from '../../src/quiz/units.js';
import {CATEGORIES, dimensionOf, UNITS, type NumericQuestion, type Unit} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {measureQuiz} from '../fixtures.js';

describe('converting in each dimension', () => {
  it.each<[number, Unit, Unit, number]>([
    // length
    [1, 'yard', 'meter', 0.9144],
    [12, 'inch', 'centimeter', 30.48],
    [1000, 'millimeter', 'meter', 1],
    [19, 'mile', 'kilometer', 30.577536],
    // duration
    [90, 'minute', 'hour', 1.5],
    [2, 'week', 'day', 14],
    [1, 'day', 'second', 86_400],
    [1, 'year', 'day', 365.25],
    [6, 'month', 'year', 0.5],
    // speed
    [100, 'kilometer per hour', 'mile per hour', 62.137119],
    [10, 'knot', 'kilometer per hour', 18.52],
    [10, 'meter per second', 'kilometer per hour', 36],
    // mass
    [1, 'pound', 'kilogram', 0.45359237],
    [16, 'ounce', 'pound', 1],
    [1, 'ton', 'pound', 2000],
    [1, 'tonne', 'ton', 1.1023113],
    [1500, 'gram', 'kilogram', 1.5],
    // area
    [1, 'hectare', 'acre', 2.4710538],
    [640, 'acre', 'square mile', 1],
    [1, 'square mile', 'square kilometer', 2.5899881],
    [1, 'square meter', 'square foot', 10.7639104],
    // temperature: a reading moves its zero
    [212, 'degree Fahrenheit', 'degree Celsius', 100],
    [32, 'degree Fahrenheit', 'degree Celsius', 0],
    [-40, 'degree Celsius', 'degree Fahrenheit', -40],
    [37, 'degree Celsius', 'degree Fahrenheit', 98.6],
    // volume
    [1, 'barrel', 'gallon', 42],
    [1, 'gallon', 'liter', 3.785411784],
    [1, 'cubic meter', 'liter', 1000],
  ])('%d %s is %d %s', (value, from, to, expected) => {
    expect(convert(value, from, to)).toBeCloseTo(expected, 6);
  });

  it('converts a tolerance by scale only: ±2 °F is ±1.1 °C, while the reading 2 °F is -16.7 °C', () => {
    expect(convertDifference(2, 'degree Fahrenheit', 'degree Celsius')).toBeCloseTo(1.111, 3);
    expect(convertDifference(1, 'degree Celsius', 'degree Fahrenheit')).toBeCloseTo(1.8, 9);
    expect(convert(2, 'degree Fahrenheit', 'degree Celsius')).toBeCloseTo(-16.667, 3);
    // Scales that share a zero convert a difference like a value.
    expect(convertDifference(5, 'kilometer per hour', 'mile per hour')).toBeCloseTo(convert(5, 'kilometer per hour', 'mile per hour'), 12);
  });

  it('refuses to convert across dimensions', () => {
    expect(() => convert(1, 'hour', 'mile')).toThrow(RangeError);
    expect(() => convert(1, 'hour', 'mile')).toThrow('cannot convert hour (duration) to mile (length)');
    expect(() => convertDifference(1, 'acre', 'liter')).toThrow(RangeError);
    expect(canConvert('acre', 'hectare')).toBe(true);
    expect(canConvert('acre', 'liter')).toBe(false);
    expect(multiplier('acre', 'liter')).toBeUndefined();
  });

  it('gives Moodle-style multipliers only where the scales share a zero', () => {
    expect(multiplier('mile per hour', 'kilometer per hour')).toBe(1.609344);
    expect(multiplier('kilometer per hour', 'kilometer per hour')).toBe(1);
    expect(multiplier('degree Fahrenheit', 'degree Celsius')).toBeUndefined();
    expect(multiplier('degree Celsius', 'degree Fahrenheit')).toBeUndefined();
    expect(multiplier('degree Celsius', 'degree Celsius')).toBe(1);
  });
});

describe('counterparts and names', () => {
  it.each<[Unit, Unit[]]>([
    ['mile per hour', ['mile per hour', 'kilometer per hour']],
    ['kilometer per hour', ['kilometer per hour', 'mile per hour']],
    ['acre', ['acre', 'hectare']],
    ['hectare', ['hectare', 'acre']],
    ['degree Fahrenheit', ['degree Fahrenheit', 'degree Celsius']],
    ['degree Celsius', ['degree Celsius', 'degree Fahrenheit']],
    ['pound', ['pound', 'kilogram']],
    ['kilogram', ['kilogram', 'pound']],
    ['inch', ['inch', 'centimeter']],
    ['gallon', ['gallon', 'liter']],
    ['minute', ['minute', 'hour']],
    // Months and years vary in length: answered in their own unit only.
    ['month', ['month']],
    ['year', ['year']],
  ])('%s is answered in %j', (unit, choices) => {
    expect(unitChoices(unit)).toEqual(choices);
  });

  it('offers for every unit a counterpart of its own dimension that converts there and back', () => {
    for (const unit of UNITS) {
      const [own, other] = unitChoices(unit);
      expect(own).toBe(unit);
      if (!other) continue;
      expect(dimensionOf(other), unit).toBe(dimensionOf(unit));
      expect(convert(convert(37, unit, other), other, unit), unit).toBeCloseTo(37, 9);
    }
  });

  it('names every unit in the singular for one and in the plural otherwise', () => {
    expect(['mile per hour', 'square foot', 'degree Celsius', 'inch', 'foot', 'cubic meter'].map((u) => unitLabel(u as Unit, 1))).toEqual([
      'mile per hour',
      'square foot',
      'degree Celsius',
      'inch',
      'foot',
      'cubic meter',
    ]);
    expect(['mile per hour', 'square foot', 'degree Celsius', 'inch', 'foot', 'cubic meter'].map((u) => unitLabel(u as Unit, 2.5))).toEqual([
      'miles per hour',
      'square feet',
      'degrees Celsius',
      'inches',
      'feet',
      'cubic meters',
    ]);
    for (const unit of UNITS) expect(unitLabel(unit, 1), unit).toBe(unit);
  });
});

describe('a quiz of other quantities', () => {
  const quiz = measureQuiz();
  const [speed, heat] = quiz.questions as [NumericQuestion, NumericQuestion];
  const numeric = (q: NumericQuestion, value: number, unit: Unit) => gradeAnswer(q, {kind: 'numeric', value, unit});

  it('is a valid file, and `measure` is a category the teacher can draw', () => {
    expect(validateQuizFile(quiz).ok).toBe(true);
    expect(CATEGORIES).toContain('measure');
    expect(parseCategories('measure', CATEGORIES)).toEqual(['measure']);
    expect(poolOf(quiz, ['measure']).map((q) => q.id)).toEqual(['m-speed', 'm-heat', 'm-oak']);
    expect(poolOf(quiz, ['distance'])).toEqual([]);
  });

  it('scores 120 km/h ± 5 answered in miles per hour', () => {
    expect(numeric(speed, 75, 'mile per hour')).toMatchObject({correct: true, credit: 1, category: 'measure'});
    // 80 mph is 128.7 km/h: within twice the tolerance, half the points.
    expect(numeric(speed, 80, 'mile per hour')).toMatchObject({correct: false, credit: 0.5});
    expect(numeric(speed, 90, 'mile per hour')).toMatchObject({correct: false, credit: 0});
  });

  it('scores 95 °F ± 2 answered in degrees Celsius, the zero moved and the tolerance not', () => {
    expect(numeric(heat, 35, 'degree Celsius')).toMatchObject({correct: true}); // 95 °F
    expect(numeric(heat, 36, 'degree Celsius')).toMatchObject({correct: true}); // 96.8 °F
    expect(numeric(heat, 36.5, 'degree Celsius')).toMatchObject({credit: 0.5}); // 97.7 °F
    expect(numeric(heat, 32, 'degree Celsius')).toMatchObject({credit: 0}); // 89.6 °F
  });

  it('gives nothing for a unit of another dimension (a tampered saved answer)', () => {
    expect(numeric(speed, 120, 'hour')).toMatchObject({correct: false, credit: 0});
  });

  it('describes keys and margins with the unit names, and sums the category', () => {
    expect(describeKey(speed)).toBe('120 kilometers per hour');
    expect(describeTolerance(heat)).toBe('2 degrees Fahrenheit');
    const results = new Map([['m-speed', numeric(speed, 75, 'mile per hour')]]);
    expect(summarize(quiz.questions, results).byCategory.measure).toEqual({score: 1, max: 3, correct: 1, total: 3});
  });
});
