/**
 * README's reference tables against the Custom Elements Manifest made from the element's JSDoc
 * (src/cli/manifest.ts), both ways: every attribute, public property, method, event, CSS part and custom
 * property of the manifest has its README row, and every README row is in the manifest. A difference fails
 * with the item's name. The manifest itself is checked against the element's templates and styles.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import type {Attribute, ClassDeclaration, ClassField, ClassMethod, CustomElement, Package} from 'custom-elements-manifest/schema';
import {beforeAll, describe, expect, it} from 'vitest';
import {cleanManifest, ELEMENT_SOURCE, generateManifest, serializeManifest} from '../src/cli/manifest.js';

type Element = ClassDeclaration & CustomElement;

function elementOf(manifest: Package): Element {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => (d as {tagName?: string}).tagName === 'article-quiz');
  if (found.length !== 1) throw new Error(`expected one <article-quiz> declaration in the manifest, found ${found.length}`);
  return found[0] as Element;
}

// ---- README tables ---------------------------------------------------------------------------------------

/** The text of `## heading` up to the next `## `. */
function section(readme: string, heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

interface Table {
  header: string[];
  rows: string[][];
}

/** Markdown tables in a text, each with its header cells and its rows' cells. */
function tables(text: string): Table[] {
  const found: Table[] = [];
  const lines = text.split('\n');
  const cells = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('|') || !/^\|[\s|:-]+\|$/.test(lines[i + 1]!.trim())) continue;
    const table: Table = {header: cells(lines[i]!), rows: []};
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) table.rows.push(cells(lines[j]!));
    found.push(table);
    i = j;
  }
  return found;
}

function tableWith(text: string, firstHeader: string, where: string): Table {
  const table = tables(text).find((t) => t.header[0] === firstHeader);
  if (!table) throw new Error(`README "${where}" has no table whose first column is "${firstHeader}"`);
  return table;
}

/** The code spans of a cell: "`button`, `primary-button`" → ['button', 'primary-button']. */
const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The top-level keys of "{a, b: {c, d}, e}". */
function topLevelKeys(object: string): string[] {
  let depth = 0;
  let flat = '';
  for (const ch of object.trim().replace(/^\{|\}$/g, '')) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0) flat += ch;
  }
  return flat
    .split(',')
    .map((key) => key.split(':')[0]!.trim())
    .filter(Boolean)
    .sort();
}

