/**
 * Vitest global setup for the Node project: builds the embed (and the authoring page's script) once, before
 * the end-to-end tests that serve them, instead of each test file building it again in parallel.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

export default function setup(): void {
  const builds = [['vite', 'build', '--logLevel', 'error']];
  if (existsSync('src/author/author-page.ts')) builds.push(['vite', 'build', '--mode', 'author', '--logLevel', 'error']);
  if (existsSync('demo/react/main.ts')) builds.push(['vite', 'build', '--mode', 'demos', '--logLevel', 'error']);
  for (const args of builds) {
    // Vitest sets NODE_ENV=test, with which Vite would resolve Lit's development build (dev-mode warnings,
    // a third larger): build what a user gets.
    const result = spawnSync('npx', args, {encoding: 'utf8', env: {...process.env, NODE_ENV: 'production'}});
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${result.stderr}`);
  }
}
