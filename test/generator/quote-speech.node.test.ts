// Quote finding as cue / source / content on sentences of our own: speech verbs by lemma and form, directives,
// objects of "told", quotation marks, and speaker resolution over the article's mentions.
import { describe, expect, it } from 'vitest';
import { facts } from './helpers.js';

const doc = (...paragraphs: string[]) => facts(` date 2024-05-10\n${paragraphs.join('\n\n')}`);
const items = (...paragraphs: string[]) => doc(...paragraphs).quotes.map((q) => [q.text, q.speaker, q.direct]);

describe('speech verbs by lemma: any inflection, progressive and perfect forms', () => {
  it('reads a present "-s" form of a lemma never listed as such ("suggests", "concedes")', () => {
    expect(items('Farmer Omar Said suggests the menu will change every week.')).toEqual([
      ['the menu will change every week', 'Omar Said', false]]);
    expect(items('Mayor Ada Klein concedes the budget is too small for the new library.')).toEqual([
      ['the budget is too small for the new library', 'Ada Klein', false]]);
  });

  it('reads progressive and perfect forms as active speech ("is reporting", "has been saying", "have said")', () => {
    expect(items('The weather service is reporting that the lake has frozen over.')).toEqual([
      ['the lake has frozen over', 'weather service (unnamed)', false]]);
    expect(items('Farmer Jo Pike has been saying for years that the dam is too low.')).toEqual([
      ['the dam is too low', 'Jo Pike', false]]);
  });

  it('still skips the passive and the negated verb', () => {
    expect(items('The plan was announced on Monday. The minister did not say whether it would pass.')).toEqual([]);
  });

  it('a noun-like "-s" form ("reports", "calls") is a verb only before "that" or a quotation', () => {
    expect(items('The agency reports that exports fell in March.')).toEqual([['exports fell in March', 'agency (unnamed)', false]]);
    expect(items('Police reports show the road was closed for an hour.')).toEqual([]);
  });
});

describe('directives and objects', () => {
  it('a directive in the progressive with any object noun: the claim starts at the infinitive', () => {
    expect(items('Firefighters are warning hikers to stay off the ridge trails.')).toEqual([
      ['to stay off the ridge trails', 'firefighters (unnamed)', false]]);
  });

  it('an object with a post-modifier before the infinitive', () => {
    expect(items('The club reminds members of all ages, whether new or old, to renew their cards.')).toEqual([
      ['to renew their cards', 'club (unnamed)', false]]);
  });

  it('"told" + any object noun, then the reported clause', () => {
    expect(items('A neighbor told firefighters the house had been empty for months.')).toEqual([
      ['the house had been empty for months', 'a neighbor (unnamed)', false]]);
  });

  it('"told" + object + adverbial closes a trailing attribution', () => {
    expect(items('The ferry will not sail on Sunday, Captain Lea Moss told passengers during a stop in Dover.')).toEqual([
      ['The ferry will not sail on Sunday', 'Lea Moss', false]]);
  });

  it('an unnamed source keeps the text\'s own head noun, any agent noun ("a shopper", "one bystander")', () => {
    expect(items('“Bread ran out by nine,” one shopper said.')).toEqual([['Bread ran out by nine,', 'one shopper (unnamed)', true]]);
    expect(items('“The ground shook twice,” a bystander told local radio.')).toEqual([['The ground shook twice,', 'a bystander (unnamed)', true]]);
  });

  it('a place adverbial after the verb ("said here on Monday") closes a trailing attribution', () => {
    expect(items('The mine will close next year, Minister Karl Berg said here on Monday.')).toEqual([
      ['The mine will close next year', 'Karl Berg', false]]);
  });
});
