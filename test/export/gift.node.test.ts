import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parse, type GIFTQuestion, type Matching, type MultipleChoice, type Numerical, type NumericalChoice} from 'gift-pegjs';
import {describe, expect, it} from 'vitest';
import {escapeGift, quizToGift} from '../../src/export/gift.js';
import type {QuizFile} from '../../src/format/types.js';
import {ordinal} from '../../src/export/text.js';
import {kindsQuiz, measureQuiz} from '../fixtures.js';
import {hostileQuiz, htmlToText, REPO} from './helpers.js';

const kharkiv = (): QuizFile => JSON.parse(readFileSync(join(REPO, 'questions/kharkiv-strikes.json'), 'utf8')) as QuizFile;

function parsed(quiz: QuizFile) {
  const {output, report} = quizToGift(quiz);
  const all = parse(output);
  const questions = all.filter((q) => q.type !== 'Category') as Exclude<GIFTQuestion, {type: 'Category' | 'Description'}>[];
  const byTitle = new Map(questions.map((q) => [q.title, q]));
  return {output, report, all, questions, byTitle};
}

const text = (t: {text: string} | null | undefined) => htmlToText(t?.text ?? '');

/**
 * gift-pegjs 1.0.2 leaves its own placeholders (`&&123;` for `\{`) in matching answers, which it reads as
 * plain text without its decoding step; undo that here (Moodle itself decodes them).
 */
const subanswer = (s: string) =>
  s.replace(/&&(092|058|035|061|123|125|126);/g, (_, code: string) => String.fromCharCode(Number(code)));

