// What the authoring page shows about a generated quiz, as plain strings: the facts found, the questions,
// the announcement, the embed snippet and file names. Pure: no DOM.
import type {Question, QuizFile} from '../format/types.js';
import {serializeQuiz} from '../format/serialize.js';
import type {Facts} from '../generator/facts.js';

export interface DateRow {
  text: string;
  date: string;
  context: string;
}

export interface MeasureRow {
  text: string;
  value: string;
  unit: string;
  what: string;
}

export interface QuoteRow {
  speaker: string;
  words: string;
  how: string;
}

export interface FactRows {
  dates: DateRow[];
  measures: MeasureRow[];
  quotes: QuoteRow[];
  total: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2017-09-19` → "19 September 2017", `2017-09` → "September 2017", `1985` → "1985"; anything else as is. */
export function readableDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return value;
  return [d ? String(Number(d)) : '', month ?? '', y].filter(Boolean).join(' ');
}

const number = (n: number) => n.toLocaleString('en', {maximumFractionDigits: 3});

export function factRows(facts: Facts): FactRows {
  return {
    dates: facts.dates.map((d) => ({
      text: d.text,
      date: d.value ? readableDate(d.value) : 'not worked out',
      context: d.event.clause.trim(),
    })),
    measures: facts.measures.map((m) => ({
      text: m.text,
      value: [m.qualifier ?? '', m.valueMin !== undefined ? `${number(m.valueMin)} to ${number(m.value)}` : number(m.value)].filter(Boolean).join(' '),
      unit: m.converted ? `${m.unit} (also given as ${number(m.converted.value)} ${m.converted.unit})` : m.unit,
      what: m.what.trim(),
    })),
    quotes: facts.quotes.map((q) => ({
      speaker: q.speaker,
      words: q.direct ? `“${q.text.trim()}”` : q.text.trim(),
      how: q.direct ? 'Quoted' : 'Reported',
    })),
    total: facts.dates.length + facts.measures.length + facts.quotes.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The polite announcement after making a quiz: "Made 10 questions from 12 facts." */
export function resultMessage(questions: number, facts: number): string {
  return `Made ${plural(questions, 'question')} from ${plural(facts, 'fact')}.`;
}

const KIND: Record<Question['kind'], string> = {
  'single-choice': 'choose one',
  numeric: 'type a number',
  timeline: 'put events in order',
  matching: 'match quotes to speakers',
};
const CATEGORY: Record<Question['category'], string> = {date: 'Date', distance: 'Distance', quote: 'Quote', measure: 'Measure'};

/** One line per question for the summary list: "Date, choose one", and the prompt. */
export function questionLabel(q: Question): {kind: string; prompt: string} {
  return {kind: `${CATEGORY[q.category]}, ${KIND[q.kind]}`, prompt: q.prompt};
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The embed snippet with the questions inside (as on the teacher page): the bundle, and the question file as
 * `<script type="application/json">`, "<" escaped so no text in the quiz can close the script early.
 */
export function embedSnippet(quiz: QuizFile, bundleUrl: string): string {
  return `<script type="module" src="${attr(bundleUrl)}"></script>\n<article-quiz>\n<script type="application/json">${serializeQuiz(quiz, {compact: true})}</script>\n</article-quiz>`;
}

/** A file name from the quiz id: letters, digits, dots, dashes and underscores only. */
export function fileName(quiz: QuizFile, extension: string): string {
  const base = quiz.id.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '') || 'quiz';
  return `${base}${extension}`;
}
