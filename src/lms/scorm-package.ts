/**
 * A SCORM 1.2 package (Moodle plays only 1.2; Canvas and Blackboard import it too): imsmanifest.xml, a launch
 * page, the embed's files and the question file, zipped. Pure: the caller supplies the files' bytes.
 */
import {strToU8, zipSync} from 'fflate';
import type {QuizFile} from '../format/types.js';
import {serializeQuiz} from '../format/serialize.js';
import {scormIdentifier} from './scorm.js';

export interface ScormPackageOptions {
  /** The embed's files (dist/cdn), by file name; `article-quiz.js` is the entry. */
  embed: Record<string, Uint8Array>;
  /** Percentage that passes; also the manifest's mastery score. */
  passMark?: number;
  mode?: 'practice' | 'test';
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

export function manifest(quiz: QuizFile, files: string[], passMark?: number): string {
  const id = scormIdentifier(quiz.id).replace(/[:.]/g, '-');
  const title = xml(quiz.article.title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="article-quiz-${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${title}</title>
      <item identifier="item-${id}" identifierref="res-${id}" isvisible="true">
        <title>${title}</title>${passMark !== undefined ? `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>` : ''}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" adlcp:scormtype="sco" href="index.html">
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
    'imsmanifest.xml': [strToU8(manifest(quiz, files, options.passMark)), {mtime: ZIP_MTIME}],
  };
  for (const name of files) entries[name] = [content[name]!, {mtime: ZIP_MTIME}];
  return zipSync(entries, {level: 9});
}
