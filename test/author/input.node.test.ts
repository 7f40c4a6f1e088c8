// The authoring page's pure helpers: pasted text + a date field -> the generator's input; what it shows.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildGeneratorInput, MAX_BYTES, parseDate, splitPastedParagraphs, utf8Bytes} from '../../src/author/input.js';
import {embedSnippet, factRows, fileName, readableDate, resultMessage} from '../../src/author/summary.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {extractFacts} from '../../src/generator/facts.js';
import {generateQuiz} from '../../src/generator/quiz.js';
import {makeQuiz} from '../fixtures.js';

const CORPORA = ['test/corpus/articles', 'test/corpus-heldout/articles'];
const DATELINE = /^ date (\d{4}(?:-\d{2}){0,2})/;

/** What a user does with a corpus file: pastes the text without its dateline, enters the date in the field. */
function asPasted(file: string): {text: string; date: string; monthOnly: boolean; original: string} {
  const original = readFileSync(file, 'utf8');
  const m = DATELINE.exec(original)!;
  const value = m[1]!;
  const text = original.slice(m[0].length);
  // The date picker always has a day: for a month-only dateline the user picks any day and ticks "Month only".
  return value.length === 7 ? {text, date: `${value}-15`, monthOnly: true, original} : {text, date: value, monthOnly: false, original};
}

describe('parseDate', () => {
  it('reads full dates and months, and drops the day for "month only"', () => {
    expect(parseDate('2017-09-19')).toEqual({value: '2017-09-19', precision: 'day'});
    expect(parseDate(' 2017-9-5 ')).toEqual({value: '2017-09-05', precision: 'day'});
    expect(parseDate('2017-09')).toEqual({value: '2017-09', precision: 'month'});
    expect(parseDate('2017-09-19', true)).toEqual({value: '2017-09', precision: 'month'});
    expect(parseDate('2024-02-29')).toEqual({value: '2024-02-29', precision: 'day'});
  });

  it('refuses what is not a real date', () => {
    for (const bad of ['', '2017', '2017-13', '2017-00-10', '2023-02-29', '2017-04-31', '19/09/2017', 'September 2017', '0999-01-01', '2017-09-19T10:00']) {
      expect(parseDate(bad), bad).toBeNull();
    }
    expect(parseDate('2017', false, true)).toEqual({value: '2017', precision: 'year'});
  });
});

describe('splitPastedParagraphs', () => {
  it('splits at blank lines of any system, lines of spaces included, and unwraps hard-wrapped lines', () => {
    expect(splitPastedParagraphs('\uFEFFFirst one.\r\n \t\r\nSecond\r\nwrapped line.\r\r\rThird.\u2029Fourth.')).toEqual([
      'First one.',
      'Second wrapped line.',
      'Third.',
      'Fourth.',
    ]);
  });

  it('takes one paragraph per line from word-processor text without blank lines', () => {
    const pasted = 'The quake struck on Tuesday.\nOfficials said 200 people died.\n“We will keep looking,” he said.\nIt was the second quake this month';
    expect(splitPastedParagraphs(pasted)).toHaveLength(4);
  });

  it('keeps e-mail style wrapping as one paragraph', () => {
    const wrapped = 'The earthquake that struck near Mexico City Tuesday came\nexactly 32 years after an 8.0 magnitude quake hit the\narea. The 1985 earthquake killed nearly 10,000 people.';
    expect(splitPastedParagraphs(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
  });

  it('gives nothing for blank text', () => {
    expect(splitPastedParagraphs(' \n\t\r\n ')).toEqual([]);
  });
});

describe('buildGeneratorInput', () => {
  it('puts the date line first and the paragraphs after it, blank lines between', () => {
    const result = buildGeneratorInput('A quake hit on Tuesday.\n\n\n\nIt was 7.1 in magnitude.  \n', '2017-09-20', false);
    expect(result).toMatchObject({ok: true, dateFrom: 'field', published: {value: '2017-09-20', precision: 'day'}});
    expect(result.ok && result.input).toBe(' date 2017-09-20\nA quake hit on Tuesday.\n\nIt was 7.1 in magnitude.\n');
    expect(buildGeneratorInput('Text.', '2017-09-20', true)).toMatchObject({ok: true, input: ' date 2017-09\nText.\n'});
  });

  it("uses the text's own date line, over the field", () => {
    const result = buildGeneratorInput('\n date 2013-11\nThe typhoon hit on Friday.', '2020-01-01', false);
    expect(result).toMatchObject({ok: true, dateFrom: 'text', published: {value: '2013-11', precision: 'month'}, input: ' date 2013-11\nThe typhoon hit on Friday.\n'});
    // On the same line as the text, as in some corpus files.
    expect(buildGeneratorInput(' date 2024-05 President Biden spoke.', '', false)).toMatchObject({ok: true, input: ' date 2024-05\nPresident Biden spoke.\n'});
  });

  it('explains each problem instead of throwing', () => {
    expect(buildGeneratorInput('', '2017-09-19', false)).toEqual({ok: false, problem: 'empty', message: "Paste the article's text first."});
    expect(buildGeneratorInput(' \n\n\t ', '2017-09-19', false)).toMatchObject({ok: false, problem: 'empty'});
    expect(buildGeneratorInput(' date 2017-09\n\n', '', false)).toMatchObject({ok: false, problem: 'empty'});
    expect(buildGeneratorInput('A quake hit.', '', false)).toMatchObject({ok: false, problem: 'no-date', message: expect.stringContaining('Enter the date the article was published')});
    expect(buildGeneratorInput('A quake hit.', '2023-02-29', false)).toMatchObject({ok: false, problem: 'bad-date', message: expect.stringContaining('“2023-02-29” is not a date.')});
    expect(buildGeneratorInput(' date 2017-13\nA quake hit.', '2017-09-19', false)).toMatchObject({ok: false, problem: 'bad-date', message: expect.stringContaining('“date 2017-13”')});
    expect(buildGeneratorInput('date 2017-09-1x\nA quake hit.', '2017-09-19', false)).toMatchObject({ok: false, problem: 'bad-date'});
  });

  it('refuses text over 5 MB, counted in UTF-8 bytes as the command line counts them', () => {
    expect(buildGeneratorInput('a'.repeat(MAX_BYTES), '2017-09-19', false).ok).toBe(true);
    expect(buildGeneratorInput('a'.repeat(MAX_BYTES + 1), '2017-09-19', false)).toMatchObject({ok: false, problem: 'too-large', message: expect.stringContaining('over the 5 MB limit')});
    // Fewer characters than the limit, more bytes: "é" is two bytes.
    const accented = 'é'.repeat(MAX_BYTES / 2 + 1);
    expect(accented.length).toBeLessThan(MAX_BYTES);
    expect(buildGeneratorInput(accented, '2017-09-19', false)).toMatchObject({ok: false, problem: 'too-large'});
    expect(utf8Bytes('aé€😀')).toBe(new TextEncoder().encode('aé€😀').length);
  });

  const files = CORPORA.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));
  it.each(files)('a pasted %s, date entered apart, gives the same quiz as the file', (file) => {
    const {text, date, monthOnly, original} = asPasted(file);
    const input = buildGeneratorInput(text, date, monthOnly);
    expect(input.ok).toBe(true);
    if (!input.ok) return;
    expect(generateQuiz(input.input).quiz).toEqual(generateQuiz(original).quiz);
    // Pasted from a word processor: CRLF line ends and no blank lines between paragraphs.
    const wordProcessor = text.trim().split(/\n\s*\n/).join('\r\n');
    const fromWord = buildGeneratorInput(wordProcessor, date, monthOnly);
    expect(fromWord.ok && generateQuiz(fromWord.input).quiz).toEqual(generateQuiz(original).quiz);
  });
});

