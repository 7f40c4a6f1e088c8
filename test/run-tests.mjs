#!/usr/bin/env node
// `npm test`: type-check, then every Vitest project (Node and real Chromium), then one closing line
// `N passed, N failed` that CI reads. Installs Debian's chromium when it is missing and we are root.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const resultsFile = '.vitest-results.json';

function run(command, args, options = {}) {
  return spawnSync(command, args, {stdio: 'inherit', ...options}).status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(`Chromium not found at ${chromium}: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  if (run('apt-get', ['update', '-qq'], {env}) !== 0 || run('apt-get', ['install', '-y', '-qq', 'chromium'], {env}) !== 0) {
    console.error('Could not install chromium with apt-get.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

ensureChromium();

let failedExtra = 0;
let passedExtra = 0;
const typecheck = run('npx', ['tsc', '--noEmit', '-p', '.']);
if (typecheck === 0) passedExtra += 1;
else {
  console.error('Type check failed (tsc --noEmit).');
  failedExtra += 1;
}

rmSync(resultsFile, {force: true});
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)]);

let passed = passedExtra;
let failed = failedExtra;
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no tests to count; count it as a failure so it cannot pass silently.
  failed += report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
} else {
  failed += 1;
}
if (vitest !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
