/**
 * Moodle GIFT text. Rich text goes out as `[html]` with markup characters escaped, so a `<` in an article is
 * shown, not parsed; every GIFT control character (`~ = # { } :` and backslash) is backslash-escaped.
 */
import type {MatchingQuestion, NumericQuestion, Question, QuizFile, SingleChoiceQuestion, TimelineQuestion} from '../format/types.js';
import {unitLabel} from '../quiz/units.js';
import {emptyReport, type ExportReport, type ExportResult} from './report.js';
import {
  byCategory,
  categoryPath,
  explanationWithEvidence,
  formatNumber,
  ordinal,
  rightFeedback,
  TIMELINE_AS_MATCHING,
  timelineAsMatchingPrompt,
  unitHint,
  wrongFeedback,
} from './text.js';
import {textToHtml} from './xml.js';

export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

/** Text in an HTML field; no raw line break, since a blank line would end the question. */
function rich(text: string): string {
  return `[html]${escapeGift(textToHtml(text))}`;
}

/** Matching answers are plain text in Moodle (shown in a drop-down): one line, no markup. */
function plain(text: string): string {
  return escapeGift(text.replace(/\s+/g, ' ').trim());
}

function singleChoice(quiz: QuizFile, q: SingleChoiceQuestion): string[] {
  return q.choices.map((c) =>
    c.id === q.answer
      ? `=${rich(c.text)}#${rich(rightFeedback(quiz, q.evidence))}`
      : `~${rich(c.text)}#${rich(wrongFeedback(quiz, q.evidence))}`
  );
}

function numeric(quiz: QuizFile, q: NumericQuestion): string[] {
  const {value, tolerance} = q.answer;
  // `#=value:tolerance`, then `~#…` for any other number: the forms both Moodle and gift-pegjs read.
  return [
    `#=${formatNumber(value)}:${formatNumber(tolerance)}#${rich(rightFeedback(quiz, q.evidence))}`,
    `~#${rich(wrongFeedback(quiz, q.evidence))}`,
  ];
}

function pairs(list: {left: string; right: string}[]): string[] {
  // An empty left side is an extra wrong answer, as Moodle's matching type has it.
  return list.map(({left, right}) => `=${left ? rich(left) : ''} -> ${plain(right)}`);
}

function matching(q: MatchingQuestion): string[] {
  return pairs([...q.pairs.map((p) => ({left: p.prompt, right: p.answer})), ...(q.distractors ?? []).map((d) => ({left: '', right: d}))]);
}

function timeline(q: TimelineQuestion): string[] {
  return pairs(q.items.map((item, i) => ({left: item.text, right: ordinal(i + 1)})));
}

function question(quiz: QuizFile, q: Question, report: ExportReport): string {
  let prompt = q.prompt;
  let answers: string[];
  switch (q.kind) {
    case 'single-choice':
      answers = singleChoice(quiz, q);
      break;
    case 'numeric':
      prompt = `${q.prompt} ${unitHint(q.answer.unit)}`;
      answers = numeric(quiz, q);
      report.simplified.push({id: q.id, why: `numeric answer in ${unitLabel(q.answer.unit)} only (GIFT has no units)`});
      break;
    case 'matching':
      answers = matching(q);
      break;
    case 'timeline':
      prompt = timelineAsMatchingPrompt(q);
      answers = timeline(q);
      report.simplified.push({id: q.id, why: TIMELINE_AS_MATCHING});
      break;
  }
  if (q.points !== 1) report.simplified.push({id: q.id, why: `GIFT has no marks: imported at the default mark, not ${q.points} points`});
  report.exported.push(q.id);
  const feedback = `####${rich(explanationWithEvidence(quiz, q.explanation, q.evidence))}`;
  return [
    `// [id:${q.id}] [tag:article-quiz] [tag:${q.category}]`,
    `::${escapeGift(q.id)}::${rich(prompt)}{`,
    ...answers.map((a) => `  ${a}`),
    `  ${feedback}`,
    '}',
  ].join('\n');
}

export function quizToGift(quiz: QuizFile): ExportResult<string> {
  const report = emptyReport();
  // A comment line may not hold a line break; the title is informative only.
  const blocks = [`// article-quiz ${quiz.id}: ${quiz.article.title.replace(/\s+/g, ' ')}`];
  for (const [category, questions] of byCategory(quiz.questions)) {
    blocks.push(`$CATEGORY: ${categoryPath(quiz, category)}`);
    for (const q of questions) blocks.push(question(quiz, q, report));
  }
  return {output: `${blocks.join('\n\n')}\n`, report};
}
