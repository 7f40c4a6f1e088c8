/**
 * Moodle XML question bank: one category entry per category, then its questions. Rich fields are HTML
 * (`format="html"`), escaped twice over: as HTML so markup in an article shows as text, then as XML.
 */
import type {MatchingQuestion, NumericQuestion, Question, QuizFile, SingleChoiceQuestion, TimelineQuestion} from '../format/types.js';
import {multiplier, unitChoices, unitLabel} from '../quiz/units.js';
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
import {escapeXml, textToHtml, XML_DECLARATION} from './xml.js';

/** `<tag format="html"><text>…</text></tag>` holding plain text shown as HTML. */
function htmlField(tag: string, text: string, indent: string): string {
  return `${indent}<${tag} format="html"><text>${escapeXml(textToHtml(text))}</text></${tag}>`;
}

function common(quiz: QuizFile, q: Question, type: string, prompt: string): string[] {
  return [
    `  <question type="${type}">`,
    `    <name><text>${escapeXml(q.id)}</text></name>`,
    htmlField('questiontext', prompt, '    '),
    htmlField('generalfeedback', explanationWithEvidence(quiz, q.explanation, q.evidence), '    '),
    `    <defaultgrade>${formatNumber(q.points)}</defaultgrade>`,
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    `    <idnumber>${escapeXml(q.id)}</idnumber>`,
  ];
}

function multichoice(quiz: QuizFile, q: SingleChoiceQuestion): string[] {
  return [
    ...common(quiz, q, 'multichoice', q.prompt),
    '    <single>true</single>',
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...q.choices.flatMap((c) => {
      const right = c.id === q.answer;
      return [
        `    <answer fraction="${right ? 100 : 0}" format="html">`,
        `      <text>${escapeXml(textToHtml(c.text))}</text>`,
        htmlField('feedback', right ? rightFeedback(quiz, q.evidence) : wrongFeedback(quiz, q.evidence), '      '),
        '    </answer>',
      ];
    }),
  ];
}

function numerical(quiz: QuizFile, q: NumericQuestion, report: ExportReport): string[] {
  const {value, tolerance, unit} = q.answer;
  // The answer's unit is the base (multiplier 1); the counterpart the element also accepts gets its factor,
  // and Moodle scales the tolerance with it. Units optional: a bare number is read in the base unit.
  // A Moodle unit is a multiplier only: a counterpart on a scale with another zero (°C for °F) is left out.
  const choices = unitChoices(unit);
  const units = choices.filter((u) => multiplier(unit, u) !== undefined);
  const dropped = choices.filter((u) => !units.includes(u)).map((u) => unitLabel(u));
  const only =
    `answer in ${unitLabel(unit)} only: a Moodle unit is a multiplier, ` +
    `and ${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} on a scale with another zero`;
  if (dropped.length) report.simplified.push({id: q.id, why: only});
  return [
    ...common(quiz, q, 'numerical', `${q.prompt} ${unitHint(unit)}`),
    '    <answer fraction="100" format="moodle_auto_format">',
    `      <text>${formatNumber(value)}</text>`,
    htmlField('feedback', rightFeedback(quiz, q.evidence), '      '),
    `      <tolerance>${formatNumber(tolerance)}</tolerance>`,
    '    </answer>',
    // `*` catches every other number, so a wrong answer is told what the article says.
    '    <answer fraction="0" format="moodle_auto_format">',
    '      <text>*</text>',
    htmlField('feedback', wrongFeedback(quiz, q.evidence), '      '),
    '      <tolerance>0</tolerance>',
    '    </answer>',
    ...(dropped.length ? [`    <!-- ${only} -->`] : []),
    '    <units>',
    ...units.map((u) => `      <unit><multiplier>${formatNumber(multiplier(unit, u)!)}</multiplier><unit_name>${escapeXml(unitLabel(u))}</unit_name></unit>`),
    '    </units>',
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0.1000000</unitpenalty>',
    '    <showunits>0</showunits>',
    '    <unitsleft>0</unitsleft>',
  ];
}

function matchingBody(quiz: QuizFile, q: Question, prompt: string, pairs: {left: string; right: string}[]): string[] {
  return [
    ...common(quiz, q, 'matching', prompt),
    '    <shuffleanswers>true</shuffleanswers>',
    // An empty subquestion is an extra wrong answer; answers are plain text, shown in a drop-down.
    ...pairs.map(
      (p) =>
        `    <subquestion format="html"><text>${escapeXml(textToHtml(p.left))}</text><answer><text>${escapeXml(p.right.replace(/\s+/g, ' ').trim())}</text></answer></subquestion>`
    ),
  ];
}

function matching(quiz: QuizFile, q: MatchingQuestion): string[] {
  const pairs = [...q.pairs.map((p) => ({left: p.prompt, right: p.answer})), ...(q.distractors ?? []).map((d) => ({left: '', right: d}))];
  return matchingBody(quiz, q, q.prompt, pairs);
}

function timeline(quiz: QuizFile, q: TimelineQuestion): string[] {
  return matchingBody(quiz, q, timelineAsMatchingPrompt(q), q.items.map((item, i) => ({left: item.text, right: ordinal(i + 1)})));
}

function question(quiz: QuizFile, q: Question, report: ExportReport): string[] {
  report.exported.push(q.id);
  switch (q.kind) {
    case 'single-choice':
      return [...multichoice(quiz, q), '  </question>'];
    case 'numeric':
      return [...numerical(quiz, q, report), '  </question>'];
    case 'matching':
      return [...matching(quiz, q), '  </question>'];
    case 'timeline':
      // Moodle's core types have no ordering before 4.4 (qtype_ordering); matching imports everywhere.
      report.simplified.push({id: q.id, why: TIMELINE_AS_MATCHING});
      return [...timeline(quiz, q), '  </question>'];
  }
}

export function quizToMoodleXml(quiz: QuizFile): ExportResult<string> {
  const report = emptyReport();
  const lines = [XML_DECLARATION, `<!-- article-quiz ${escapeXml(quiz.id).replace(/--/g, '- -')} -->`, '<quiz>'];
  for (const [category, questions] of byCategory(quiz.questions)) {
    lines.push(
      '  <question type="category">',
      `    <category><text>${escapeXml(categoryPath(quiz, category))}</text></category>`,
      '  </question>'
    );
    for (const q of questions) lines.push(...question(quiz, q, report));
  }
  lines.push('</quiz>');
  return {output: `${lines.join('\n')}\n`, report};
}
