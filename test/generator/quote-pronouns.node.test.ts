// Reported speech opening with a subject pronoun ("Fox said she hopes …") is asked when the pronoun can only be the
// speaker (it agrees with the speaker's kind), and skipped otherwise; a subordinate clause may open a claim too.
import {describe, expect, it} from 'vitest';
import {article, asked, sayings, quoteQuestions, skippedQuotes} from './quote-helpers.js';
import {danglingPersonPronoun} from './quiz-checks.js';

const skipped = skippedQuotes;

describe('a claim opening with a pronoun that agrees with its speaker is asked, the pronoun kept', () => {
  it('a named person and "she": who said it', () => {
    const text = article(
      '“The probe is the fastest object humans have ever built,” NASA scientist Nicola Fox said.',
      'Fox said she hopes data collected by the spacecraft will help scientists understand the sun.',
      'Engineer Bob Lee said the probe passed closer to the sun than any spacecraft before it.',
      'Mission director Carol Diaz said the team will study the new data for several years.');
    expect(asked(text)).toEqual(['Who said that she hopes data collected by the spacecraft will help scientists understand the sun? => Nicola Fox']);
    for (const q of quoteQuestions(text)) expect(danglingPersonPronoun(q.prompt)).toBeNull();
  });

  it('a named person and "he", later "him" and "his" pointing back to him; a hearer that cannot be "he" (VOA)', () => {
    const text = article('Farmer Dave Larson told VOA that he lost many objects that were valuable to him, including his grandfather’s gun.');
    expect(asked(text)).toEqual(['According to the article, did Dave Larson say that he lost many objects that were valuable to him, including his grandfather’s gun? => Yes']);
  });

  it('a group and "they"', () => {
    expect(sayings(article('Israeli officials said they will no longer tolerate attacks on the northern border towns.')))
      .toEqual(['Israeli officials say that they will no longer tolerate attacks on the northern border towns']);
    expect(sayings(article('Police said they arrested two men near the old harbour after a long chase through the town.')))
      .toEqual(['police say that they arrested two men near the old harbour after a long chase through the town']);
  });

  it('a collective source keeps its article ("the government"), a plural one takes none ("officials")', () => {
    expect(sayings(article('The government said it would publish new rules for hospitals in the coming weeks.')))
      .toEqual(['the government say that it would publish new rules for hospitals in the coming weeks']);
  });

  it('an organisation, named or described ("the health ministry"), and "it"', () => {
    expect(sayings(article('The World Health Organization said it would publish new rules for hospitals in the coming weeks.')))
      .toEqual(['the World Health Organization say that it would publish new rules for hospitals in the coming weeks']);
    expect(sayings(article('The health ministry said it would publish new rules for hospitals in the coming weeks.')))
      .toEqual(['the health ministry say that it would publish new rules for hospitals in the coming weeks']);
  });

  it('never asks "did [a person] say that they …" of a group\'s words: the pronoun would not fit the person', () => {
    const text = article(
      'U.S. officials said they will send a new aid package to Ukraine within the next few weeks.',
      'Russian President Vladimir Putin said the West was prolonging the war with its weapons and its money.');
    // The "no" names another group, never Putin (issue 11: a group's words may be a "no" too).
    expect(asked(text)).toEqual([
      'According to the article, did U.S. officials say that they will send a new aid package to Ukraine within the next few weeks? => Yes',
      'According to the article, did U.S. officials say that the West was prolonging the war with its weapons and its money? => No',
    ]);
  });
});

describe('a pronoun that may stand for someone else is still skipped', () => {
  it('a group with "he", an unnamed single source, another hearer, a claim before its attribution', () => {
    const text = article(
      'Police said he was arrested near the old harbour late at night.',
      'A spokesman said he expected the talks to resume in the capital soon.',
      'Prime Minister Tom Green told Jones he would resign from the party before the summer recess.',
      'He would resign from the party before the summer recess ends, Tom Green said.');
    expect(asked(text)).toEqual([]);
    expect(skipped(text)).toEqual([
      'skipped quote “he was arrested near the old harbour lat…”: the reported claim does not start a clause',
      'skipped quote “he expected the talks to resume in the c…”: the reported claim does not start a clause',
      'skipped quote “he would resign from the party before th…”: the reported claim does not start a clause',
      'skipped quote “He would resign from the party before th…”: the reported claim has a pronoun it does not explain',
    ]);
  });

  it('a person with "it", an organisation with "she", a later pronoun pointing elsewhere', () => {
    const text = article(
      'Senator Mary White said it was the worst flood the valley had seen in fifty years.',
      'The World Health Organization said she would lead the new team of doctors in the region.',
      'Senator Mary White said she met the governor and he promised new money for the local schools.');
    expect(asked(text)).toEqual([]);
    expect(skipped(text).map((s) => s.replace(/.*: /, ''))).toEqual([
      'the reported claim has a pronoun it does not explain',
      'the reported claim does not start a clause',
      'the reported claim has a pronoun it does not explain',
    ]);
  });
});

describe('a subordinate clause may open a claim', () => {
  it('asks a claim opening with "unless", its main clause after the comma', () => {
    expect(sayings(article('Mayor Anna Brown said unless the rain stops this week, the river will flood the lower part of the town.')))
      .toEqual(['Anna Brown say that unless the rain stops this week, the river will flood the lower part of the town']);
  });

  it('not a subordinate clause alone', () => {
    const text = article('Mayor Anna Brown said because the river rose so quickly the lower part of the town flooded overnight.');
    expect(asked(text)).toEqual([]);
  });
});