/** A manifest default as README writes it: `'practice'` → practice, `20_000` → 20000. */
const plainDefault = (value: string) => value.replace(/^(['"`])(.*)\1$/, '$2').replace(/(\d)_(?=\d)/g, '$1');

/**
 * Every difference between README's tables and the manifest, one line each. Empty when they agree.
 * Defaults: a README default written as code (`practice`) must be the element's default, and an element
 * default must be in README as code, except `false` on a boolean, which README writes as "off".
 */
export function differences(readme: string, manifest: Package): string[] {
  const element = elementOf(manifest);
  const problems: string[] = [];
  const attributes = element.attributes ?? [];
  const fields = (element.members ?? []).filter((m): m is ClassField => m.kind === 'field' && !m.static);
  const methods = (element.members ?? []).filter((m): m is ClassMethod => m.kind === 'method' && !m.static);

  // Attributes and properties: | attribute | property | default | meaning |
  const props = section(readme, 'Attributes and properties');
  const propTable = tableWith(props, 'attribute', 'Attributes and properties');
  const rows = propTable.rows.map(([attribute = '', property = '', fallback = '']) => ({
    attribute: codes(attribute)[0] ?? null,
    property: codes(property)[0] ?? '',
    defaults: codes(fallback),
    fallback,
  }));
  const NONE = 'README "Attributes and properties"';
  for (const attribute of attributes as Attribute[]) {
    const row = rows.find((r) => r.attribute === attribute.name);
    if (!row) problems.push(`${NONE} lacks attribute \`${attribute.name}\` (property \`${attribute.fieldName}\`)`);
    else if (row.property !== attribute.fieldName) problems.push(`${NONE}: attribute \`${attribute.name}\` has property \`${row.property}\`, the element \`${attribute.fieldName}\``);
  }
  for (const field of fields) {
    const row = rows.find((r) => r.property === field.name);
    const attribute = (field as ClassField & {attribute?: string}).attribute ?? null;
    if (!row) {
      // A missing attribute's row is reported above.
      if (!attribute) problems.push(`${NONE} lacks property \`${field.name}\` (no attribute)`);
      continue;
    }
    if (row.attribute !== attribute) problems.push(`${NONE}: property \`${field.name}\` has attribute ${row.attribute ? `\`${row.attribute}\`` : '—'}, the element ${attribute ? `\`${attribute}\`` : 'none'}`);
    const declared = field.default === undefined ? null : plainDefault(field.default);
    const offForFalse = declared === 'false' && field.type?.text === 'boolean' && /^off$/i.test(row.fallback);
    if (declared !== null && !offForFalse && !row.defaults.includes(declared)) problems.push(`${NONE}: \`${field.name}\` defaults to \`${declared}\` in the element, README says "${row.fallback}"`);
    if (declared === null && row.defaults.length) problems.push(`${NONE}: \`${field.name}\` has no default in the element, README says \`${row.defaults.join('`, `')}\``);
  }
  for (const row of rows) {
    if (!fields.some((f) => f.name === row.property)) problems.push(`${NONE} has property \`${row.property}\`, which the element does not declare`);
    if (row.attribute && !attributes.some((a) => a.name === row.attribute)) problems.push(`${NONE} has attribute \`${row.attribute}\`, which the element does not declare`);
  }
  const mentioned = new Set([...props.matchAll(/`(\w+)\(\)`/g)].map((m) => m[1]!));
  for (const method of methods) if (!mentioned.has(method.name)) problems.push(`${NONE} does not mention method \`${method.name}()\``);
  for (const name of mentioned) if (!methods.some((m) => m.name === name)) problems.push(`${NONE} mentions method \`${name}()\`, which the element does not declare`);

  // Events: | event | when | `event.detail` |
  const eventTable = tableWith(section(readme, 'Events'), 'event', 'Events');
  const events = element.events ?? [];
  for (const event of events) {
    const row = eventTable.rows.find((r) => codes(r[0] ?? '')[0] === event.name);
    if (!row) {
      problems.push(`README "Events" lacks event \`${event.name}\``);
      continue;
    }
    const jsdoc = /Detail: `(\{.*\})`/.exec(event.description ?? '')?.[1];
    const readmeDetail = codes(row[2] ?? '')[0];
    if (jsdoc && readmeDetail && topLevelKeys(jsdoc).join() !== topLevelKeys(readmeDetail).join()) {
      problems.push(`README "Events": \`${event.name}\` detail is ${readmeDetail}, the element's JSDoc says ${jsdoc}`);
    }
  }
  for (const row of eventTable.rows) {
    const name = codes(row[0] ?? '')[0] ?? row[0];
    if (!events.some((e) => e.name === name)) problems.push(`README "Events" has event \`${name}\`, which the element's JSDoc has no @fires for`);
  }

  // Theming: | custom property | default (light / dark) | used for |  and  | part | element |
  const theming = section(readme, 'Theming');
  const propRows = tableWith(theming, 'custom property', 'Theming').rows.map(([name = '', fallback = '']) => ({name: codes(name)[0] ?? name, fallback}));
  const cssProperties = element.cssProperties ?? [];
  for (const property of cssProperties) {
    const row = propRows.find((r) => r.name === property.name);
    if (!row) problems.push(`README "Theming" lacks custom property \`${property.name}\``);
    else if (property.default !== undefined && !codes(row.fallback).includes(property.default) && !row.fallback.includes(property.default)) {
      problems.push(`README "Theming": \`${property.name}\` defaults to ${property.default} in the element's JSDoc, README says "${row.fallback}"`);
    }
  }
  for (const row of propRows) {
    if (!cssProperties.some((p) => p.name === row.name)) problems.push(`README "Theming" has custom property \`${row.name}\`, which the element's JSDoc has no @cssprop for`);
  }
  const partNames = tableWith(theming, 'part', 'Theming').rows.flatMap(([cell = '']) => codes(cell));
  const cssParts = element.cssParts ?? [];
  for (const part of cssParts) if (!partNames.includes(part.name)) problems.push(`README "Theming" lacks part \`${part.name}\``);
  for (const name of partNames) if (!cssParts.some((p) => p.name === name)) problems.push(`README "Theming" has part \`${name}\`, which the element's JSDoc has no @csspart for`);

  return problems;
}

// ---- the element's source ----------------------------------------------------------------------------------

const ELEMENT_DIR = 'src/element';
const elementSources = () =>
  readdirSync(ELEMENT_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ELEMENT_DIR, f), 'utf8'));

