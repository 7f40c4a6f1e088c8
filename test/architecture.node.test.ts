/** The element's bundle must never pull in the generator's NLP: walk the import graph from its entry. */
import {readFileSync} from 'node:fs';
import {dirname, join, normalize} from 'node:path';
import {describe, expect, it} from 'vitest';

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push((m[1] ?? m[2])!);
  }
  return found;
}

function reachable(entry: string): {files: Set<string>; packages: Set<string>} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [normalize(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) queue.push(normalize(join(dirname(file), spec.replace(/\.js$/, '.ts'))));
      else packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  return {files, packages};
}

describe('the element bundle', () => {
  const {files, packages} = reachable('src/index.ts');

  it('reaches the element, the format and the quiz logic', () => {
    expect([...files]).toContain('src/element/article-quiz.ts');
    expect([...files]).toContain('src/format/validate.ts');
  });

  it('never reaches the generator or any package but lit', () => {
    expect([...files].filter((f) => f.startsWith('src/generator') || f.startsWith('src/cli'))).toEqual([]);
    expect([...packages]).toEqual(['lit']);
  });
});
