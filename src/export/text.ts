/** Wording shared by the exporters: evidence quotes, per-answer feedback, ordinals, units. */
import type {Evidence, QuizFile, TimelineQuestion, Unit} from '../format/types.js';
import {unitLabel} from '../quiz/units.js';

/** The sentence that proves the answer, as the article has it. */
export function evidenceText(quiz: QuizFile, evidence: Evidence): string {
  return (quiz.article.paragraphs[evidence.paragraph] ?? '').slice(evidence.start, evidence.end).trim();
}

/** For comparing an article's words with an explanation that may use other quote marks or spacing. */
function normalize(text: string): string {
  return text.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

/** The general feedback: the explanation, then the evidence quoted unless the explanation already quotes it. */
export function explanationWithEvidence(quiz: QuizFile, explanation: string, evidence: Evidence): string {
  const quote = evidenceText(quiz, evidence);
  // Generated explanations often quote the evidence already (maybe shortened): its opening words are enough.
  const quoted = quote !== '' && normalize(explanation).includes(normalize(quote).slice(0, 60).replace(/^["'\s]+/, ''));
  return quote && !quoted ? `${explanation}\nThe article says: “${quote}”` : explanation;
}

export function rightFeedback(quiz: QuizFile, evidence: Evidence): string {
  const quote = evidenceText(quiz, evidence);
  return quote ? `Right: the article says “${quote}”` : 'Right.';
}

export function wrongFeedback(quiz: QuizFile, evidence: Evidence): string {
  const quote = evidenceText(quiz, evidence);
  return quote ? `Not quite: the article says “${quote}”` : 'Not quite.';
}

/** "1st", "2nd", "3rd", "4th"… for timeline positions. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "(answer in miles)" after a numeric prompt, since the answer is a bare number. */
export function unitHint(unit: Unit): string {
  return `(answer in ${unitLabel(unit)})`;
}

/** The prompt of a timeline shown as a matching question. */
export function timelineAsMatchingPrompt(question: TimelineQuestion): string {
  return `${question.prompt}\nGive each event its place in time: 1st is the earliest.`;
}

/** The category path every exporter files the questions under. */
export function categoryPath(quiz: QuizFile, category: string): string {
  return `article-quiz/${quiz.id}/${category}`;
}

/** A number as plain decimal digits (never `1e+21`), which GIFT and QTI float parsers all read. */
export function formatNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, '');
}

/** Questions grouped by category, categories in order of first appearance, questions in file order. */
export function byCategory<Q extends {category: string}>(questions: readonly Q[]): [string, Q[]][] {
  const groups = new Map<string, Q[]>();
  for (const q of questions) {
    const group = groups.get(q.category);
    if (group) group.push(q);
    else groups.set(q.category, [q]);
  }
  return [...groups];
}

export const TIMELINE_AS_MATCHING =
  'timeline exported as matching (event → 1st/2nd/…): credit per event in its place, not per pair in order, and a position may be given twice';
