import { describe, expect, it } from 'vitest';
import { describeKey } from '../../src/quiz/describe.js';
import { generateQuiz } from '../../src/generator/quiz.js';
import { facts, readSeed } from './helpers.js';
import { evidenceProblem } from './quiz-checks.js';

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

  it('reads a conversion in parentheses or dashes as a second measure, linked to the first', () => {
    const f = facts(' date 2024-05\nThe town is 30 kilometres (19 miles) from the front. The plane flew at 9,000 metres \u2014 about 30,000 feet \u2014 all night.');
    expect(f.measures.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['30 kilometres', 30, 'kilometer'], ['19 miles', 19, 'mile'], ['9,000 metres', 9000, 'meter'], ['30,000 feet', 30000, 'foot'],
    ]);
    expect(f.measures[0]).toMatchObject({ converted: { value: 19, unit: 'mile' } });
    expect(f.measures[1]!.conversionOf).toBe(f.measures[0]);
    expect(f.measures[3]!.conversionOf).toBe(f.measures[2]);
    // Two quantities side by side in parentheses are no conversion unless they are the same quantity.
    expect(facts(' date 2024-05\nHe ran 5 miles (40 minutes) today.').measures[1]!.conversionOf).toBeUndefined();
    expect(facts(' date 2024-05\nHe ran 5 miles (10 kilometers) today.').measures[1]!.conversionOf).toBeUndefined();
    // "--" and ", or" open a conversion too; temperatures convert with their offset.
    const more = facts(' date 2024-05\nIt flew 1,000 kilometers -- about 620 miles -- east, or 2,000 kilometers, or 1,243 miles, in 40C (104F) heat.').measures;
    expect(more.map((m) => [m.text, Boolean(m.conversionOf)])).toEqual([
      ['1,000 kilometers', false], ['620 miles', true], ['2,000 kilometers', false], ['1,243 miles', true], ['40C', false], ['104F', true],
    ]);
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
    expect(measures(' date 2024-05\nPeople 65 years and older, adults 18 years of age, and children five years or younger.')).toEqual([]);
    expect(measures(' date 2024-05\nChildren under 5 years and people over 65 years are at risk; the dam lasted over 65 years.')).toEqual([
      ['65 years', 65, 'year'],
    ]);
  });

  it('reads word-number ranges, negative temperatures and skips ages (held-out corpus rules)', () => {
    expect(measures(' date 2005-06\nIt is between two hundred and four hundred degrees Celsius, or -40 degrees at night. Kids aged 5 years.')).toEqual([
      ['between two hundred and four hundred degrees Celsius', 400, 'degree Celsius'],
      ['-40 degrees', -40, 'degree'],
    ]);
  });

  it('gives one measure per number coordinated before a shared unit, each spanning its own number', () => {
    expect(measures(' date 2024-05\nShe entered the 5- and 10-mile runs, then the 20 or 30 foot dives, and the 3, 6 and 9 kilometre walks.')).toEqual([
      ['5', 5, 'mile'], ['10-mile', 10, 'mile'],
      ['20', 20, 'foot'], ['30 foot', 30, 'foot'],
      ['3', 3, 'kilometer'], ['6', 6, 'kilometer'], ['9 kilometre', 9, 'kilometer'],
    ]);
    // "X to Y unit" names two quantities too.
    expect(measures(' date 2024-05\nRunners began with four to five miles and the storm left 15 to 30 centimeters of snow.')).toEqual([
      ['four', 4, 'mile'], ['five miles', 5, 'mile'], ['15', 15, 'centimeter'], ['30 centimeters', 30, 'centimeter'],
    ]);
    // "between … and …" stays a range, and a year before "and" is no list.
    expect(measures(' date 2024-05\nIt lies between 5 and 10 miles away. The dam opened in 1990 and 3 years later it burst.')).toEqual([
      ['between 5 and 10 miles', 10, 'mile'], ['3 years', 3, 'year'],
    ]);
  });

  it('reads a composite quantity as one measure in its smallest unit', () => {
    expect(measures(' date 2024-05\nThe climb took two days and six hours; he is 5 feet 9 inches tall, the baby weighed 3 kilograms, 400 grams and the record is 1 hour, 2 minutes, 3.5 seconds.')).toEqual([
      ['two days and six hours', 54, 'hour'],
      ['5 feet 9 inches', 69, 'inch'],
      ['3 kilograms, 400 grams', 3400, 'gram'],
      ['1 hour, 2 minutes, 3.5 seconds', 3723.5, 'second'],
    ]);
    // "an hour and 20 minutes": the article stands for one; alone ("an hour later") it is no measure.
    expect(measures(' date 2024-05\nThe flight took an hour and 20 minutes; a year, three months later an hour passed, a mile and two kilometers.')).toEqual([
      ['an hour and 20 minutes', 80, 'minute'], ['a year, three months', 15, 'month'], ['two kilometers', 2, 'kilometer'],
    ]);
    // Not a composite when the smaller part reaches one of the larger unit, or the units do not mix.
    expect(measures(' date 2024-05\nThey waited 3 hours and 90 minutes, then 2 months and 5 days.')).toEqual([
      ['3 hours', 3, 'hour'], ['90 minutes', 90, 'minute'], ['2 months', 2, 'month'], ['5 days', 5, 'day'],
    ]);
  });

  it('reads fractions of a unit and "and a half"', () => {
    expect(measures(' date 2024-05\nHalf an hour later they had walked three quarters of a mile, won by a tenth of a second, climbed two-thirds of a kilometer and swum one and a half miles.')).toEqual([
      ['Half an hour', 0.5, 'hour'],
      ['three quarters of a mile', 0.75, 'mile'],
      ['a tenth of a second', 0.1, 'second'],
      ['two-thirds of a kilometer', 2 / 3, 'kilometer'],
      ['one and a half miles', 1.5, 'mile'],
    ]);
  });

  it('reads scale words after numerals and words, also hyphenated', () => {
    expect(measures(' date 2024-05\nA 12-hundred-meter climb, fifteen hundred feet, a hundred yards, a hundred and fifty metres, a thousand miles and 2.5 million barrels.')).toEqual([
      ['12-hundred-meter', 1200, 'meter'],
      ['fifteen hundred feet', 1500, 'foot'],
      ['a hundred yards', 100, 'yard'],
      ['a hundred and fifty metres', 150, 'meter'],
      ['a thousand miles', 1000, 'mile'],
      ['2.5 million barrels', 2.5e6, 'barrel'],
    ]);
  });

  it('reads a glued scale before a unit ("1.5m tonnes") but a glued metre otherwise', () => {
    expect(measures(' date 2024-05\nThey shipped 1.5m tonnes and 2bn barrels past the 1.5m-tall wall and the 100m final.')).toEqual([
      ['1.5m tonnes', 1.5e6, 'tonne'],
      ['2bn barrels', 2e9, 'barrel'],
      ['1.5m', 1.5, 'meter'],
      ['100m', 100, 'meter'],
    ]);
  });

  it('reads race times in clock notation as seconds, but not times of day, verses or scores', () => {
    expect(measures(' date 2024-05\nShe won in 1:42.96, he ran 2:03:59, the race began at 10:30 and 10:30:15 a.m., John 3:16, a 2:1 ratio.')).toEqual([
      ['1:42.96', 102.96, 'second'],
      ['2:03:59', 7439, 'second'],
    ]);
  });

  it('reads a clock time with its unit word as one measure ("3:58.21 minutes"), never its seconds alone', () => {
    expect(measures(' date 2024-05\nShe won the 400-meter race in 3:58.21 minutes; he finished the marathon in 2:09:31 hours.')).toEqual([
      ['400-meter', 400, 'meter'],
      ['3:58.21 minutes', 238.21, 'second'],
      ['2:09:31 hours', 7771, 'second'],
    ]);
  });

  it('keeps a bound "sub-" in the measure', () => {
    expect(measures(' date 2024-05\nFew men run sub-4 minutes for the mile.')).toEqual([['sub-4 minutes', 4, 'minute']]);
  });

  it('leaves "N years/days ago" to the dates (years below 1000), but keeps deep time, months and weeks as measures', () => {
    expect(measures(' date 2024-05\nFive years ago the lake was dry; 12,000 years ago it was ice; two decades ago, eight months ago and 3 days ago it rained; two weeks ago it flooded.')).toEqual([
      ['12,000 years', 12000, 'year'],
      ['eight months', 8, 'month'],
      ['two weeks', 2, 'week'],
    ]);
  });

  it('does not read the body part "one foot" as a length, but keeps a length after other verbs', () => {
    expect(measures(' date 2024-05\nShe kept one foot on the brake, with one foot in the door. The sea rose one foot in a decade.')).toEqual([
      ['one foot', 1, 'foot'],
    ]);
  });

  it('reads adjectival fractions and hyphenated "and-a-half"', () => {
    expect(measures(' date 2024-05\nA half-mile walk, a three-quarter-mile loop, a quarter-century of work and a two-and-a-half-hour show, a half mile away.')).toEqual([
      ['half-mile', 0.5, 'mile'],
      ['three-quarter-mile', 0.75, 'mile'],
      ['quarter-century', 0.25, 'century'],
      ['two-and-a-half-hour', 2.5, 'hour'],
      ['half mile', 0.5, 'mile'],
    ]);
  });

  it('reads a height in feet and inches written without "inches"', () => {
    expect(measures(' date 2024-05\nThe 6-foot-4 guard and his 5 foot 11 brother ran 6 feet 4 times.')).toEqual([
      ['6-foot-4', 76, 'inch'],
      ['5 foot 11', 71, 'inch'],
      ['6 feet', 6, 'foot'],
    ]);
  });

  it('does not read "his own two feet" or "could one day" as measures', () => {
    expect(measures(' date 2024-05\nShe stood on her own two feet. Robots could one day replace pilots, and he hopes to one day run again.')).toEqual([]);
    expect(measures(' date 2024-05\nThe strike was cut to one day a week, and the wall is two feet thick.')).toEqual([
      ['one day', 1, 'day'], ['two feet', 2, 'foot'],
    ]);
  });

  it('reads "degrees C", "degrees F" and a bare degree sign', () => {
    expect(measures(' date 2024-05\nIt was 40 degrees C on land, 100 degrees F inland and the slope is 30° steep.')).toEqual([
      ['40 degrees C', 40, 'degree Celsius'],
      ['100 degrees F', 100, 'degree Fahrenheit'],
      ['30°', 30, 'degree'],
    ]);
  });

  it('gives a bare "degrees" about temperature the scale the article names', () => {
    expect(measures(' date 2024-05\nIt hit 104 degrees Fahrenheit on Monday. Temperatures reached 106 degrees on Tuesday. The ship turned 90 degrees.')).toEqual([
      ['104 degrees Fahrenheit', 104, 'degree Fahrenheit'],
      ['106 degrees', 106, 'degree Fahrenheit'],
      ['90 degrees', 90, 'degree'],
    ]);
  });

  it('reads "a day and a half", "two hours and a half" and British heights and weights', () => {
    expect(measures(' date 2024-05\nThe road was shut for a day and a half, the talks lasted two hours and a half, the 5ft 11in striker weighs 12 stone 4 pounds, and the baby weighed 7lb 4oz.')).toEqual([
      ['a day and a half', 1.5, 'day'],
      ['two hours and a half', 2.5, 'hour'],
      ['5ft 11in', 71, 'inch'],
      ['12 stone 4 pounds', 172, 'pound'],
      ['7lb 4oz', 116, 'ounce'],
    ]);
  });

  it('gives composite values without floating-point noise, and no "second" in an ordinal compound', () => {
    expect(measures(' date 2024-05\nShe swam 3 minutes 29.58 seconds and scored one second-half goal.')).toEqual([
      ['3 minutes 29.58 seconds', 209.58, 'second'],
    ]);
  });

  it('reads a quantity per unit of time as a rate, but leaves durations and speeds alone', () => {
    expect(measures(' date 2024-05\nOutput rose by 500,000 barrels a day; 4.7 million hectares a year are lost; rain fell at 2 inches an hour; 120 km an hour; 24 hours a day.')).toEqual([
      ['500,000 barrels a day', 500000, 'barrel per day'],
      ['4.7 million hectares a year', 4.7e6, 'hectare per year'],
      ['2 inches an hour', 2, 'inch per hour'],
      ['120 km an hour', 120, 'kilometer per hour'],
      ['24 hours', 24, 'hour'],
    ]);
  });

  it('reads more units under their singular English names', () => {
    expect(measures(' date 2024-05\nThe 600-acre farm, a 2,450 megahertz signal, 5 miles per second and 93 degrees Fahrenheit; a 10-kiloton test and 85 decibels.')).toEqual([
      ['600-acre', 600, 'acre'],
      ['2,450 megahertz', 2450, 'megahertz'],
      ['5 miles per second', 5, 'mile per second'],
      ['93 degrees Fahrenheit', 93, 'degree Fahrenheit'],
      ['10-kiloton', 10, 'kiloton'],
      ['85 decibels', 85, 'decibel'],
    ]);
  });
});

