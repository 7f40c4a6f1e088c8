import { describe, expect, it } from 'vitest';
import { facts, quoteStarting, readSeed } from './helpers.js';

describe('quotes on the seed article', () => {
  const f = facts(readSeed());

  it('splits a quote left open across paragraphs into one item per opening mark, same speaker', () => {
    const a = quoteStarting(f, 'Over the past few weeks');
    const b = quoteStarting(f, 'And that went right');
    const c = quoteStarting(f, 'Going forward');
    for (const q of [a, b, c]) {
      expect(q?.direct).toBe(true);
      expect(q?.speaker).toBe('Antony Blinken');
    }
    expect(c?.attribution).toBe('continuation');
    expect(b!.end).toBeLessThan(c!.start);
  });

  it('resolves "he said" to the last speaker and merges the title mention', () => {
    const q = quoteStarting(f, 'the U.S. is responding');
    expect(q?.speaker).toBe('Antony Blinken');
    expect(q?.direct).toBe(false);
    const sp = f.speakers.find((s) => s.name === 'Antony Blinken');
    expect(sp?.role).toBe('Secretary of State');
    expect(sp?.aliases).toContain('Blinken');
    expect(new Set(f.quotes.filter((x) => x.speaker === 'Antony Blinken').map((x) => x.speakerId)).size).toBe(1);
  });

  it('takes a clause before a sentence-final "X said Friday" as reported speech', () => {
    const q = quoteStarting(f, 'President Joe Biden approved');
    expect(q?.speaker).toBe('Antony Blinken');
    expect(q?.attribution).toBe('reported-before');
    expect(q?.text.endsWith('in recent weeks')).toBe(true);
  });

  it('skips negated speech ("did not specifically say")', () => {
    expect(f.quotes.some((q) => q.text.includes("Biden's authorization could expand"))).toBe(false);
  });

  it('reads "officials said Thursday that" as an unnamed source', () => {
    const q = quoteStarting(f, 'U.S. policy would continue');
    expect(q?.speaker).toBe('U.S officials (unnamed)');
    expect(q?.direct).toBe(false);
    expect(q?.speakerMentions[0]).toBeDefined();
  });

  it('reads "Blinken said Washington\'s move" as reported speech starting after the verb', () => {
    expect(quoteStarting(f, "Washington's move")?.speaker).toBe('Antony Blinken');
  });
});

describe('quote patterns beyond the corpus', () => {
  it('attributes quotes split around "she said" to one speaker, one item per opening mark', () => {
    const f = facts(' date 2024-06-07\nMaria Lopez, a nurse, arrived at dawn.\n\n"We are ready," she said, "to go."');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are ready,', 'Maria Lopez'],
      ['to go.', 'Maria Lopez'],
    ]);
  });

  it('handles "said X, a spokesman for Y", "told The Associated Press" and "according to"', () => {
    const f = facts([
      ' date 2023-03-15',
      '"This is unacceptable," said Tom Brown, a spokesman for the ministry. He added that the ministry had not been consulted.',
      '',
      'Foreign Minister Jane Doe told The Associated Press that talks would resume on March 20.',
      '',
      'According to police, the fire started shortly after 2 a.m. Nobody was hurt.',
    ].join('\n'));
    expect(quoteStarting(f, 'This is unacceptable')?.speaker).toBe('Tom Brown');
    expect(quoteStarting(f, 'the ministry had not been consulted')?.speaker).toBe('Tom Brown');
    expect(quoteStarting(f, 'talks would resume')?.speaker).toBe('Jane Doe');
    const police = quoteStarting(f, 'the fire started');
    expect(police?.speaker).toBe('police (unnamed)');
    expect(police?.text).toBe('the fire started shortly after 2 a.m.');
    expect(f.speakers.find((s) => s.name === 'Jane Doe')?.role).toBe('Foreign Minister');
  });

  it('handles "the ministry said in a statement", "it added" and a colon before the quote', () => {
    const f = facts(' date 2023-03-15\nThe Health Ministry said in a statement that 12 people had died. It added that 30 were injured.\n\nThe ministry said: "We will not negotiate."');
    expect(f.quotes.map((q) => q.speaker)).toEqual(['Health Ministry', 'Health Ministry', 'Health Ministry']);
    expect(quoteStarting(f, '12 people had died')?.direct).toBe(false);
    expect(quoteStarting(f, 'We will not negotiate')?.direct).toBe(true);
  });

  it('reads "CLAUSE, X said Friday, adding that …" as two claims and strips the wire dateline', () => {
    const f = facts(' date 2024-06-07\nKYIV, Ukraine (AP) — Russian forces launched 40 drones overnight, the air force said Friday, adding that 35 were shot down.');
    expect(f.quotes.map((q) => q.text)).toEqual(['Russian forces launched 40 drones overnight', '35 were shot down']);
    expect(f.quotes.every((q) => q.speaker === 'air force (unnamed)')).toBe(true);
  });

  it('abstains for a pronoun with no one to refer to, and for declined/negated comment', () => {
    const f = facts(' date 2024-06-07\n"We are ready," she said.\n\nPolice did not say whether anyone was arrested. The company declined to comment.');
    expect(f.quotes).toEqual([]);
  });

  it('gives a bare quote paragraph to the person just introduced as subject', () => {
    const f = facts(' date 2016-05\nAnother expert, Jan Novak from the Institute of Policy, doubts the plan.\n\n"I think that proposal needs to be weighed carefully."');
    expect(f.quotes[0]?.speaker).toBe('Jan Novak');
    expect(f.quotes[0]?.attribution).toBe('context');
  });

  it('does not attribute a scare quote in a sentence without speech', () => {
    const f = facts(' date 2024-06\nThe so-called "iron dome" system was deployed last year.');
    expect(f.quotes).toEqual([]);
  });
});

describe('quotes: held-out corpus rules', () => {
  it('reads acronym sources introduced in parentheses, and "This is according to X."', () => {
    const f = facts(' date 2017-03\nPollution kills many children. This is according to the World Health Organization (WHO).\n\n' +
      'The WHO estimates that air pollution causes 6.5 million deaths.');
    expect(f.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Pollution kills many children', 'World Health Organization'],
      ['air pollution causes 6.5 million deaths', 'World Health Organization'],
    ]);
  });
});
