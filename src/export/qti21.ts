/**
 * IMS QTI 2.1 content package: one assessmentItem per question, an assessmentTest with a section per
 * category, and an IMS CP 1.1 `imsmanifest.xml`, zipped with fixed timestamps so the same quiz gives the
 * same bytes. Response processing is written out (not a template) so the explanation can be shown as
 * modal feedback and timelines keep their pairwise partial credit.
 */
import {strToU8, zipSync} from 'fflate';
import type {MatchingQuestion, NumericQuestion, Question, QuizFile, SingleChoiceQuestion, TimelineQuestion} from '../format/types.js';
import {unitLabel} from '../quiz/units.js';
import {emptyReport, type ExportResult} from './report.js';
import {byCategory, explanationWithEvidence, formatNumber, unitHint} from './text.js';
import {escapeXml, ncNames, XML_DECLARATION} from './xml.js';

const QTI_NS =
  'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"';
const CP_NS =
  'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
  'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd"';
const TOOL = 'toolName="article-quiz"';
export const TEST_FILE = 'assessment.xml';
export const MANIFEST_FILE = 'imsmanifest.xml';
// Local time, as zip (DOS) dates have no zone: the bytes are the same in every time zone.
const ZIP_MTIME = new Date(2000, 0, 1, 12, 0, 0);

/** Plain text as QTI (XHTML) inline content: escaped, line breaks as `<br/>`. */
function qtiText(text: string): string {
  return escapeXml(text).replace(/\r\n?|\n/g, '<br/>');
}

const float = (n: number) => `<baseValue baseType="float">${formatNumber(n)}</baseValue>`;
const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;

/** SCORE from the mapping, 0 when nothing was answered (as the map_response template does). */
const MAP_RESPONSE = [
  '<responseCondition>',
  `  <responseIf><isNull><variable identifier="RESPONSE"/></isNull>${setScore(float(0))}</responseIf>`,
  `  <responseElse>${setScore('<mapResponse identifier="RESPONSE"/>')}</responseElse>`,
  '</responseCondition>',
];

interface ItemParts {
  declaration: string[];
  /** Extra outcome declarations (beyond SCORE, MAXSCORE, FEEDBACK). */
  outcomes?: string[];
  body: string[];
  processing: string[];
}

function singleChoice(q: SingleChoiceQuestion): ItemParts {
  const ids = ncNames(q.choices.map((c) => c.id), 'C_');
  const right = ids[q.choices.findIndex((c) => c.id === q.answer)]!;
  return {
    declaration: [
      '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
      `  <correctResponse><value>${right}</value></correctResponse>`,
      `  <mapping defaultValue="0"><mapEntry mapKey="${right}" mappedValue="${formatNumber(q.points)}"/></mapping>`,
      '</responseDeclaration>',
    ],
    body: [
      '<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">',
      `  <prompt>${qtiText(q.prompt)}</prompt>`,
      ...q.choices.map((c, i) => `  <simpleChoice identifier="${ids[i]}">${qtiText(c.text)}</simpleChoice>`),
      '</choiceInteraction>',
    ],
    processing: MAP_RESPONSE,
  };
}

function numeric(q: NumericQuestion): ItemParts {
  const {value, tolerance, unit} = q.answer;
  const t = formatNumber(tolerance);
  return {
    declaration: [
      '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">',
      `  <correctResponse><value>${formatNumber(value)}</value></correctResponse>`,
      '</responseDeclaration>',
    ],
    body: [
      `<p>${qtiText(`${q.prompt} ${unitHint(unit)}`)}</p>`,
      `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/> ${escapeXml(unitLabel(unit))}</p>`,
    ],
    processing: [
      // A missing answer makes <equal> NULL, which counts as false: SCORE stays 0.
      '<responseCondition>',
      '  <responseIf>',
      `    <equal toleranceMode="absolute" tolerance="${t} ${t}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>`,
      `    ${setScore(float(q.points))}`,
      '  </responseIf>',
      '</responseCondition>',
    ],
  };
}

/**
 * The element's credit: the share of pairs of positions (p < q) whose events are in the article's order.
 * QTI has no "position of" operator, so for each pair of positions: the event at p is the i-th and the
 * event at q is one of those after the i-th.
 */
