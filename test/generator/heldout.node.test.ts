// Rules added while measuring generalisation on test/corpus-heldout (real public-domain news the rules were not
// written on), each on a short inline text, plus invariants over every held-out article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const DAY = ' date 2024-05-15\n';
const quotes = (text: string) => facts(DAY + text).quotes.map((q) => [q.text, q.speaker, q.direct]);
const speakerOf = (text: string, start: string) => facts(DAY + text).quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('held-out rules: speakers', () => {
  it('reads an all-caps acronym subject ("The WHO warns that") as a name, not the pronoun "who"', () => {
    expect(quotes('The WHO warns that child deaths will increase greatly.')).toEqual([
      ['child deaths will increase greatly', 'WHO', false],
    ]);
  });

  it('skips an acronym in parentheses in the subject and resolves the bare acronym later to the full name', () => {
    const text = 'The rocket fell into the sea, the South\'s Joint Chiefs of Staff (JCS) said.\n\n' +
      'JCS said it had detected a large amount of debris.\n\nThe U.S. Geological Survey (USGS) said the quake struck at night.';
    expect(speakerOf(text, 'The rocket fell')).toMatch(/Joint Chiefs of Staff$/);
    expect(speakerOf(text, 'it had detected')).toBe('Joint Chiefs of Staff');
    expect(speakerOf(text, 'the quake struck')).toBe('U.S. Geological Survey');
  });

  it('takes the previous sentence as the claim of "This is according to X."', () => {
    const text = 'Pollution kills 1.7 million children every year. This is according to the World Health Organization (WHO). ' +
      'The WHO says the toll is rising.';
    expect(quotes(text)).toEqual([
      ['Pollution kills 1.7 million children every year', 'World Health Organization', false],
      ['the toll is rising', 'World Health Organization', false],
    ]);
  });

  it('reads the author of a document after "according to a statement from"', () => {
    expect(speakerOf('The ceasefire will start Monday, according to a statement from the Interior Ministry.', 'The ceasefire'))
      .toBe('Interior Ministry');
  });

  it('lets an inverted "“…,” said X" win over a reported clause running into the quotation', () => {
    const text = 'Also reacting, the United States said the provocations “only serve to increase our resolve,” said acting spokesman Mark Toner.';
    expect(quotes(text)).toEqual([['only serve to increase our resolve,', 'Mark Toner', true]]);
  });

  it('cuts a plural source before a place ("Officials in South Korea and Japan")', () => {
    expect(speakerOf('Officials in South Korea and Japan had earlier reported that the launch failed.', 'the launch'))
      .toMatch(/^officials\b/);
  });

  it('registers "X Y is president of …" and "X Y lives in …" so that a later "he" resolves to them', () => {
    const text = 'Ken Pimlott is the fire chief. He called the fires "a serious event."\n\n' +
      'Mark Hartwig is president of the Fire Chiefs Association. He told the Associated Press that, “Fires burn faster.”\n\n' +
      'Dave Larson lives in Glen Ellen. As he looked at the damage, he noted that some homes had survived.';
    expect(speakerOf(text, 'Fires burn faster')).toBe('Mark Hartwig');
    expect(speakerOf(text, 'some homes had survived')).toBe('Dave Larson');
  });

  it('accepts "tells VOA that" and adverbials after the object of "told"', () => {
    expect(speakerOf('Health chief Maria Neira tells VOA that air pollution is everywhere.', 'air pollution')).toBe('Maria Neira');
    const q = facts(DAY + 'Jane Roe is a local mayor.\n\n“It is a tragedy,” she told reporters on Monday.').quotes;
    expect(q.map((x) => [x.text, x.speaker])).toEqual([['It is a tragedy,', 'Jane Roe']]);
  });

  it('attributes a quotation that is the object of a speech verb ("declared a “major disaster”")', () => {
    expect(quotes('President Donald Trump has declared a “major disaster” in the state.')).toEqual([
      ['major disaster', 'Donald Trump', true],
    ]);
  });

  it('does not split off a lead-in that the quotation completes ("because of “…”", "in his words, “…”")', () => {
    const text = 'President Donald Trump wrote on Twitter that the wildfires are growing because of “bad environmental laws.” ' +
      'He said the laws do not permit, in his words, “water to be properly utilized.”';
    expect(quotes(text).map((q) => q[0])).toEqual(['bad environmental laws.', 'water to be properly utilized.']);
  });

  it('keeps "announced plans to …" but not "announced their findings"', () => {
    expect(quotes('They announced their findings earlier this month at the National Science Foundation.')).toEqual([]);
    expect(quotes('Israel announced plans to send 70 people to Mexico.').map((q) => q[0])).toEqual(['plans to send 70 people to Mexico']);
  });

  it('reads "the report said" as an unnamed source', () => {
    expect(speakerOf('Other causes were being investigated, the report said.', 'Other causes')).toBe('report (unnamed)');
  });

  it('links "the president" to the last person introduced with that title, even sentence-initially', () => {
    const text = 'President Joe Biden spoke Tuesday. The president said the deal was good.';
    expect(speakerOf(text, 'the deal')).toBe('Joe Biden');
  });

  it('takes a name in an appositive as the speaker ("The mayor, Jane Doe, said")', () => {
    expect(speakerOf('The mayor, Jane Doe, said the city would recover.', 'the city')).toBe('Jane Doe');
  });

  it('splits "X said that A, adding that B" into two claims', () => {
    expect(quotes('Smith said Monday that the talks had failed, adding that new talks were planned.').map((q) => q[0])).toEqual([
      'the talks had failed', 'new talks were planned',
    ]);
  });

  it('does not keep an organisation as the "he/she" antecedent', () => {
    const text = 'Ann Lee, a nurse, said the ward was full. The ministry said in a statement that beds were added. ' +
      'She said more staff were needed.';
    expect(speakerOf(text, 'more staff')).toBe('Ann Lee');
  });
});

