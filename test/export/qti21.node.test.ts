import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {describe, expect, it} from 'vitest';
import {MANIFEST_FILE, quizToQtiPackage, TEST_FILE} from '../../src/export/qti21.js';
import type {QuizFile} from '../../src/format/types.js';
import {orderCredit} from '../../src/quiz/answers.js';
import {kindsQuiz, measureQuiz} from '../fixtures.js';
import {
  child,
  CP_XSD,
  elements,
  findAll,
  HAS_XSD,
  hostileQuiz,
  NCNAME,
  parseXml,
  QTI_XSD,
  REPO,
  tempDir,
  textOf,
  writeTemp,
  xmllint,
  XSD_DIR,
  type XmlElement,
} from './helpers.js';
import {correctResponse, scoreItem} from './qti-eval.js';

const kharkiv = (): QuizFile => JSON.parse(readFileSync(join(REPO, 'questions/kharkiv-strikes.json'), 'utf8')) as QuizFile;
const QUIZZES: [string, () => QuizFile][] = [
  ['kharkiv', kharkiv],
  ['kinds', kindsQuiz],
  ['hostile', hostileQuiz],
  ['measure', measureQuiz],
];

function unpack(quiz: QuizFile) {
  const {output, report} = quizToQtiPackage(quiz);
  const files = Object.fromEntries(Object.entries(unzipSync(output)).map(([path, bytes]) => [path, strFromU8(bytes)]));
  const manifest = parseXml(files[MANIFEST_FILE]!);
  const resources = findAll(manifest, 'resource');
  const itemResources = resources.filter((r) => r.attrs.type === 'imsqti_item_xmlv2p1');
  const items = itemResources.map((r) => ({href: r.attrs.href!, xml: parseXml(files[r.attrs.href!]!)}));
  return {bytes: output, report, files, manifest, resources, items};
}