describe('distance questions from measures', () => {
  const text = ` date 2024-05-02
The runners covered forty-two kilometers on Sunday, said the organisers of the race in the city.

The winner, who is six feet, four inches tall, finished the course before noon, officials said on Monday.

The old bridge is 30 kilometres (19 miles) from the finish line, the police said on Friday.`;
  const quiz = generateQuiz(text).quiz;
  const distance = quiz.questions.filter((q) => q.category === 'distance');

  it('asks a spelled-out distance with evidence that proves it, and no composite in inches', () => {
    expect(distance.length).toBeGreaterThanOrEqual(2);
    for (const q of distance) expect(evidenceProblem(quiz, q)).toBeNull();
    expect(distance.some((q) => describeKey(q).startsWith('42 kilometer'))).toBe(true);
    expect(distance.every((q) => !/inch/.test(describeKey(q)))).toBe(true);
  });

  it('proves fractions, "and a half" and scale words in the evidence of a distance question', () => {
    const story = ` date 2024-05-02
The queue outside the stadium stretched for half a mile on Sunday, the organisers of the match said.

The fans then walked two and a half miles to the station in the rain, the city police said on Monday.

The new trail climbs 14 hundred feet above the harbour of the town, the park rangers said on Friday.`;
    const q = generateQuiz(story).quiz;
    const asked = q.questions.filter((x) => x.category === 'distance');
    expect(asked.map((x) => describeKey(x)).sort()).toEqual(['0.5 miles', '1400 feet', '2.5 miles']);
    for (const x of asked) expect(evidenceProblem(q, x)).toBeNull();
  });

  it('asks a measure with its conversion hidden too, and never the conversion alone', () => {
    const bridge = distance.filter((q) => /bridge/.test(q.prompt));
    expect(bridge).toHaveLength(1);
    expect(bridge[0]!.prompt).not.toMatch(/19 miles|30 kilometres/);
    expect(describeKey(bridge[0]!)).toMatch(/^30 kilometer/);
  });
});