describe('held-out rules: dates', () => {
  const dates = (text: string) => facts(text).dates.map((d) => [d.text, d.value]);

  it('resolves fixed-date holidays', () => {
    expect(dates(' date 2017-03-06\nOn New Year’s Day, he spoke. They met before Christmas.')).toEqual([
      ['New Year’s Day', '2017-01-01'],
      ['Christmas', '2016-12-25'],
    ]);
  });

  it('does not report weeks, which the annotation rules do not count as dates', () => {
    expect(dates(' date 2018-08-08\nThe fire grew this week. Brown spoke last week. He will travel next week.')).toEqual([]);
  });
});

describe('held-out rules: measures', () => {
  const measures = (text: string) => facts(DAY + text).measures.map((m) => [m.text, m.value, m.unit, m.valueMin]);

  it('reads "between two hundred and four hundred degrees" as a range, not 20,400', () => {
    expect(measures('Its temperature is between two hundred and four hundred degrees Celsius.')).toEqual([
      ['between two hundred and four hundred degrees Celsius', 400, 'degree Celsius', 200],
    ]);
  });

  it('skips ages given as durations', () => {
    expect(measures('Children aged one month to five years died, and a boy at the age of 12 years. They waited 45 minutes.')).toEqual([
      ['45 minutes', 45, 'minute', undefined],
    ]);
  });

  it('reads negative temperatures and digit ranges', () => {
    expect(measures('It fell to -40 degrees and minus 10 degrees Celsius. The road is 5-10 miles long.')).toEqual([
      ['-40 degrees', -40, 'degree', undefined],
      ['minus 10 degrees Celsius', -10, 'degree Celsius', undefined],
      ['5-10 miles', 10, 'mile', 5],
    ]);
  });

  it('reads a magnitude after "the quake measured"', () => {
    expect(measures('The quake measured 6.2, and an aftershock registered 5.1. The team measured 6 samples.')).toEqual([
      ['6.2', 6.2, 'magnitude', undefined],
      ['5.1', 5.1, 'magnitude', undefined],
    ]);
  });
});

describe('held-out corpus', () => {
  const dir = 'test/corpus-heldout';
  const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt')).sort();

  it('has articles, each with a gold file', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(readFileSync(join(dir, 'gold', f.replace(/\.txt$/, '.json')), 'utf8')).toContain('"quotes"');
  });

  it.each(files)('%s: items are found and every offset pair slices its text', (file) => {
    const text = readFileSync(join(dir, 'articles', file), 'utf8');
    const f = facts(text);
    const items = [...f.dates, ...f.measures, ...f.quotes];
    expect(items.length).toBeGreaterThan(0);
    for (const it of items) expect(text.slice(it.start, it.end)).toBe(it.text);
    for (const q of f.quotes) expect(f.speakers.some((s) => s.id === q.speakerId)).toBe(true);
  });
});
