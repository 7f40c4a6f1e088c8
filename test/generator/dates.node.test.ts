import { describe, expect, it } from 'vitest';
import { facts, readSeed } from './helpers.js';
import { formatDateKey, valueKey } from '../../src/generator/calendar.js';
import { generateQuiz } from '../../src/generator/quiz.js';

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

  it('dates a saying only by a speech verb, not by a capitalised name that looks like one', () => {
    const f = facts(' date 2024-05\nFloods hit the United States last year. Officials said Friday the river rose. The river rose, officials said Friday.');
    expect(f.dates.map((d) => [d.text, d.event.speech])).toEqual([['last year', false], ['Friday', true], ['Friday', true]]);
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

  it('looks forward for a weekday in a present-tense clause, and a list of weekdays shares the tense', () => {
    // 2024-06-07 was a Friday.
    expect(dates(' date 2024-06-07\nThe team has two matches remaining on Saturday and Sunday. The museum is closed since Tuesday. She has won on Thursday.')).toEqual([
      ['Saturday', '2024-06-08'],
      ['Sunday', '2024-06-09'],
      ['Tuesday', '2024-06-04'],
      ['Thursday', '2024-06-06'],
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
    expect(dates(' date 2024-05\n1,272 people came. The ship sank in 2 1/2 hours. It costs $2000.')).toEqual([]);
  });

  it('takes decades and centuries as spans of years', () => {
    expect(dates(' date 2024-05\nThe 1990s were calm, unlike the nineteen sixties, the 1800s or the 2000s. In the 20th century and the first half of the Twentieth Century, and since two thousand -- it grew.')).toEqual([
      ['1990s', '1990/1999'], ['nineteen sixties', '1960/1969'], ['1800s', '1800/1899'], ['2000s', '2000/2009'],
      ['20th century', '1900/1999'], ['first half of the Twentieth Century', '1900/1949'], ['two thousand', '2000'],
    ]);
  });

  it('keeps month-day with an explicit year and numeric dates', () => {
    expect(dates(' date 2024-05\nIt happened on Nov. 7, 2013, and again on 11/8/2013, 2013-11-09 and 25/12/13.')).toEqual([
      ['Nov. 7, 2013', '2013-11-07'],
      ['11/8/2013', '2013-11-08'],
      ['2013-11-09', '2013-11-09'],
      ['25/12/13', '2013-12-25'],
    ]);
    expect(dates(' date 2024-05\nHalf (1/2) of 13/13/2013 is no date.')).toEqual([]);
  });

  it('resolves holidays and leaves weeks out (held-out corpus rules)', () => {
    expect(dates(' date 2017-03-06\nOn New Year’s Day, Kim spoke. Last week, the drills began.')).toEqual([['New Year’s Day', '2017-01-01']]);
  });

  it('never puts a month-day told in the past after the dateline, irregular past forms included', () => {
    expect(dates(' date 2024-05-10\nThe quake struck on June 3. In June, the river flooded. The fair opens on June 3.')).toEqual([
      ['June 3', '2023-06-03'],
      ['June', '2023-06'],
      ['June 3', '2024-06-03'],
    ]);
  });

  it('reads spelled-out years, but not counts in words', () => {
    expect(dates(' date 2024-05\nThe mill opened in seventeen ninety-two, burned in nineteen hundred and was rebuilt in two thousand and three.')).toEqual([
      ['seventeen ninety-two', '1792'],
      ['nineteen hundred', '1900'],
      ['two thousand and three', '2003'],
    ]);
    expect(dates(' date 2024-05\nNineteen fifteen-year-olds signed up, two thousand people watched, nineteen hundred fans sang and twenty five boats sailed.')).toEqual([]);
  });

  it('reads ordinal day words after the month or before "of" it', () => {
    // 2025-03-12 was a Wednesday.
    expect(dates(' date 2025-03-12\nThe hearing on March third was short; the next will be held on the twenty-first of April. The last is set for December twenty first.')).toEqual([
      ['March third', '2025-03-03'],
      ['the twenty-first of April', '2025-04-21'],
      ['December twenty first', '2025-12-21'],
    ]);
    expect(dates(' date 2025-03-12\nIn February second-half sales fell.')).toEqual([['February', '2025-02']]);
  });

  it('counts "N years/months/days ago" back from the dateline, but not deep time or vague counts', () => {
    expect(dates(' date 2019-06-05\nThe dam burst 40 years ago; a decade ago it was rebuilt. Eight months ago engineers warned, and two days ago it leaked.')).toEqual([
      ['40 years ago', '1979'],
      ['a decade ago', '2009'],
      ['two days ago', '2019-06-03'],
    ]);
    expect(dates(' date 2019-06\nIt leaked two days ago. Glaciers retreated 12,000 years ago, and three million years ago, and a few years ago.')).toEqual([
      ['two days ago', null],
    ]);
  });

  it('takes a span of years as one date with an interval value', () => {
    expect(dates(' date 2024-05\nHe served 1989-1994, again in 2001\u201305, coached the 2010-11 side and taught from 2008 to 2012 and between 1970 and 1975.')).toEqual([
      ['1989-1994', '1989/1994'],
      ['2001\u201305', '2001/2005'],
      ['2010-11', '2010/2011'],
      ['from 2008 to 2012', '2008/2012'],
      ['between 1970 and 1975', '1970/1975'],
    ]);
    expect(dates(' date 2024-05\nIn the 2009/10 season and in 2011/2012 he scored; the shop opens 24/7.')).toEqual([
      ['2009/10', '2009/2010'],
      ['2011/2012', '2011/2012'],
    ]);
  });

  it('takes a span of years in words as one date too, but not a span of counts', () => {
    expect(dates(' date 2024-05\nShe led the firm from two thousand to two thousand eight, and the club between nineteen ninety and nineteen ninety-four. Crowds grew from two thousand to three thousand people.')).toEqual([
      ['from two thousand to two thousand eight', '2000/2008'],
      ['between nineteen ninety and nineteen ninety-four', '1990/1994'],
    ]);
  });

  it('joins a weekday and the day of the month in apposition into one date', () => {
    // 2024-09-17 was a Tuesday.
    expect(dates(' date 2024-09-17\nVoting ends on Friday, September 20, and results come Monday 23 September.')).toEqual([
      ['Friday, September 20', '2024-09-20'],
      ['Monday 23 September', '2024-09-23'],
    ]);
    // The weekday picks the year: December 14 was a Saturday in 2024, not in 2023.
    expect(dates(' date 2024-01\nThe festival opens on Saturday, December 14.')).toEqual([['Saturday, December 14', '2024-12-14']]);
    expect(dates(' date 2024-09\nThe vote is planned for this Saturday, the 28th of September.')).toEqual([
      ['this Saturday, the 28th of September', '2024-09-28'],
    ]);
  });

  it('takes possessive relative periods, and "today\'s" only when it is the day', () => {
    expect(dates(' date 2024-09-17\nNext month\u2019s budget follows last year\'s deficit.')).toEqual([
      ['Next month', '2024-10'],
      ['last year', '2023'],
    ]);
    expect(dates(' date 2024-09-17\nToday\'s children read less than today\'s modern adults think. Today\'s vote was delayed. Today\'s talks ended early.')).toEqual([
      ['Today', '2024-09-17'],
      ['Today', '2024-09-17'],
    ]);
  });

  it('does not read "Today" or a weekday inside a name as a date', () => {
    expect(dates(' date 2024-09-17\nShe told USA Today that the Sunday Times was wrong. NBC\'s Today show and The Tonight Show aired. Today, he left. On the Sunday before, it rained.')).toEqual([
      ['Today', '2024-09-17'],
      ['Sunday', '2024-09-15'],
    ]);
  });

  it('does not read a number in a name or an address as a year', () => {
    expect(dates(' date 2024-05\nRoute 1999 was closed. Asteroid 2004 MN4 will pass us. Aides met at 2000 Pennsylvania Avenue. The 2008 Games were a success; the class of 1998 met.')).toEqual([
      ['2008', '2008'],
      ['1998', '1998'],
    ]);
  });

  it('dates a weekday by the tense of its clause: a future told in the past counts from the sentence\'s earlier day', () => {
    // 2024-09-17 was a Tuesday.
    const on = (sentence: string) => dates(` date 2024-09-17\n${sentence}`);
    expect(on('The ministry said on Sunday the strike was due to start on Wednesday.')).toEqual([
      ['Sunday', '2024-09-15'], ['Wednesday', '2024-09-18'],
    ]);
    expect(on('The strike began on Wednesday.')).toEqual([['Wednesday', '2024-09-11']]);
    expect(on('Because of storms expected on Thursday, crews closed the road.')).toEqual([['Thursday', '2024-09-12']]);
    expect(on('Storms expected on Thursday will close the road.')).toEqual([['Thursday', '2024-09-19']]);
    expect(on('The mayor said the council would vote on Thursday.')).toEqual([['Thursday', '2024-09-19']]);
    expect(on('The ferry was due to dock on Saturday but sank.')).toEqual([['Saturday', '2024-09-14']]);
    expect(on('The storm was expected to hit the coast by Friday.')).toEqual([['Friday', '2024-09-20']]);
    expect(on('The council is set to vote on Thursday.')).toEqual([['Thursday', '2024-09-19']]);
    expect(on('The talks, which began Sunday, will resume Thursday.')).toEqual([['Sunday', '2024-09-15'], ['Thursday', '2024-09-19']]);
  });

  it('asks a spelled-out ordinal day as a day, and no single answer for a span of years', () => {
    const f = facts(' date 2024-05\nThe fair ended on March twenty-first. He ruled 1990-1995.');
    const keys = f.dates.map((d) => valueKey(d));
    expect(keys[0] && formatDateKey(keys[0])).toBe('March 21');
    expect(keys[1]).toBeNull();
  });

  it('puts an event ending in a name like "the United States" on the timeline (no speech verb there)', () => {
    const quiz = generateQuiz(' date 2024-05-10\nStorms battered the United States in 2017. A drought struck Canada in 2021. Fires burned across Mexico in 2023.').quiz;
    const timeline = quiz.questions.find((q) => q.kind === 'timeline');
    expect(timeline && 'items' in timeline ? timeline.items.map((i) => i.text) : []).toContain('Storms battered the United States');
  });
});