/** Writes the package's files to a folder, for xmllint. */
function extract(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) writeTemp(dir, path.replace(/\//g, '__'), text);
  return dir;
}

const itemOf = (items: {xml: XmlElement}[], title: string) => items.find((i) => i.xml.attrs.title === title)!.xml;

describe('QTI 2.1 package', () => {
  it.each(QUIZZES)('%s: a manifest listing one item resource per question, each with its file, plus a test', (_, make) => {
    const quiz = make();
    const {files, resources, items, report} = unpack(quiz);
    expect(items).toHaveLength(quiz.questions.length);
    expect(report.exported).toEqual(quiz.questions.map((q) => q.id));
    for (const r of resources) expect(findAll(r, 'file').map((f) => f.attrs.href)).toEqual([r.attrs.href]);
    // Every file in the zip is listed, and every listed file is in the zip.
    expect(resources.map((r) => r.attrs.href).sort()).toEqual(Object.keys(files).filter((f) => f !== MANIFEST_FILE).sort());
    expect(resources.find((r) => r.attrs.type === 'imsqti_test_xmlv2p1')?.attrs.href).toBe(TEST_FILE);
    expect(findAll(parseXml(files[TEST_FILE]!), 'assessmentItemRef').map((r) => r.attrs.href).sort()).toEqual(items.map((i) => i.href).sort());
  });

  it.each(QUIZZES)('%s: every file is well-formed and every identifier is an NCName', (_, make) => {
    const {files} = unpack(make());
    const dir = extract(files);
    const lint = xmllint('--noout', '--nonet', ...Object.keys(files).map((f) => join(dir, f.replace(/\//g, '__'))));
    expect(lint.stderr).toBe('');
    for (const text of Object.values(files)) {
      for (const m of text.matchAll(/\s(identifier|responseIdentifier|identifierref|outcomeIdentifier)="([^"]*)"/g)) expect(m[2]).toMatch(NCNAME);
      for (const m of text.matchAll(/<baseValue baseType="identifier">([^<]*)</g)) expect(m[1]).toMatch(NCNAME);
    }
  });

  const schemaTitle = HAS_XSD
    ? 'validates every item and the test against the QTI 2.1 XSD, and the manifest against IMS CP 1.1'
    : `XSD validation skipped: schemas not found at ${XSD_DIR} (they live in ../shared/xsd beside the repo)`;
  it.skipIf(!HAS_XSD).each(QUIZZES)(`%s: ${schemaTitle}`, (_, make) => {
    const {files} = unpack(make());
    const dir = extract(files);
    const path = (f: string) => join(dir, f.replace(/\//g, '__'));
    const qti = Object.keys(files).filter((f) => f !== MANIFEST_FILE);
    const items = xmllint('--noout', '--nonet', '--schema', QTI_XSD, ...qti.map(path));
    expect(items.stderr.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
    expect(items.status).toBe(0);
    const manifest = xmllint('--noout', '--nonet', '--schema', CP_XSD, path(MANIFEST_FILE));
    expect(manifest.stderr.trim()).toMatch(/ validates$/);
    expect(manifest.status).toBe(0);
  });

  it('maps the kinds to choice, text entry (float), order and match interactions with the right correctResponse', () => {
    const quiz = kindsQuiz();
    const {items, report} = unpack(quiz);
    const interaction = (x: XmlElement) => elements(child(x, 'itemBody')!).flatMap((e) => (e.name === 'p' ? elements(e) : [e]))[0]!.name;
    const byTitle = (prompt: string) => itemOf(items, prompt);
    const [date, distance, , timeline, matching] = quiz.questions;
    expect(interaction(byTitle(date!.prompt))).toBe('choiceInteraction');
    expect(correctResponse(byTitle(date!.prompt))).toBe('b');
    const num = byTitle(`${distance!.prompt}`);
    expect(findAll(num, 'textEntryInteraction')).toHaveLength(1);
    expect(findAll(num, 'responseDeclaration')[0]!.attrs.baseType).toBe('float');
    expect(correctResponse(num)).toBe(30);
    expect(findAll(num, 'equal')[0]!.attrs).toMatchObject({toleranceMode: 'absolute', tolerance: '2 2'});
    expect(interaction(byTitle(timeline!.prompt))).toBe('orderInteraction');
    expect(correctResponse(byTitle(timeline!.prompt))).toEqual(['storm', 'ready', 'bridge']);
    const match = byTitle(matching!.prompt);
    expect(interaction(match)).toBe('matchInteraction');
    expect(findAll(match, 'simpleMatchSet').map((s) => elements(s).map((c) => textOf(c)))).toEqual([
      ['We are ready', 'The storm travelled 30 kilometres inland'],
      ['Ana Ruiz', 'Officials', 'The Test Gazette'],
    ]);
    expect(correctResponse(match)).toEqual(['p1 S1', 'p2 S2']);
    expect(report.simplified).toEqual([{id: 'q-distance', why: expect.stringMatching(/kilometers only/)}]);
  });

  it('scores like the element: choice, numeric tolerance, matching per pair, timeline per pair in order', () => {
    const quiz = kindsQuiz();
    const {items} = unpack(quiz);
    const [date, distance, , timeline, matching] = quiz.questions;
    const score = (prompt: string, response: Parameters<typeof scoreItem>[1]) => scoreItem(itemOf(items, prompt), response).get('SCORE');
    expect(score(date!.prompt, 'b')).toBe(1);
    expect(score(date!.prompt, 'a')).toBe(0);
    expect(score(date!.prompt, null)).toBe(0);
    expect([27.9, 28, 31.5, 32, 32.1].map((v) => score(distance!.prompt, v))).toEqual([0, 2, 2, 2, 0]);
    expect(score(distance!.prompt, null)).toBe(0);
    expect(score(matching!.prompt, ['p1 S1', 'p2 S2'])).toBe(2);
    expect(score(matching!.prompt, ['p1 S1', 'p2 S3'])).toBe(1);
    expect(score(matching!.prompt, ['p1 S2', 'p2 S1'])).toBe(0);
    expect(score(matching!.prompt, null)).toBe(0);
    if (timeline?.kind !== 'timeline') throw new Error('fixture');
    const ids = timeline.items.map((i) => i.id);
    const permutations = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    for (const order of permutations(ids)) {
      expect(score(timeline.prompt, order), order.join(',')).toBeCloseTo(orderCredit(ids, order) * timeline.points, 9);
    }
    expect(score(timeline.prompt, null)).toBe(0);
  });

  it('asks other quantities in the stated unit, scored with its tolerance', () => {
    const quiz = measureQuiz();
    const {items, report} = unpack(quiz);
    const [speed, heat] = quiz.questions;
    const item = (prompt: string) => itemOf(items, prompt);
    expect(textOf(findAll(item(speed!.prompt), 'p')[1])).toContain('kilometers per hour');
    expect(findAll(item(heat!.prompt), 'equal')[0]!.attrs).toMatchObject({toleranceMode: 'absolute', tolerance: '2 2'});
    const score = (prompt: string, value: number) => scoreItem(item(prompt), value).get('SCORE');
    expect([114, 115, 125, 126].map((v) => score(speed!.prompt, v))).toEqual([0, 1, 1, 0]);
    expect([92.9, 93, 97, 97.1].map((v) => score(heat!.prompt, v))).toEqual([0, 1, 1, 0]);
    expect(report.simplified.map((s) => s.id)).toEqual(['m-speed', 'm-heat']);
  });

  it('scores a five-event timeline by pairs too', () => {
    const quiz = kindsQuiz();
    const timeline = quiz.questions[3];
    if (timeline?.kind !== 'timeline') throw new Error('fixture');
    for (const id of ['d', 'e']) timeline.items.push({...timeline.items[0]!, id, text: `Event ${id}`});
    const ids = timeline.items.map((i) => i.id);
    const item = itemOf(unpack(quiz).items, timeline.prompt);
    for (const order of [ids, [...ids].reverse(), ['ready', 'storm', 'bridge', 'e', 'd'], ['e', 'storm', 'ready', 'bridge', 'd']]) {
      expect(scoreItem(item, order).get('SCORE'), order.join(',')).toBeCloseTo(orderCredit(ids, order) * timeline.points, 9);
    }
  });

  it('gives ids that are not NCNames (colon, leading digit) distinct identifiers and file names', () => {
    const {items} = unpack(hostileQuiz());
    const ids = items.map((i) => i.xml.attrs.identifier!);
    expect(ids).toContain('Q_1_odd');
    expect(ids).toContain('Q_1_odd_2');
    expect(new Set(items.map((i) => i.href.toLowerCase())).size).toBe(items.length);
  });

  it('is deterministic: the same quiz gives the same bytes', () => {
    const a = quizToQtiPackage(kindsQuiz()).output;
    const b = quizToQtiPackage(kindsQuiz()).output;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = kindsQuiz();
    other.questions[0]!.prompt += '!';
    expect(Buffer.from(quizToQtiPackage(other).output).equals(Buffer.from(a))).toBe(false);
  });
});
