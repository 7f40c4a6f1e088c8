// The rules behind wrong answers and tolerances, one by one.
import {describe, expect, it} from 'vitest';
import type {DateKey} from '../../src/generator/calendar.js';
import {arrange, dateDistractors, numberDistractors} from '../../src/generator/distractors.js';
import {maySamePerson} from '../../src/generator/people.js';
import type {Person} from '../../src/generator/people.js';
import {toleranceFor} from '../../src/generator/questions-distance.js';
import {coreClaim, danglingPronoun, trimQuotation} from '../../src/generator/wording.js';

const key = (shape: DateKey['shape'], y = 0, m = 0, d = 0, wd = 0): DateKey => ({shape, y, m, d, wd});

describe('tolerance', () => {
  it('is 5 % of the value on a 1-2-5 step, at least half a kilometre for miles, at most 10 %', () => {
    expect(toleranceFor(19, 'mile')).toBe(1);
    expect(toleranceFor(186, 'mile')).toBe(10);
    expect(toleranceFor(60, 'nautical mile')).toBe(5);
    expect(toleranceFor(240, 'foot')).toBe(20);
    expect(toleranceFor(3.25, 'mile')).toBe(0.2);
    for (const v of [0.5, 2, 19, 186, 6_100_000]) expect(toleranceFor(v, 'kilometer')).toBeLessThanOrEqual(v * 0.1);
  });

  it('never reaches another distance of the article', () => {
    expect(toleranceFor(100, 'kilometer', [104])).toBeLessThan(2);
    expect(toleranceFor(19, 'mile', [186])).toBe(1);
  });
});

describe('number distractors', () => {
  it('come from the article first, then multiples rounded like the key; none within 15 % of the key or of each other', () => {
    expect(numberDistractors(19, [186])).toEqual([186, 38, 10]);
    const got = numberDistractors(40, [40.2, 105, 44]);
    expect(got).not.toContain(40.2); // "25 miles" is 40.2 km: the same answer in another unit
    expect(got).not.toContain(44); // within 15 %
    for (const a of got) {
      expect(Math.abs(a - 40) / 40).toBeGreaterThan(0.15);
      for (const b of got) if (a !== b) expect(Math.abs(a - b) / Math.max(a, b)).toBeGreaterThan(0.1);
    }
  });

  it('keep the key’s precision, so no option stands out by its form', () => {
    expect(numberDistractors(3.25, [])).toEqual([6.5, 1.63, 9.75]);
    expect(numberDistractors(6_100_000, [])).toEqual([12_000_000, 3_100_000, 18_000_000]);
  });
});

describe('date distractors', () => {
  it('are other dates of the article in the key’s form, then neighbours', () => {
    expect(dateDistractors(key('weekday', 0, 0, 0, 5), [key('weekday', 0, 0, 0, 4)], null)).toEqual(['Thursday', 'Saturday', 'Wednesday']);
    expect(dateDistractors(key('month-year', 2022, 2), [key('full', 2022, 2, 24), key('month-year', 2024, 5)], null)).toEqual(['May 2024', 'February 2023', 'January 2022']);
  });

  it('never offer a date after publication for a past event, nor the key itself', () => {
    const got = dateDistractors(key('year', 2024), [key('year', 2024)], 2024);
    expect(got).toEqual(['2023', '2022', '2021']);
  });
});

describe('choice order', () => {
  it('is derived from the question id: the same every run, the key at different places for different ids', () => {
    expect(arrange('q-1', 'K', ['a', 'b', 'c'])).toEqual(arrange('q-1', 'K', ['a', 'b', 'c']));
    const at = new Set(['date-friday-said', 'date-2024', 'distance-19-miles', 'quote-a', 'quote-b', 'quote-c'].map((id) => arrange(id, 'K', ['a', 'b', 'c']).answer));
    expect(at.size).toBeGreaterThanOrEqual(3);
  });
});

describe('people', () => {
  const person = (name: string, aliases: string[] = []): Person => ({name, aliases, role: null, affiliation: null, speakerId: null});
  it('treats entries sharing a name word as maybe one person (never key and distractor together)', () => {
    expect(maySamePerson(person('Joe Biden'), person('President Biden'))).toBe(true);
    expect(maySamePerson(person('Antony Blinken', ['Secretary of State Antony Blinken']), person('Blinken'))).toBe(true);
    expect(maySamePerson(person('Antony Blinken'), person('Vladimir Putin'))).toBe(false);
  });
});

describe('wording', () => {
  it('finds pronouns with nothing to point back to', () => {
    expect(danglingPronoun('Earlier this year, he bent to calls')?.word).toBe('he');
    expect(danglingPronoun('It’s the second time this year')?.word).toBe('It');
    expect(danglingPronoun('That is higher than the earlier record')?.word).toBe('That');
    expect(danglingPronoun('President Joe Biden said he would go')).toBeNull();
    expect(danglingPronoun('the missing man at their stop, then did not see him')).toBeNull();
  });

  it('trims quotations at a clause and reported speech to its core', () => {
    expect(trimQuotation('Over the past few weeks, Ukraine came to us and asked for the authorization to use weapons that we’re providing to defend against this aggression, including against Russian forces that are massing on the Russian side of the border,'))
      .toBe('Over the past few weeks, Ukraine came to us and asked for the authorization to use weapons that we’re providing to defend against this aggression …');
    expect(coreClaim("Washington's move, a marked change in policy by Biden, who had steadfastly refused, was a result of U.S. strategy"))
      .toBe("Washington's move was a result of U.S. strategy");
  });
});