describe('GIFT export', () => {
  it('escapes every GIFT control character and the backslash', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
  });

  it('exports the Kharkiv quiz: one question per question, right types, one right answer each', () => {
    const quiz = kharkiv();
    const {questions, byTitle, all, report} = parsed(quiz);
    expect(questions).toHaveLength(quiz.questions.length);
    expect(report.exported.sort()).toEqual(quiz.questions.map((q) => q.id).sort());
    expect(all.filter((q) => q.type === 'Category').map((c) => (c as {title: string}).title)).toEqual(
      [...new Set(quiz.questions.map((q) => q.category))].map((c) => `article-quiz/${quiz.id}/${c}`)
    );
    for (const q of quiz.questions) {
      const g = byTitle.get(q.id);
      expect(g, q.id).toBeDefined();
      expect(g!.id).toBe(q.id);
      expect(text(g!.globalFeedback)).toContain(q.explanation);
      if (q.kind === 'single-choice') {
        const mc = g as MultipleChoice;
        expect(mc.type).toBe('MC');
        expect(text(mc.stem)).toBe(q.prompt);
        expect(mc.choices.map((c) => text(c.text))).toEqual(q.choices.map((c) => c.text));
        expect(mc.choices.filter((c) => c.isCorrect).map((c) => text(c.text))).toEqual([q.choices.find((c) => c.id === q.answer)!.text]);
        // Right answer says why with the evidence; wrong ones what the article says.
        const evidence = quiz.article.paragraphs[q.evidence.paragraph]!.slice(q.evidence.start, q.evidence.end).trim();
        for (const c of mc.choices) expect(text(c.feedback)).toContain(evidence);
      }
    }
  });

  it('maps all four kinds: MC, numerical with tolerance, matching with a distractor, timeline as matching', () => {
    const quiz = kindsQuiz();
    const {byTitle, report, output} = parsed(quiz);
    expect(byTitle.get('q-date')!.type).toBe('MC');
    const num = byTitle.get('q-distance') as Numerical;
    expect(num.type).toBe('Numerical');
    const choices = num.choices as NumericalChoice[];
    expect(choices.filter((c) => c.isCorrect).map((c) => c.text)).toEqual([{type: 'range', number: 30, range: 2}]);
    expect(text(num.stem)).toContain('kilometers');
    const match = byTitle.get('q-matching') as Matching;
    expect(match.type).toBe('Matching');
    expect(match.matchPairs.map((p) => [text(p.subquestion), p.subanswer])).toEqual([
      ['We are ready', 'Ana Ruiz'],
      ['The storm travelled 30 kilometres inland', 'Officials'],
      ['', 'The Test Gazette'],
    ]);
    const timeline = byTitle.get('q-timeline') as Matching;
    expect(timeline.type).toBe('Matching');
    expect(timeline.matchPairs.map((p) => p.subanswer)).toEqual(['1st', '2nd', '3rd']);
    expect(report.simplified.map((s) => s.id).sort()).toEqual(['q-distance', 'q-distance', 'q-matching', 'q-timeline', 'q-timeline'].sort());
    expect(report.simplified.find((s) => s.id === 'q-timeline' && /matching/.test(s.why))).toBeDefined();
    expect(report.omitted).toEqual([]);
    // Blocks (category lines, questions) are separated by exactly one blank line, and none holds one.
    expect(output).not.toMatch(/\n\n\n/);
    expect(output.split('\n\n')).toHaveLength(1 + 3 + quiz.questions.length);
  });

  it('exports other quantities as numerical questions in the stated unit, filed under measure', () => {
    const {byTitle, all, report, output} = parsed(measureQuiz());
    expect(all.filter((q) => q.type === 'Category').map((c) => (c as {title: string}).title)).toEqual(['article-quiz/measure-quiz/measure']);
    expect(output).toContain('[tag:measure]');
    const speed = byTitle.get('m-speed') as Numerical;
    expect(speed.type).toBe('Numerical');
    expect((speed.choices as NumericalChoice[]).filter((c) => c.isCorrect).map((c) => c.text)).toEqual([{type: 'range', number: 120, range: 5}]);
    expect(text(speed.stem)).toBe('How fast were the strongest gusts on the coast? (answer in kilometers per hour)');
    const heat = byTitle.get('m-heat') as Numerical;
    expect((heat.choices as NumericalChoice[]).filter((c) => c.isCorrect).map((c) => c.text)).toEqual([{type: 'range', number: 95, range: 2}]);
    expect(text(heat.stem)).toContain('(answer in degrees Fahrenheit)');
    expect(byTitle.get('m-oak')!.type).toBe('MC');
    expect(report.simplified).toEqual([
      {id: 'm-speed', why: 'numeric answer in kilometers per hour only (GIFT has no units)'},
      {id: 'm-heat', why: 'numeric answer in degrees Fahrenheit only (GIFT has no units)'},
    ]);
  });

  it('keeps special characters, markup, quotes and line breaks through a round trip', () => {
    const quiz = hostileQuiz();
    const {byTitle, questions} = parsed(quiz);
    expect(questions).toHaveLength(quiz.questions.length);
    const [date, distance, , timeline, matching] = quiz.questions;
    const mc = byTitle.get('1:odd') as MultipleChoice;
    expect(mc.type).toBe('MC');
    expect(text(mc.stem)).toBe(date!.prompt);
    expect(text(mc.globalFeedback)).toContain(date!.explanation);
    if (date!.kind !== 'single-choice') throw new Error('fixture');
    expect(mc.choices.map((c) => text(c.text))).toEqual(date!.choices.map((c) => c.text));
    expect(mc.choices.filter((c) => c.isCorrect).map((c) => text(c.text))).toEqual(['[plain] Friday = 5 < 6 & "so"']);
    expect(byTitle.get('1_odd')!.type).toBe('MC');
    expect(text(byTitle.get(distance!.id)!.stem)).toContain(distance!.prompt);
    if (timeline!.kind !== 'timeline' || matching!.kind !== 'matching') throw new Error('fixture');
    const t = byTitle.get(timeline!.id) as Matching;
    expect(t.matchPairs.map((p) => [text(p.subquestion), p.subanswer])).toEqual(timeline!.items.map((item, i) => [item.text, ordinal(i + 1)]));
    const m = byTitle.get(matching!.id) as Matching;
    expect(m.matchPairs.map((p) => [text(p.subquestion), subanswer(p.subanswer)])).toEqual([
      ...matching!.pairs.map((p) => [p.prompt, p.answer]),
      ['', 'The <Test> Gazette & Co'],
    ]);
  });

  it('fails loudly if escaping is broken (the parser rejects or misreads raw control characters)', () => {
    // Guard for the round-trip test above: the same text unescaped does not survive.
    const raw = `::x::${'Q {=a ~b}'}{=${'r=1'} ~w}\n`;
    let survived = true;
    try {
      const [q] = parse(raw) as MultipleChoice[];
      survived = q!.choices.some((c) => c.text.text === 'r=1');
    } catch {
      survived = false;
    }
    expect(survived).toBe(false);
  });
});
