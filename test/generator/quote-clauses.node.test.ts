// Reported speech opening with a noun phrase ("WHO said air pollution is …") is asked when a finite verb follows the
// noun phrase; a possessive opener ("his country's forces will …") when it agrees with the speaker, as a subject
// pronoun does; fragments that are no clause ("time, it was not …", "employees to get …") are still skipped.
import {describe, expect, it} from 'vitest';
import {generateQuiz} from '../../src/generator/quiz.js';
import {article, asked, sayings, quoteQuestions, skippedQuotes} from './quote-helpers.js';
import {danglingPersonPronoun} from './quiz-checks.js';

const reasons = (text: string) => skippedQuotes(text).map((s) => s.replace(/.*: /, ''));

const NO_CLAUSE = 'the reported claim does not start a clause';

describe('a claim opening with a bare noun phrase is asked when its verb follows', () => {
  it('an auxiliary after the noun phrase ("air pollution is", "strong winds have")', () => {
    expect(sayings(article('The World Health Organization said air pollution is the biggest environmental threat to the health of young children.')))
      .toEqual(['the World Health Organization say that air pollution is the biggest environmental threat to the health of young children']);
    expect(sayings(article('Officials said strong winds have spread the fire across the dry hills north of the city.')))
      .toEqual(['officials say that strong winds have spread the fire across the dry hills north of the city']);
  });

  it('a quantity before a number belongs to the noun phrase ("at least 3,500 homes … have")', () => {
    expect(sayings(article('California officials said at least 3,500 homes and businesses have been destroyed by the fires.')))
      .toEqual(['California officials say that at least 3,500 homes and businesses have been destroyed by the fires']);
  });

  it('a past "-ed" verb or a present "-s" verb with its object, right after a plain noun', () => {
    expect(sayings(article('Cal Fire said that wildfire started more than two weeks ago in the hills north of the city.')))
      .toEqual(['Cal Fire say that wildfire started more than two weeks ago in the hills north of the city']);
    expect(sayings(article('The health ministry said pollution kills more than a million children every year around the world.')))
      .toEqual(['the health ministry say that pollution kills more than a million children every year around the world']);
  });

  it('names a capitalised description and "media" as the article does', () => {
    expect(sayings(article('The American space agency announced its Parker Solar Probe passed within 6.1 million kilometers of the sun’s outer corona.')))
      .toEqual(['the American space agency say that its Parker Solar Probe passed within 6.1 million kilometers of the sun’s outer corona']);
    expect(sayings(article('Local media reported that residents in two coastal towns were ordered to evacuate to high ground before the storm.')))
      .toEqual(['local media say that residents in two coastal towns were ordered to evacuate to high ground before the storm']);
  });
});

describe('a possessive opener that agrees with the speaker is asked, the possessive kept', () => {
  it('a named person and "his": who said it', () => {
    const text = article(
      'Mexican Interior Minister Miguel Osorio Chong said his country’s armed forces and police will keep searching the rubble until they find everyone.',
      'Geologist Ken Hudnut said the soft ground under the city made the shaking much worse than elsewhere.',
      'Rescue coordinator Ana Ruiz said the teams have pulled dozens of people alive from collapsed buildings.');
    expect(asked(text)).toEqual(['Who said that his country’s armed forces and police will keep searching the rubble until they find everyone? => Miguel Osorio Chong']);
    for (const q of quoteQuestions(text)) expect(danglingPersonPronoun(q.prompt)).toBeNull();
    // The other two make a matching question; among several people's words "his country" would say nobody's.
    const matching = generateQuiz(text).quiz.questions.find((q) => q.kind === 'matching');
    expect(matching && 'pairs' in matching ? matching.pairs.map((p) => p.prompt) : []).toEqual([
      'the soft ground under the city made the shaking much worse than elsewhere',
      'the teams have pulled dozens of people alive from collapsed buildings',
    ]);
  });

  it('an organisation and "its"', () => {
    expect(sayings(article('The health ministry said its doctors will travel to the flooded villages in the north next week.')))
      .toEqual(['the health ministry say that its doctors will travel to the flooded villages in the north next week']);
  });

  it('not a possessive that may stand for someone else: a group with "his", a person with "its", another hearer', () => {
    const text = article(
      'Police said his car was found near the old harbour late at night after a long search.',
      'Senator Mary White said its doctors will travel to the flooded villages in the north next week.',
      'Prime Minister Tom Green told Jones his party would lose the election before the summer recess.');
    expect(asked(text)).toEqual([]);
    expect(reasons(text)).toEqual([NO_CLAUSE, NO_CLAUSE, NO_CLAUSE]);
  });
});

describe('fragments that are no clause are still skipped', () => {
  it('a comma before any verb, an infinitive, a participle opener, a noun phrase without a verb', () => {
    const text = article(
      'North Korean leader Kim Jong Un said during that time, it was not attacked by the United States or its allies.',
      'NIH director Francis Collins wrote employees to get at least 30 minutes of exercise per day.',
      'Another diver confirmed being with the missing man at their decompression stop, then did not see him.',
      'Officials announced the rescue of 20 people from the collapsed building near the river.');
    expect(asked(text)).toEqual([]);
    expect(generateQuiz(text).skipped.filter((s) => s.startsWith('skipped quote'))).toEqual([
      `skipped quote “time, it was not attacked by the United …”: ${NO_CLAUSE}`,
      `skipped quote “employees to get at least 30 minutes of …”: ${NO_CLAUSE}`,
      `skipped quote “being with the missing man at their deco…”: ${NO_CLAUSE}`,
      `skipped quote “the rescue of 20 people from the collaps…”: ${NO_CLAUSE}`,
    ]);
  });

  it('a participle is no verb: after a preposition, before a preposition, before "by"', () => {
    const text = article(
      'Officials announced the rescue of 20 people trapped in the rubble of the old school.',
      'The government announced new measures aimed at reducing pollution in the capital before the winter.',
      'Officials said the number of people killed in the floods across the region.',
      'The agency announced plans to send 70 people to Mexico to help with the rescue efforts there.');
    expect(asked(text)).toEqual([]);
    expect(reasons(text)).toEqual([NO_CLAUSE, NO_CLAUSE, NO_CLAUSE, NO_CLAUSE]);
  });
});
