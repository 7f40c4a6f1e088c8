import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, splitSentences } from '../../src/generator/article.js';
import { extractFacts } from '../../src/generator/facts.js';
import { readSeed } from './helpers.js';

const CORPUS = 'test/corpus/articles';
const texts = [readSeed(), ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`${CORPUS}/${f}`, 'utf8'))];

describe('extractFacts', () => {
  it('is deterministic: two runs are deep-equal', () => {
    for (const t of texts) expect(extractFacts(t)).toEqual(extractFacts(t));
  });

  it('gives offsets into the whole file: text.slice(start, end) === item.text', () => {
    for (const t of texts) {
      const f = extractFacts(t);
      for (const item of [...f.dates, ...f.measures, ...f.quotes]) expect(t.slice(item.start, item.end)).toBe(item.text);
      expect(f.dates.length + f.measures.length + f.quotes.length).toBeGreaterThan(0);
    }
  });

  it('lists only quoted speakers and every quote refers to one of them', () => {
    const f = extractFacts(readSeed());
    const ids = new Set(f.speakers.map((s) => s.id));
    expect(f.quotes.every((q) => ids.has(q.speakerId))).toBe(true);
    expect(f.speakers.find((s) => s.kind === 'unnamed')?.group).toBe(true);
  });

  it('handles an empty body and text without a dateline', () => {
    expect(extractFacts('')).toMatchObject({ dateline: null, dates: [], measures: [], quotes: [] });
    const f = extractFacts('Officials said Friday the road is 5 miles long.');
    expect(f.dateline).toBeNull();
    expect(f.dates).toMatchObject([{ text: 'Friday', value: null }]);
    expect(f.quotes).toMatchObject([{ speaker: 'officials (unnamed)' }]);
  });
});

describe('parseArticle', () => {
  it('reads the dateline on the text line (seed) or its own line', () => {
    const a = parseArticle(readSeed());
    expect(a.dateline).toEqual({ value: '2024-05', precision: 'month' });
    expect(a.paragraphs[0]!.text.startsWith('President Joe Biden')).toBe(true);
    const b = parseArticle(' date 2015-07-22\nBOSTON — text.\n\nSecond.');
    expect(b.dateline).toEqual({ value: '2015-07-22', precision: 'day' });
    expect(b.paragraphs.map((p) => [p.text, b.text.slice(p.start, p.start + p.text.length)])).toEqual([
      ['BOSTON — text.', 'BOSTON — text.'],
      ['Second.', 'Second.'],
    ]);
  });

  it('does not split sentences at U.S., U.S, Mr., Dr., initials or decimals', () => {
    const t = 'The U.S. is ready, U.S officials said. Mr. Smith met Dr. Jones and John F. Kennedy at 6.1 km. Then it ended in Washington, D.C. The next day was calm.';
    const s = splitSentences(t, 0, t.length).map((x) => t.slice(x.start, x.end));
    expect(s).toEqual([
      'The U.S. is ready, U.S officials said.',
      'Mr. Smith met Dr. Jones and John F. Kennedy at 6.1 km.',
      'Then it ended in Washington, D.C.',
      'The next day was calm.',
    ]);
  });
});
