/**
 * A SCORM package: imsmanifest.xml, a launch page, the embed's files and the question file, zipped. SCORM 1.2 by
 * default (Moodle plays only 1.2); SCORM 2004 4th Edition for platforms that keep completion and success apart
 * (Canvas, Blackboard, SCORM Cloud). Only the manifest differs: the element speaks both at run time.
 * Pure: the caller supplies the files' bytes.
 */
import {strToU8, zipSync} from 'fflate';
import type {QuizFile} from '../format/types.js';
import {serializeQuiz} from '../format/serialize.js';
import type {FoundApi} from './find-api.js';
import {scormIdentifier} from './scorm.js';

export type ScormVersion = FoundApi['version'];
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

export interface ScormPackageOptions {
  /** The embed's files (dist/cdn), by file name; `article-quiz.js` is the entry. */
  embed: Record<string, Uint8Array>;
  /** Percentage that passes; also in the manifest (1.2: mastery score; 2004: the objective's minimum scaled score). */
  passMark?: number;
  mode?: 'practice' | 'test';
  /** Which manifest to write; 1.2 when not given. */
  version?: ScormVersion;
}

// A fixed date for every entry, so the same input always gives the same bytes.
const ZIP_MTIME = new Date('2024-01-01T00:00:00Z');

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function launchPage(quiz: QuizFile, options: Pick<ScormPackageOptions, 'passMark' | 'mode'>): string {
  const attributes = [
    'src="quiz.json"',
    options.mode === 'test' ? 'mode="test"' : '',
    options.passMark !== undefined ? `pass-mark="${options.passMark}"` : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${xml(quiz.article.language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${xml(quiz.article.title)}</title>
    <style>body { margin: 0; padding: 1rem; font-family: system-ui, sans-serif; } article-quiz { margin: 0 auto; }</style>
    <script type="module" src="article-quiz.js"></script>
  </head>
  <body>
    <article-quiz ${attributes.join(' ')}></article-quiz>
  </body>
</html>
`;
}

// What each version's manifest says differently; the rest of the manifest is shared.
const VERSIONS = {
  '1.2': {
    namespaces: `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`,
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
    item: (passMark: number | undefined) => (passMark !== undefined ? `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>` : ''),
    itemAttributes: ' isvisible="true"',
  },
  '2004': {
    namespaces: `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`,
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
    // The pass mark as the primary objective's minimum scaled score (SN 3.10: satisfied when cmi.score.scaled
    // reaches it; the platform also hands it to the SCO as cmi.scaled_passing_score). The quiz reports
    // completion and success itself, so the platform must not set them at the end of the attempt.
    item: (passMark: number | undefined, id: string) => `
        <imsss:sequencing>${
          passMark !== undefined
            ? `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="passed-${id}" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${normalized(passMark)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`
            : ''
        }
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`,
    itemAttributes: '',
  },
} satisfies Record<ScormVersion, unknown>;

/** A percentage as a 0..1 decimal, to the 4 digits platforms must keep (SN 3.10), never in exponent notation. */
function normalized(percent: number): string {
  return String(Math.round(percent * 100) / 10000);
}

export function manifest(quiz: QuizFile, files: string[], passMark?: number, version: ScormVersion = '1.2'): string {
  const id = scormIdentifier(quiz.id).replace(/[:.]/g, '-');
  const title = xml(quiz.article.title);
  const v = VERSIONS[version];
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="article-quiz-${id}" version="1.0"
  ${v.namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${title}</title>
      <item identifier="item-${id}" identifierref="res-${id}"${v.itemAttributes}>
        <title>${title}</title>${v.item(passMark, id)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" ${v.scormType}="sco" href="index.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The zip's bytes; the same quiz, options and embed always give the same bytes. */
export function scormPackage(quiz: QuizFile, options: ScormPackageOptions): Uint8Array {
  if (!options.embed['article-quiz.js']) throw new Error('the embed files must include article-quiz.js (run `vite build` first)');
  const content: Record<string, Uint8Array> = {
    'index.html': strToU8(launchPage(quiz, options)),
    'quiz.json': strToU8(serializeQuiz(quiz)),
    ...options.embed,
  };
  const files = Object.keys(content).sort();
  const entries: Record<string, [Uint8Array, {mtime: Date}]> = {
    'imsmanifest.xml': [strToU8(manifest(quiz, files, options.passMark, options.version)), {mtime: ZIP_MTIME}],
  };
  for (const name of files) entries[name] = [content[name]!, {mtime: ZIP_MTIME}];
  return zipSync(entries, {level: 9});
}
