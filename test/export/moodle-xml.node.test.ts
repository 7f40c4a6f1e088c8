import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {quizToMoodleXml} from '../../src/export/moodle-xml.js';
import type {QuizFile} from '../../src/format/types.js';
import {kindsQuiz, measureQuiz} from '../fixtures.js';
import {child, elements, findAll, hostileQuiz, htmlToText, parseXml, REPO, tempDir, textOf, writeTemp, xmllint, type XmlElement} from './helpers.js';

const kharkiv = (): QuizFile => JSON.parse(readFileSync(join(REPO, 'questions/kharkiv-strikes.json'), 'utf8')) as QuizFile;
const dir = tempDir();

/** Exports, checks well-formedness with xmllint, and reads the questions back. */
function exported(quiz: QuizFile, name: string) {
  const {output, report} = quizToMoodleXml(quiz);
  const path = writeTemp(dir, `${name}.xml`, output);
  const lint = xmllint('--noout', '--nonet', path);
  expect(lint.stderr).toBe('');
  expect(lint.status).toBe(0);
  const root = parseXml(output);
  expect(root.name).toBe('quiz');
  const all = elements(root).filter((e) => e.name === 'question');
  const questions = all.filter((q) => q.attrs.type !== 'category');
  const byName = new Map(questions.map((q) => [textOf(child(child(q, 'name')!, 'text')), q]));
  return {output, report, path, all, questions, byName};
}

const html = (el: XmlElement | undefined) => htmlToText(textOf(el && child(el, 'text')));
const count = (path: string, xpath: string) => Number(xmllint('--xpath', xpath, path).stdout.trim());

