/** Shared by the export tests: a hostile fixture, xmllint, and a tiny reader for the XML we write. */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {QuizFile} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {kindsQuiz} from '../fixtures.js';

export const REPO = join(__dirname, '../..');
/** The IMS schemas live beside the repo (../shared/xsd); a fresh clone elsewhere may not have them. */
export const XSD_DIR = process.env.ARTICLE_QUIZ_XSD_DIR ?? join(REPO, '../shared/xsd');
export const QTI_XSD = join(XSD_DIR, 'qtiv2p1/imsqti_v2p1.xsd');
export const CP_XSD = join(XSD_DIR, 'imscp_v1p1.xsd');
export const HAS_XSD = existsSync(QTI_XSD) && existsSync(CP_XSD);

/** Every GIFT control character, XML/HTML markup, quotes and line breaks, in prompts, choices and pairs. */
export const HOSTILE = 'A ~tilde =equals #hash {brace} colon: back\\slash <b>&amp;</b> "double" \'single\' -> arrow';

export function hostileQuiz(): QuizFile {
  const quiz = kindsQuiz();
  quiz.id = 'hostile-quiz';
  quiz.article.title = `Title with ${HOSTILE}`;
  quiz.article.paragraphs[0] += ` ${HOSTILE}`;
  const [date, distance, quote, timeline, matching] = quiz.questions;
  if (date?.kind !== 'single-choice' || distance?.kind !== 'numeric' || quote?.kind !== 'single-choice') throw new Error('fixture changed');
  if (timeline?.kind !== 'timeline' || matching?.kind !== 'matching') throw new Error('fixture changed');
  // Ids the validator allows but XML identifiers do not: a colon, a leading digit, and a clash once cleaned.
  date.id = '1:odd';
  quote.id = '1_odd';
  date.prompt = `Line one ${HOSTILE}\nline two?`;
  date.choices[0]!.text = `{=~#:} ${HOSTILE}`;
  date.choices[1]!.text = '[plain] Friday = 5 < 6 & "so"';
  date.explanation = `Because: ${HOSTILE}`;
  distance.prompt = `How far {#}? ${HOSTILE}`;
  timeline.items[0]!.text = `Storm -> inland {1} ${HOSTILE}`;
  matching.pairs[0]!.prompt = `We are ready -> go = ~ # ${HOSTILE}`;
  matching.pairs[0]!.answer = 'Ana {Ruiz} = ~mayor: #1';
  matching.distractors = ['The <Test> Gazette & Co'];
  const checked = validateQuizFile(quiz);
  if (!checked.ok) throw new Error(`hostile fixture is invalid: ${JSON.stringify(checked.issues)}`);
  return quiz;
}

/** The HTML we write for plain text, read back as that text. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'aq-export-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

export function xmllint(...args: string[]): {status: number; stderr: string; stdout: string} {
  const r = spawnSync('xmllint', args, {encoding: 'utf8'});
  if (r.error) throw r.error;
  return {status: r.status ?? 1, stderr: r.stderr, stdout: r.stdout};
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/**
 * Reads the XML our exporters write (no DTD, CDATA or numeric references), after xmllint has found it
 * well-formed; enough to check structure and answers without an XML library.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = {name: '#document', attrs: {}, children: []};
  const stack = [root];
  const token = /<\?[^]*?\?>|<!--[^]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      if (m[5].trim()) top.children.push(decode(m[5]));
    } else if (m[2] && m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
      const el: XmlElement = {name: m[2], attrs, children: []};
      top.children.push(el);
      if (!m[4]) stack.push(el);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root.children.find((c): c is XmlElement => typeof c !== 'string')!;
}

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');

/** Every descendant (and the element itself) named `name`. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const found = el.name === name ? [el] : [];
  for (const child of elements(el)) found.push(...findAll(child, name));
  return found;
}

export function child(el: XmlElement, name: string): XmlElement | undefined {
  return elements(el).find((c) => c.name === name);
}

/** The text inside an element, markup children included as their text. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children.map((c) => (typeof c === 'string' ? c : c.name === 'br' ? '\n' : textOf(c))).join('');
}

export const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
