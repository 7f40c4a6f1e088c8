import { describe, expect, it } from 'vitest';
import { facts, readSeed } from './helpers.js';

const measures = (text: string) => facts(text).measures.map((m) => [m.text, m.value, m.unit]);

describe('measures', () => {
  it('finds the seed distances, with "up to" as a qualifier outside the text', () => {
    const f = facts(readSeed());
    expect(f.measures.map((m) => [m.text, m.value, m.unit, m.category])).toEqual([
      ['19 miles', 19, 'mile', 'distance'],
      ['186 miles', 186, 'mile', 'distance'],
    ]);
    expect(f.measures[1]?.qualifier).toBe('up to');
    expect(f.measures[0]?.what).toContain('from the border');
  });

  it('reads a metric value with its conversion in parentheses as one quantity', () => {
    const f = facts(' date 2024-05\nThe town is 30 kilometres (19 miles) from the front.');
    expect(f.measures).toHaveLength(1);
    expect(f.measures[0]).toMatchObject({ text: '30 kilometres (19 miles)', value: 30, unit: 'kilometer', converted: { value: 19, unit: 'mile' } });
  });

  it('reads adjectival, spelled-out, glued and thousands forms', () => {
    expect(measures(' date 2024-05\nA 186-mile range, nineteen miles away, a 2km walk and up to 1,200 km. Wingfield-Hayes, 64-year-old, was held for eight hours.')).toEqual([
      ['186-mile', 186, 'mile'],
      ['nineteen miles', 19, 'mile'],
      ['2km', 2, 'kilometer'],
      ['1,200 km', 1200, 'kilometer'],
      ['eight hours', 8, 'hour'],
    ]);
  });

  it('reads speeds, areas, lengths, temperatures, scales and magnitudes', () => {
    expect(measures(' date 2024-05\nWinds of 120 km/h and 75 mph hit 5,000 square kilometres. Snow lay 3.5 metres deep at 40 degrees Celsius below. It passed within 6.1 million kilometers. A 7.1 magnitude quake and an aftershock of magnitude 5.2 followed. The ship sank in 2 1/2 hours.')).toEqual([
      ['120 km/h', 120, 'kilometer per hour'],
      ['75 mph', 75, 'mile per hour'],
      ['5,000 square kilometres', 5000, 'square kilometer'],
      ['3.5 metres', 3.5, 'meter'],
      ['40 degrees Celsius', 40, 'degree Celsius'],
      ['6.1 million kilometers', 6100000, 'kilometer'],
      ['7.1 magnitude', 7.1, 'magnitude'],
      ['magnitude 5.2', 5.2, 'magnitude'],
      ['2 1/2 hours', 2.5, 'hour'],
    ]);
  });

  it('does not take counts, money, times of day or ages', () => {
    expect(measures(' date 2024-05\n3,000 troops and $5m arrived at 1 p.m.; the 64-year-old man, 30 years old, saw 7 deaths.')).toEqual([]);
  });

  it('reads word-number ranges, negative temperatures and skips ages (held-out corpus rules)', () => {
    expect(measures(' date 2005-06\nIt is between two hundred and four hundred degrees Celsius, or -40 degrees at night. Kids aged 5 years.')).toEqual([
      ['between two hundred and four hundred degrees Celsius', 400, 'degree Celsius'],
      ['-40 degrees', -40, 'degree'],
    ]);
  });
});