describe('what the page shows', () => {
  const {text, date, monthOnly} = asPasted('test/corpus/articles/19-voa-le-mexico-earthquake.txt');
  const input = buildGeneratorInput(text, date, monthOnly);
  const rows = factRows(extractFacts(input.ok ? input.input : ''));

  it('lists dates with values, measures with units and quotes with speakers, as text', () => {
    expect(rows.dates).toContainEqual(expect.objectContaining({text: '1985', date: '1985'}));
    expect(rows.dates.find((d) => d.text === 'Tuesday')!.date).toBe('not worked out');
    expect(rows.measures).toContainEqual(expect.objectContaining({text: 'magnitude of 7.1', value: '7.1', unit: 'magnitude'}));
    expect(rows.measures).toContainEqual(expect.objectContaining({text: '120 kilometers', value: '120', unit: 'kilometer'}));
    expect(rows.quotes).toContainEqual(expect.objectContaining({speaker: 'Ken Hudnut', how: 'Quoted'}));
    expect(rows.total).toBe(rows.dates.length + rows.measures.length + rows.quotes.length);
  });

  it('words dates and counts for people', () => {
    expect(readableDate('2017-09-19')).toBe('19 September 2017');
    expect(readableDate('2017-09')).toBe('September 2017');
    expect(readableDate('1985')).toBe('1985');
    expect(readableDate('2017-13')).toBe('2017-13');
    expect(resultMessage(10, 12)).toBe('Made 10 questions from 12 facts.');
    expect(resultMessage(1, 1)).toBe('Made 1 question from 1 fact.');
  });

  it('gives an embed snippet whose questions no text in the quiz can break out of', () => {
    const quiz = makeQuiz();
    quiz.article.title = 'Bridge </script><script>alert(1)</script> opens';
    const snippet = embedSnippet(quiz, 'https://example.org/q.js?a=1&b="2"');
    expect(snippet.startsWith('<script type="module" src="https://example.org/q.js?a=1&amp;b=&quot;2&quot;"></script>\n<article-quiz>\n<script type="application/json">')).toBe(true);
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
    const json = /<script type="application\/json">(.*)<\/script>/s.exec(snippet)![1]!;
    expect(JSON.parse(json)).toEqual(quiz);
    expect(validateQuizFile(JSON.parse(json)).ok).toBe(true);
    expect(fileName(quiz, '.gift.txt')).toBe('test-quiz.gift.txt');
    expect(fileName(makeQuiz({id: '../a/b c'}), '.json')).toBe('a-b-c.json');
  });
});
