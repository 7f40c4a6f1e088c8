/**
 * `npm run package:scorm -- questions/NAME.json [-o NAME.scorm12.zip] [--pass-mark 60] [--mode test]`
 * builds a SCORM 1.2 package of the quiz from the embed in dist/cdn (the npm script builds it first).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';
import {checkQuizData} from '../format/parse.js';
import {scormPackage} from '../lms/scorm-package.js';
import {writeFileAtomic} from './write-atomic.js';

const EMBED = 'dist/cdn';

function fail(message: string, code = 1): never {
  console.error(`package:scorm: ${message}`);
  process.exit(code);
}

const args = process.argv.slice(2);
let input: string | undefined;
let output: string | undefined;
let passMark: number | undefined;
let mode: 'practice' | 'test' | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = () => args[++i] ?? fail(`${arg} needs a value`, 2);
  if (arg === '-o' || arg === '--output') output = value();
  else if (arg === '--pass-mark') {
    passMark = Number(value());
    if (!(passMark >= 0 && passMark <= 100)) fail('--pass-mark must be a percentage from 0 to 100', 2);
  } else if (arg === '--mode') {
    const m = value();
    if (m !== 'practice' && m !== 'test') fail('--mode must be practice or test', 2);
    mode = m;
  } else if (arg.startsWith('-')) fail(`unknown option ${arg}`, 2);
  else if (input) fail('give one question file', 2);
  else input = arg;
}
if (!input) fail('usage: npm run package:scorm -- questions/NAME.json [-o OUT.zip] [--pass-mark N] [--mode test]', 2);

let text: string;
try {
  text = readFileSync(input, 'utf8');
} catch {
  fail(`${input}: cannot read the file`);
}
let data: unknown;
try {
  data = JSON.parse(text);
} catch (error) {
  fail(`${input}: not JSON (${(error as Error).message})`);
}
const checked = checkQuizData(data, input);
if (!checked.ok) fail(`${checked.message}\n  ${checked.issues.join('\n  ')}`);
if (!existsSync(join(EMBED, 'article-quiz.js'))) fail(`${EMBED}/article-quiz.js is missing: run \`npx vite build\` first`);

const embed = Object.fromEntries(readdirSync(EMBED).filter((f) => f.endsWith('.js')).map((f) => [f, new Uint8Array(readFileSync(join(EMBED, f)))]));
const target = output ?? join(dirname(input), `${basename(input, '.json')}.scorm12.zip`);
writeFileAtomic(target, scormPackage(checked.quiz, {embed, passMark, mode}));
console.error(`package:scorm: wrote ${target} (SCORM 1.2: imsmanifest.xml, index.html, quiz.json, ${Object.keys(embed).length} script files)`);