function timeline(q: TimelineQuestion): ItemParts {
  const ids = ncNames(q.items.map((item) => item.id), 'E_');
  const n = ids.length;
  const pairs = (n * (n - 1)) / 2;
  const at = (p: number) => `<index n="${p}"><variable identifier="RESPONSE"/></index>`;
  const id = (s: string) => `<baseValue baseType="identifier">${s}</baseValue>`;
  const conditions: string[] = [];
  for (let p = 1; p < n; p++) {
    for (let r = p + 1; r <= n; r++) {
      const options = ids.slice(0, -1).map(
        (earlier, i) => `<and><match>${at(p)}${id(earlier)}</match><member>${at(r)}<multiple>${ids.slice(i + 1).map(id).join('')}</multiple></member></and>`
      );
      conditions.push(
        `<responseCondition><responseIf><or>${options.join('')}</or>` +
          '<setOutcomeValue identifier="ORDERED_PAIRS"><sum><variable identifier="ORDERED_PAIRS"/><baseValue baseType="integer">1</baseValue></sum></setOutcomeValue>' +
          '</responseIf></responseCondition>'
      );
    }
  }
  return {
    declaration: [
      '<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">',
      `  <correctResponse>${ids.map((i) => `<value>${i}</value>`).join('')}</correctResponse>`,
      '</responseDeclaration>',
    ],
    outcomes: ['<outcomeDeclaration identifier="ORDERED_PAIRS" cardinality="single" baseType="integer"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>'],
    body: [
      '<orderInteraction responseIdentifier="RESPONSE" shuffle="true">',
      `  <prompt>${qtiText(q.prompt)}</prompt>`,
      ...q.items.map((item, i) => `  <simpleChoice identifier="${ids[i]}">${qtiText(item.text)}</simpleChoice>`),
      '</orderInteraction>',
    ],
    processing: [
      ...conditions,
      setScore(`<product>${float(q.points)}<divide><variable identifier="ORDERED_PAIRS"/><baseValue baseType="integer">${pairs}</baseValue></divide></product>`),
    ],
  };
}

function matching(q: MatchingQuestion): ItemParts {
  const quoteIds = ncNames(q.pairs.map((p) => p.id), 'P_');
  // Each speaker once, sorted so their order gives nothing away; identifiers by that order.
  const speakers = [...new Set([...q.pairs.map((p) => p.answer), ...(q.distractors ?? [])])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const speakerId = (s: string) => `S${speakers.indexOf(s) + 1}`;
  const n = q.pairs.length;
  const share = formatNumber(q.points / n);
  const right = q.pairs.map((p, i) => `${quoteIds[i]} ${speakerId(p.answer)}`);
  return {
    declaration: [
      '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">',
      `  <correctResponse>${right.map((r) => `<value>${r}</value>`).join('')}</correctResponse>`,
      `  <mapping defaultValue="0" lowerBound="0" upperBound="${formatNumber(q.points)}">`,
      ...right.map((r) => `    <mapEntry mapKey="${r}" mappedValue="${share}"/>`),
      '  </mapping>',
      '</responseDeclaration>',
    ],
    body: [
      `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${n}">`,
      `  <prompt>${qtiText(q.prompt)}</prompt>`,
      '  <simpleMatchSet>',
      ...q.pairs.map((p, i) => `    <simpleAssociableChoice identifier="${quoteIds[i]}" matchMax="1">${qtiText(p.prompt)}</simpleAssociableChoice>`),
      '  </simpleMatchSet>',
      '  <simpleMatchSet>',
      ...speakers.map((s) => `    <simpleAssociableChoice identifier="${speakerId(s)}" matchMax="${n}">${qtiText(s)}</simpleAssociableChoice>`),
      '  </simpleMatchSet>',
      '</matchInteraction>',
    ],
    processing: MAP_RESPONSE,
  };
}

function parts(q: Question): ItemParts {
  switch (q.kind) {
    case 'single-choice':
      return singleChoice(q);
    case 'numeric':
      return numeric(q);
    case 'timeline':
      return timeline(q);
    case 'matching':
      return matching(q);
  }
}

/** What an item bank lists: the prompt, cut at a word near 80 characters. */
function itemTitle(q: Question): string {
  const prompt = q.prompt.replace(/\s+/g, ' ').trim();
  if (prompt.length <= 80) return prompt;
  const cut = prompt.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 80)}…`;
}

const indent = (lines: string[], by: string) => lines.map((l) => by + l);

function itemXml(quiz: QuizFile, q: Question, identifier: string): string {
  const p = parts(q);
  const feedback = explanationWithEvidence(quiz, q.explanation, q.evidence);
  return [
    XML_DECLARATION,
    `<assessmentItem ${QTI_NS} identifier="${identifier}" title="${escapeXml(itemTitle(q))}" xml:lang="${escapeXml(quiz.article.language)}" ${TOOL} adaptive="false" timeDependent="false">`,
    ...indent(p.declaration, '  '),
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${formatNumber(q.points)}</value></defaultValue></outcomeDeclaration>`,
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    ...indent(p.outcomes ?? [], '  '),
    '  <itemBody>',
    ...indent(p.body, '    '),
    '  </itemBody>',
    '  <responseProcessing>',
    ...indent(p.processing, '    '),
    // Shown once the answer is in, whatever it was: the explanation and the evidence.
    '    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">EXPLANATION</baseValue></setOutcomeValue>',
    '  </responseProcessing>',
    `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="EXPLANATION" showHide="show"><p>${qtiText(feedback)}</p></modalFeedback>`,
    '</assessmentItem>',
    '',
  ].join('\n');
}

