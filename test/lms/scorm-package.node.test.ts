/**
 * The SCORM package builder and its command line, without a browser: both manifests (1.2 and 2004 4th Edition),
 * checked with xmllint, and the CLI's arguments and exit codes. test/e2e/scorm-package.node.test.ts runs the
 * packages in Chromium.
 */
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {strFromU8, unzipSync} from 'fflate';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {defaultOutput, main, parseArgs, UsageError} from '../../src/cli/package-scorm.js';
import {manifest, scormPackage, type ScormVersion} from '../../src/lms/scorm-package.js';
import {CP_XSD, child, elements, findAll, HAS_XSD, hostileQuiz, NCNAME, parseXml, tempDir, textOf, XSD_DIR, xmllint} from '../export/helpers.js';
import {kindsQuiz} from '../fixtures.js';

const embed = {'article-quiz.js': new TextEncoder().encode('export {};'), 'chunk-a.js': new TextEncoder().encode('export const a = 1;')};

function unpack(version: ScormVersion, passMark?: number, quiz = kindsQuiz()): Record<string, string> {
  const files = unzipSync(scormPackage(quiz, {embed, passMark, version}));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function lintFile(text: string, ...args: string[]) {
  const path = join(tempDir(), 'imsmanifest.xml');
  writeFileSync(path, text);
  return xmllint('--noout', '--nonet', ...args, path);
}

afterEach(() => vi.restoreAllMocks());

describe('SCORM 2004 4th Edition manifest', () => {
  it('is well-formed, names the 2004 4th Edition schemas and has one organization, one item and one SCO', () => {
    const text = unpack('2004', 62.5)['imsmanifest.xml']!;
    expect(lintFile(text).stderr).toBe('');
    const root = parseXml(text);
    expect(root.attrs).toMatchObject({
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    });
    expect(textOf(child(child(root, 'metadata')!, 'schema'))).toBe('ADL SCORM');
    expect(textOf(child(child(root, 'metadata')!, 'schemaversion'))).toBe('2004 4th Edition');
    const organizations = child(root, 'organizations')!;
    expect(elements(organizations).map((o) => o.name)).toEqual(['organization']);
    expect(organizations.attrs.default).toBe(child(organizations, 'organization')!.attrs.identifier);
    const items = findAll(root, 'item');
    expect(items).toHaveLength(1);
    const resources = findAll(root, 'resource');
    expect(resources).toHaveLength(1);
    expect(resources[0]!.attrs).toMatchObject({type: 'webcontent', 'adlcp:scormType': 'sco', href: 'index.html', identifier: items[0]!.attrs.identifierref});
    for (const m of text.matchAll(/\s(identifier|identifierref|default)="([^"]*)"/g)) expect(m[2]).toMatch(NCNAME);
  });

  it('says the pass mark the 2004 way: the primary objective is satisfied by a scaled score of at least pass mark / 100', () => {
    const item = findAll(parseXml(unpack('2004', 62.5)['imsmanifest.xml']!), 'item')[0]!;
    // The item's title, then its sequencing (the IMSSS extension comes after the CP elements).
    expect(elements(item).map((e) => e.name)).toEqual(['title', 'imsss:sequencing']);
    const sequencing = child(item, 'imsss:sequencing')!;
    expect(elements(sequencing).map((e) => e.name)).toEqual(['imsss:objectives', 'imsss:deliveryControls']);
    const primary = findAll(sequencing, 'imsss:primaryObjective');
    expect(primary).toHaveLength(1);
    expect(primary[0]!.attrs.satisfiedByMeasure).toBe('true');
    expect(primary[0]!.attrs.objectiveID).toMatch(/^[A-Za-z][\w-]*$/);
    expect(textOf(child(primary[0]!, 'imsss:minNormalizedMeasure'))).toBe('0.625');
    // The quiz reports completion and success itself; the platform is not to set them when the attempt ends.
    expect(child(sequencing, 'imsss:deliveryControls')!.attrs).toEqual({completionSetByContent: 'true', objectiveSetByContent: 'true'});
    // No pass mark: no objective to satisfy by measure (and none of 1.2's masteryscore).
    const plain = unpack('2004')['imsmanifest.xml']!;
    expect(plain).not.toContain('imsss:objectives');
    expect(plain).not.toContain('masteryscore');
  });

  it('writes a pass mark as a plain decimal from 0 to 1', () => {
    const measure = (passMark: number) => manifest(kindsQuiz(), ['index.html'], passMark, '2004').match(/<imsss:minNormalizedMeasure>([^<]*)</)![1];
    expect([0, 0.004, 0.01, 50, 62.5, 66.666, 100].map(measure)).toEqual(['0', '0', '0.0001', '0.5', '0.625', '0.6667', '1']);
  });

  const xsdTitle = HAS_XSD
    ? 'validates against the IMS CP 1.1.4 schema (the ADL and IMSSS parts are checked laxly: their schemas are not here)'
    : `XSD validation skipped: schemas not found at ${XSD_DIR} (they live in ../shared/xsd beside the repo)`;
  it.skipIf(!HAS_XSD)(xsdTitle, () => {
    const text = unpack('2004', 50, hostileQuiz())['imsmanifest.xml']!;
    const valid = lintFile(text, '--schema', CP_XSD);
    expect(valid.stderr.trim()).toMatch(/ validates$/);
    // The schema does bite: a resource without its identifier, or an unknown element of IMS CP, is refused.
    expect(lintFile(text.replace(/<resource identifier="[^"]*"/, '<resource'), '--schema', CP_XSD).status).not.toBe(0);
    expect(lintFile(text.replace('<file href=', '<flie href='), '--schema', CP_XSD).stderr).toMatch(/flie.*not expected/);
  });
});

describe('one builder for both versions', () => {
  it('keeps the 1.2 manifest and differs between versions only in imsmanifest.xml', () => {
    const v12 = unpack('1.2', 50);
    const v2004 = unpack('2004', 50);
    expect(v12['imsmanifest.xml']).toContain('<schemaversion>1.2</schemaversion>');
    expect(v12['imsmanifest.xml']).toContain('<adlcp:masteryscore>50</adlcp:masteryscore>');
    expect(v12['imsmanifest.xml']).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(lintFile(v12['imsmanifest.xml']!).stderr).toBe('');
    const {['imsmanifest.xml']: _a, ...rest12} = v12;
    const {['imsmanifest.xml']: _b, ...rest2004} = v2004;
    expect(rest2004).toEqual(rest12);
    expect(Object.keys(rest2004).sort()).toEqual(['article-quiz.js', 'chunk-a.js', 'index.html', 'quiz.json']);
    // Every file but the manifest is listed in the 2004 manifest too.
    const listed = [...v2004['imsmanifest.xml']!.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed).toEqual(Object.keys(rest2004).sort());
    // Same input, same bytes; 1.2 stays the default.
    const quiz = kindsQuiz();
    expect(scormPackage(quiz, {embed, version: '2004'})).toEqual(scormPackage(quiz, {embed, version: '2004'}));
    expect(scormPackage(quiz, {embed})).toEqual(scormPackage(quiz, {embed, version: '1.2'}));
  });
});

/** Runs the CLI in-process, returning its exit code and what it wrote to stderr. */
function cli(...args: string[]): {code: number; stderr: string} {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return {code: main(args), stderr};
  } finally {
    vi.restoreAllMocks();
  }
}

describe('package:scorm command line', () => {
  it('reads --scorm (1.2 unless told), -o, --pass-mark and --mode', () => {
    expect(parseArgs(['q.json'])).toEqual({input: 'q.json', output: null, version: '1.2'});
    expect(parseArgs(['--', '--scorm', '2004', 'q.json', '-o', 'x.zip', '--pass-mark', '60', '--mode', 'test'])).toEqual({
      input: 'q.json',
      output: 'x.zip',
      version: '2004',
      passMark: 60,
      mode: 'test',
    });
    expect(parseArgs(['--scorm=1.2', '--pass-mark=62.5', 'q.json'])).toMatchObject({version: '1.2', passMark: 62.5});
    expect(defaultOutput('questions/kharkiv.json', '1.2')).toBe('questions/kharkiv.scorm12.zip');
    expect(defaultOutput('questions/kharkiv.json', '2004')).toBe('questions/kharkiv.scorm2004.zip');
  });

  it('refuses a bad command line with what was expected', () => {
    expect(() => parseArgs(['--scorm', '2005', 'q.json'])).toThrow(new UsageError('unknown SCORM version "2005": expected 1.2 or 2004'));
    expect(() => parseArgs(['--scorm', 'q.json'])).toThrow(/unknown SCORM version "q.json"/);
    expect(() => parseArgs(['q.json', '--scorm'])).toThrow(/--scorm needs a value/);
    expect(() => parseArgs(['--pass-mark', '150', 'q.json'])).toThrow(/--pass-mark must be a percentage from 0 to 100, got "150"/);
    expect(() => parseArgs(['--pass-mark', '-5', 'q.json'])).toThrow(/--pass-mark must be a percentage/);
    expect(() => parseArgs(['--mode', 'exam', 'q.json'])).toThrow(/--mode must be practice or test/);
    expect(() => parseArgs(['--bogus', 'q.json'])).toThrow(/unknown option --bogus; usage: package:scorm \[--scorm 1.2\|2004\]/);
    expect(() => parseArgs(['a.json', 'b.json'])).toThrow(/more than one question file/);
    expect(() => parseArgs([])).toThrow(UsageError);
  });

  it('exits 2 on a usage error and 1 on a bad file, naming the file', () => {
    expect(cli('--scorm', '2005', 'q.json')).toEqual({code: 2, stderr: 'package:scorm: unknown SCORM version "2005": expected 1.2 or 2004\n'});
    const dir = tempDir();
    const missing = cli('--scorm', '2004', join(dir, 'nope.json'));
    expect(missing).toEqual({code: 1, stderr: expect.stringMatching(/nope\.json: cannot read file \(ENOENT\)/)});
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    expect(cli(broken)).toEqual({code: 1, stderr: expect.stringMatching(/broken\.json: not valid JSON/)});
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify({format: 'article-quiz', version: 9}));
    expect(cli(old)).toEqual({code: 1, stderr: expect.stringMatching(/old\.json: not a valid question file:\n {2}version: unsupported format version 9/)});
    expect(cli(old, '-o', old)).toEqual({code: 1, stderr: expect.stringMatching(/would overwrite the question file/)});
  });
});