describe('Moodle XML export', () => {
  it('exports the Kharkiv quiz: categories, multichoice with one 100% answer and per-answer feedback', () => {
    const quiz = kharkiv();
    const {all, questions, byName, path, report} = exported(quiz, 'kharkiv');
    expect(questions).toHaveLength(quiz.questions.length);
    expect(report.exported).toHaveLength(quiz.questions.length);
    const categories = [...new Set(quiz.questions.map((q) => q.category))];
    expect(all.filter((q) => q.attrs.type === 'category').map((q) => textOf(child(q, 'category')))).toEqual(categories.map((c) => `article-quiz/${quiz.id}/${c}`));
    // xmllint's own XPath agrees with our reader on the counts.
    expect(count(path, 'count(/quiz/question[@type="multichoice"])')).toBe(quiz.questions.filter((q) => q.kind === 'single-choice').length);
    expect(count(path, 'count(/quiz/question[@type="numerical"])')).toBe(quiz.questions.filter((q) => q.kind === 'numeric').length);
    for (const q of quiz.questions) {
      const x = byName.get(q.id)!;
      expect(x, q.id).toBeDefined();
      expect(html(child(x, 'generalfeedback'))).toContain(q.explanation);
      expect(textOf(child(x, 'defaultgrade'))).toBe(String(q.points));
      if (q.kind !== 'single-choice') continue;
      expect(x.attrs.type).toBe('multichoice');
      expect(textOf(child(x, 'single'))).toBe('true');
      expect(textOf(child(x, 'shuffleanswers'))).toBe('true');
      const answers = findAll(x, 'answer');
      expect(answers.map((a) => html(a))).toEqual(q.choices.map((c) => c.text));
      expect(answers.map((a) => a.attrs.fraction)).toEqual(q.choices.map((c) => (c.id === q.answer ? '100' : '0')));
      const evidence = quiz.article.paragraphs[q.evidence.paragraph]!.slice(q.evidence.start, q.evidence.end).trim();
      for (const a of answers) expect(html(child(a, 'feedback'))).toContain(evidence);
    }
  });

  it('maps all four kinds: multichoice, numerical with tolerance and units, matching, timeline as matching', () => {
    const quiz = kindsQuiz();
    const {byName, report} = exported(quiz, 'kinds');
    expect([...byName].map(([name, q]) => [name, q.attrs.type])).toEqual([
      ['q-date', 'multichoice'],
      ['q-timeline', 'matching'],
      ['q-distance', 'numerical'],
      ['q-quote', 'multichoice'],
      ['q-matching', 'matching'],
    ]);
    const num = byName.get('q-distance')!;
    const [right, other] = findAll(num, 'answer');
    expect([right!.attrs.fraction, textOf(child(right!, 'text')), textOf(child(right!, 'tolerance'))]).toEqual(['100', '30', '2']);
    expect([other!.attrs.fraction, textOf(child(other!, 'text'))]).toEqual(['0', '*']);
    expect(html(child(num, 'questiontext'))).toContain('kilometers');
    expect(findAll(num, 'unit').map((u) => [textOf(child(u, 'unit_name')), Number(textOf(child(u, 'multiplier')))])).toEqual([
      ['kilometers', 1],
      ['miles', expect.closeTo(0.621371, 5)],
    ]);
    const pairs = (name: string) => findAll(byName.get(name)!, 'subquestion').map((s) => [html(s), textOf(child(child(s, 'answer')!, 'text'))]);
    expect(pairs('q-matching')).toEqual([
      ['We are ready', 'Ana Ruiz'],
      ['The storm travelled 30 kilometres inland', 'Officials'],
      ['', 'The Test Gazette'],
    ]);
    expect(pairs('q-timeline')).toEqual([
      ['The storm travelled inland', '1st'],
      ['Ruiz said the city was ready', '2nd'],
      ['The bridge reopened', '3rd'],
    ]);
    expect(report.simplified).toEqual([{id: 'q-timeline', why: expect.stringMatching(/matching/)}]);
    expect(report.omitted).toEqual([]);
  });

  it('exports other quantities: a speed with both units and their multiplier, a temperature in its own unit only', () => {
    const {byName, report, output, all} = exported(measureQuiz(), 'measure');
    expect(all.filter((q) => q.attrs.type === 'category').map((q) => textOf(child(q, 'category')))).toEqual(['article-quiz/measure-quiz/measure']);
    const units = (name: string) => findAll(byName.get(name)!, 'unit').map((u) => [textOf(child(u, 'unit_name')), Number(textOf(child(u, 'multiplier')))]);
    const speed = byName.get('m-speed')!;
    expect(html(child(speed, 'questiontext'))).toContain('(answer in kilometers per hour)');
    expect(textOf(child(findAll(speed, 'answer')[0]!, 'tolerance'))).toBe('5');
    expect(units('m-speed')).toEqual([
      ['kilometers per hour', 1],
      ['miles per hour', expect.closeTo(0.621371, 6)],
    ]);
    // °C is not 95 × a factor of °F: Moodle gets the answer's own unit, and a comment says why.
    expect(units('m-heat')).toEqual([['degrees Fahrenheit', 1]]);
    expect(output).toMatch(/<!-- answer in degrees Fahrenheit only: a Moodle unit is a multiplier, and degrees Celsius is on a scale with another zero -->/);
    expect(report.simplified).toEqual([{id: 'm-heat', why: expect.stringMatching(/^answer in degrees Fahrenheit only/)}]);
    expect(byName.get('m-oak')!.attrs.type).toBe('multichoice');
  });

  it('keeps markup, GIFT characters, quotes and line breaks as text (escaped as HTML, then as XML)', () => {
    const quiz = hostileQuiz();
    const {byName, output} = exported(quiz, 'hostile');
    const [date, , , , matching] = quiz.questions;
    if (date?.kind !== 'single-choice' || matching?.kind !== 'matching') throw new Error('fixture');
    const x = byName.get('1:odd')!;
    expect(html(child(x, 'questiontext'))).toBe(date.prompt);
    expect(findAll(x, 'answer').map((a) => html(a))).toEqual(date.choices.map((c) => c.text));
    expect(findAll(byName.get(matching.id)!, 'subquestion').map((s) => textOf(child(child(s, 'answer')!, 'text')))).toEqual([
      ...matching.pairs.map((p) => p.answer),
      'The <Test> Gazette & Co',
    ]);
    // No markup from the article reaches Moodle as markup.
    expect(output).not.toMatch(/<b>|&lt;b&gt;/);
  });
});