export interface QtiItem {
  /** The question's id in the quiz file. */
  id: string;
  /** Its QTI identifier (an NCName). */
  identifier: string;
  /** Path inside the package. */
  href: string;
  xml: string;
}

/** One item per question, in file order; the package is these plus a test and the manifest. */
export function quizToQtiItems(quiz: QuizFile): ExportResult<QtiItem[]> {
  const report = emptyReport();
  const identifiers = ncNames(quiz.questions.map((q) => q.id), 'Q_');
  const items = quiz.questions.map((q, i) => {
    const identifier = identifiers[i]!;
    report.exported.push(q.id);
    if (q.kind === 'numeric') {
      report.simplified.push({id: q.id, why: `numeric answer in ${q.answer.unit}s only (QTI has no units)`});
    }
    return {id: q.id, identifier, href: `items/${identifier}.xml`, xml: itemXml(quiz, q, identifier)};
  });
  return {output: items, report};
}

function testXml(quiz: QuizFile, items: QtiItem[]): string {
  const byId = new Map(items.map((item) => [item.id, item]));
  const sections = byCategory(quiz.questions).flatMap(([category, questions]) => [
    `    <assessmentSection identifier="section-${category}" title="${escapeXml(category)}" visible="true">`,
    ...questions.map((q) => {
      const item = byId.get(q.id)!;
      return `      <assessmentItemRef identifier="${item.identifier}" href="${item.href}"/>`;
    }),
    '    </assessmentSection>',
  ]);
  const total = quiz.questions.reduce((sum, q) => sum + q.points, 0);
  return [
    XML_DECLARATION,
    `<assessmentTest ${QTI_NS} identifier="test-${ncNames([quiz.id], 'T_')[0]}" title="${escapeXml(quiz.article.title)}" ${TOOL}>`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    `  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${formatNumber(total)}</value></defaultValue></outcomeDeclaration>`,
    '  <testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">',
    ...sections,
    '  </testPart>',
    '  <outcomeProcessing>',
    '    <setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue>',
    '  </outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

function manifestXml(quiz: QuizFile, items: QtiItem[]): string {
  const resource = (identifier: string, type: string, href: string, inner: string[] = []) => [
    `    <resource identifier="${identifier}" type="${type}" href="${href}">`,
    `      <file href="${href}"/>`,
    ...inner,
    '    </resource>',
  ];
  return [
    XML_DECLARATION,
    `<manifest ${CP_NS} identifier="manifest-${ncNames([quiz.id], 'M_')[0]}">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    ...resource('test', 'imsqti_test_xmlv2p1', TEST_FILE, items.map((item) => `      <dependency identifierref="res-${item.identifier}"/>`)),
    ...items.flatMap((item) => resource(`res-${item.identifier}`, 'imsqti_item_xmlv2p1', item.href)),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The package's files by path, manifest first (some importers read the first entry). */
export function quizToQtiFiles(quiz: QuizFile): ExportResult<Record<string, string>> {
  const {output: items, report} = quizToQtiItems(quiz);
  const files: Record<string, string> = {[MANIFEST_FILE]: manifestXml(quiz, items), [TEST_FILE]: testXml(quiz, items)};
  for (const item of items) files[item.href] = item.xml;
  return {output: files, report};
}

export function quizToQtiPackage(quiz: QuizFile): ExportResult<Uint8Array> {
  const {output: files, report} = quizToQtiFiles(quiz);
  const entries = Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)]));
  return {output: zipSync(entries, {level: 9, mtime: ZIP_MTIME}), report};
}
