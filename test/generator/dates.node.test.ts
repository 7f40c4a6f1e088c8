import { describe, expect, it } from 'vitest';
import { facts, readSeed } from './helpers.js';

const dates = (text: string) => facts(text).dates.map((d) => [d.text, d.value]);

describe('dates', () => {
  it('finds the seed dates with month-dateline values', () => {
    expect(dates(readSeed())).toEqual([
      ['Friday', null],
      ['this year', '2024'],
      ['Earlier this year', '2024'],
      ['February 2022', '2022-02'],
      ['Thursday', null],
    ]);
  });

  it('marks "said Friday" as dating the saying', () => {
    const f = facts(readSeed());
    expect(f.dates[0]?.event.speech).toBe(true);
    expect(f.dates[3]?.event.speech).toBe(false);
    expect(f.dates[0]!.event.sentenceStart).toBeLessThan(f.dates[0]!.start);
  });

  it('gives a weekday no value under a month-only dateline', () => {
    expect(dates(' date 2017-09\nThe quake struck Tuesday. Rescuers searched on Wednesday.')).toEqual([
      ['Tuesday', null],
      ['Wednesday', null],
    ]);
  });

  it('resolves a weekday under a day dateline to the most recent one, the same day included', () => {
    // 2015-07-22 was a Wednesday.
    expect(dates(' date 2015-07-22\nThe search ended Wednesday for a diver who went missing Tuesday. He was last seen early Friday.')).toEqual([
      ['Wednesday', '2015-07-22'],
      ['Tuesday', '2015-07-21'],
      ['early Friday', '2015-07-17'],
    ]);
  });

  it('looks forward for a weekday in a future clause, but not for the day of a saying', () => {
    expect(dates(' date 2024-06-07\nOfficials said Thursday the council will vote Monday.')).toEqual([
      ['Thursday', '2024-06-06'],
      ['Monday', '2024-06-10'],
    ]);
  });

  it('does not take vague spans, durations or "Now"', () => {
    expect(dates(' date 2024-05\nIn recent weeks, and over the past few weeks, talks stalled. Now, he said, it is over. They talked for 36 years.')).toEqual([]);
  });

  it('does not take "may" or "March" used as words', () => {
    expect(dates(' date 2024-05\nWalking may lower your risk. The March on Washington drew crowds. May God bless them.')).toEqual([]);
  });

  it('resolves months, month-days, years and relative periods', () => {
    expect(dates(' date 2025-01-12\nThe probe passed the sun on December 24. It launched in August 2018 and was approved in 2021. In March, sanctions came. Last year was hot; this morning was cold. Today it snowed. The talks end next month.')).toEqual([
      ['December 24', '2024-12-24'],
      ['August 2018', '2018-08'],
      ['2021', '2021'],
      ['March', '2024-03'],
      ['Last year', '2024'],
      ['this morning', '2025-01-12'],
      ['Today', '2025-01-12'],
      ['next month', '2025-02'],
    ]);
  });

  it('does not read counts, fractions or ages as years or dates', () => {
    expect(dates(' date 2024-05\n1,272 people came. The ship sank in 2 1/2 hours. The 1990s were calm. It costs $2000.')).toEqual([]);
  });

  it('keeps month-day with an explicit year and chrono numeric dates', () => {
    expect(dates(' date 2024-05\nIt happened on Nov. 7, 2013, and again on 11/8/2013.')).toEqual([
      ['Nov. 7, 2013', '2013-11-07'],
      ['11/8/2013', '2013-11-08'],
    ]);
  });

  it('resolves holidays and leaves weeks out (held-out corpus rules)', () => {
    expect(dates(' date 2017-03-06\nOn New Year’s Day, Kim spoke. Last week, the drills began.')).toEqual([['New Year’s Day', '2017-01-01']]);
  });
});