// ---- tests -------------------------------------------------------------------------------------------------

let manifest: Package;
let readme: string;

beforeAll(async () => {
  manifest = await generateManifest();
  readme = readFileSync('README.md', 'utf8');
}, 60_000);

describe('the custom elements manifest', () => {
  it('describes <article-quiz> with its public API only', () => {
    const element = elementOf(manifest);
    const members = (element.members ?? []).map((m) => m.name);
    expect(members).toEqual(expect.arrayContaining(['src', 'mode', 'quiz', 'printWorksheet', 'printAnswerKey']));
    // Internal state ({state: true}) and private members are no part of it.
    for (const internal of ['screen', 'loaded', 'failure', 'run', 'drafts', 'saved', 'storageNote', 'inputError', 'announcement', 'clock']) {
      expect(members, internal).not.toContain(internal);
      expect((element.attributes ?? []).map((a) => a.name), internal).not.toContain(internal);
    }
    expect(members.filter((name) => name.startsWith('#'))).toEqual([]);
    expect((element.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name)).toEqual([]);
    expect((element.events ?? []).every((e) => e.name && e.type?.text)).toBe(true);
    expect(serializeManifest(manifest)).not.toMatch(/\/(?:work|tmp|home|Users)\//);
  });

  it('refuses an event the element dispatches without a @fires for it', () => {
    const raw: Package = {
      schemaVersion: '1.0.0',
      modules: [{kind: 'javascript-module', path: ELEMENT_SOURCE, declarations: [{kind: 'class', name: 'ArticleQuiz', customElement: true, tagName: 'article-quiz', events: []} as Element]}],
    };
    const source = 'static override properties = {\n  mode: {},\n};\nthis.dispatchEvent(new QuizStartEvent({}));';
    const events = readFileSync('src/element/events.ts', 'utf8');
    expect(() => cleanManifest(raw, source, events)).toThrow('has no @fires quiz-start');
  });

  it('is the same every time', async () => {
    expect(serializeManifest(await generateManifest())).toBe(serializeManifest(manifest));
  });

  it('lists every CSS part the templates use and every custom property the styles read', () => {
    const element = elementOf(manifest);
    const sources = elementSources().join('\n');
    const parts = new Set([...sources.matchAll(/\bpart="([^"$]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
    const properties = new Set([...sources.matchAll(/var\((--article-quiz-[\w-]+)/g)].map((m) => m[1]!));
    const declaredParts = new Set((element.cssParts ?? []).map((p) => p.name));
    const declaredProperties = new Set((element.cssProperties ?? []).map((p) => p.name));
    expect([...parts].filter((p) => !declaredParts.has(p)), 'parts used in src/element without an @csspart').toEqual([]);
    expect([...properties].filter((p) => !declaredProperties.has(p)).sort(), 'custom properties read in src/element without an @cssprop').toEqual([]);
    expect([...declaredParts].filter((p) => !parts.has(p)), '@csspart never used in src/element').toEqual([]);
    expect([...declaredProperties].filter((p) => !properties.has(p)), '@cssprop never read in src/element').toEqual([]);
  });
});

describe('README', () => {
  it("has the manifest's attributes, properties, methods, events, parts and custom properties, and nothing else", () => {
    expect(differences(readme, manifest)).toEqual([]);
  });

  it('is checked: a missing row, an extra row or a wrong default is reported by name', () => {
    const broken = readme
      .replace(/^\| `count` \|.*\n/m, '')
      .replace(/^(\| `--article-quiz-radius` \|.*\n)/m, '$1| `--article-quiz-made-up` | `0` | nothing |\n')
      .replace(/^\| `quiz-error` \|.*\n/m, '')
      .replace('| `mode` | `mode` | `practice` |', '| `mode` | `mode` | `test` |');
    expect(broken).not.toBe(readme);
    const found = differences(broken, manifest).join('\n');
    expect(found).toContain('lacks attribute `count`');
    expect(found).toContain('`--article-quiz-made-up`');
    expect(found).toContain('lacks event `quiz-error`');
    expect(found).toContain('`mode` defaults to `practice`');
  });
});
