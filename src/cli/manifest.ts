// `tsx src/cli/manifest.ts [OUT]`: writes the Custom Elements Manifest of <article-quiz> (default
// dist/custom-elements.json) from the element's JSDoc (@fires, @slot, @csspart, @cssprop), its
// `static properties` and its public fields and methods, for editors, Storybook and framework tooling.
// The analyzer runs in-process with its own TypeScript (5.x; the project's TypeScript 7 has no JS API), then
// the output is cleaned: no private members, no internal `{state: true}` properties, events typed with their
// classes. Same source, same bytes: no timestamps, no absolute paths.
import {mkdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {Attribute, ClassDeclaration, ClassMember, CustomElement, Event, Package} from 'custom-elements-manifest/schema';
import {writeFileAtomic} from './write-atomic.js';

/** The repository root, whatever the working folder. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ELEMENT_SOURCE = 'src/element/article-quiz.ts';
export const EVENTS_SOURCE = 'src/element/events.ts';
export const DEFAULT_OUTPUT = 'dist/custom-elements.json';
/** What a package consumer imports for the element (tsconfig.build.json emits it): the manifest's module path. */
export const PUBLISHED_MODULE = 'dist/npm/element/article-quiz.js';

/** The little of the analyzer's (untyped) API used here. */
interface SourceFile {
  readonly fileName: string;
}
interface AnalyzerTs {
  createSourceFile(fileName: string, text: string, target: number, setParentNodes: boolean): SourceFile;
  ScriptTarget: {ES2015: number};
}
interface Analyzer {
  create(options: {modules: SourceFile[]; plugins: unknown[]; context: {dev: boolean}}): Package;
  ts: AnalyzerTs;
}

// Deep import: the package has no `exports` map, and its index does not re-export the Lit plugin (the CLI
// loads it from this path for --litelement). Strings in variables keep TypeScript from looking for typings.
const ANALYZER = '@custom-elements-manifest/analyzer';
const LIT_PLUGIN = '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

/** Names in `static properties` declared `{state: true}`: internal reactive state, not public API. */
export function stateProperties(source: string): Set<string> {
  const block = /static\s+(?:override\s+)?properties\s*=\s*\{([\s\S]*?)\n\s*\};/.exec(source);
  if (!block) throw new Error(`${ELEMENT_SOURCE}: no \`static properties = {…};\` block found`);
  const names = new Set<string>();
  for (const m of block[1]!.matchAll(/(\w+)\s*:\s*\{([^}]*)\}/g)) {
    if (/\bstate\s*:\s*true\b/.test(m[2]!)) names.add(m[1]!);
  }
  return names;
}

/** Event class name → event type, from `class X extends QuizEvent<…> { … super('quiz-x', …) }`. */
export function eventClasses(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(/class\s+(\w+)\s+extends\s+\w+<\w+>\s*\{[\s\S]*?super\(\s*'([\w-]+)'/g)) found.set(m[1]!, m[2]!);
  return found;
}

/** Classes the element dispatches: `this.dispatchEvent(new X(…))`. */
function dispatchedClasses(source: string): string[] {
  return [...new Set([...source.matchAll(/dispatchEvent\(\s*new\s+(\w+)\s*\(/g)].map((m) => m[1]!))].sort();
}

function isPublic(member: ClassMember): boolean {
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
}

/**
 * Removes what is not public API and types the events. Throws when the source and its JSDoc disagree in a
 * way the manifest cannot paper over (an event dispatched but not declared with @fires).
 */
export function cleanManifest(raw: Package, elementSource: string, eventsSource: string): Package {
  const manifest: Package = structuredClone(raw);
  const state = stateProperties(elementSource);
  const classes = eventClasses(eventsSource);
  const dispatched = dispatchedClasses(elementSource);
  for (const module of manifest.modules) {
    if (module.path === ELEMENT_SOURCE) module.path = PUBLISHED_MODULE;
    for (const entry of module.exports ?? []) {
      if (entry.declaration.module === ELEMENT_SOURCE) entry.declaration.module = PUBLISHED_MODULE;
    }
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !('customElement' in declaration)) continue;
      const element = declaration as ClassDeclaration & CustomElement;
      element.members = (element.members ?? []).filter((m) => isPublic(m) && !state.has(m.name));
      element.attributes = (element.attributes ?? []).filter((a: Attribute) => !(a.fieldName && state.has(a.fieldName)));
      // The analyzer adds a nameless event per dispatchEvent(new X(…)); the @fires tags carry the names.
      const named = (element.events ?? []).filter((e): e is Event => Boolean(e.name));
      const declared = new Set(named.map((e) => e.name));
      for (const cls of dispatched) {
        const type = classes.get(cls);
        if (!type) throw new Error(`${ELEMENT_SOURCE} dispatches ${cls}, which ${EVENTS_SOURCE} does not define as an event class`);
        if (!declared.has(type)) throw new Error(`${ELEMENT_SOURCE} dispatches "${type}" (${cls}) but has no @fires ${type} in its JSDoc`);
      }
      const classOf = new Map([...classes].map(([cls, type]) => [type, cls]));
      element.events = named.map((e) => {
        const cls = classOf.get(e.name);
        return cls ? {...e, type: {text: cls}} : e;
      });
    }
  }
  return manifest;
}

/** Runs the analyzer (with its Lit plugin) on the element and returns the cleaned manifest. */
export async function generateManifest(root = ROOT): Promise<Package> {
  const {create, ts} = (await import(ANALYZER)) as Analyzer;
  const {litPlugin} = (await import(LIT_PLUGIN)) as {litPlugin: () => unknown[]};
  const elementSource = readFileSync(join(root, ELEMENT_SOURCE), 'utf8');
  const eventsSource = readFileSync(join(root, EVENTS_SOURCE), 'utf8');
  // A relative path, so the output is the same on any machine (cleanManifest points it at the published JS).
  const module = ts.createSourceFile(ELEMENT_SOURCE, elementSource, ts.ScriptTarget.ES2015, true);
  const raw = create({modules: [module], plugins: litPlugin(), context: {dev: false}});
  return cleanManifest(raw, elementSource, eventsSource);
}

export function serializeManifest(manifest: Package): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    console.error('usage: manifest [OUT]   (default: dist/custom-elements.json)');
    return 2;
  }
  const output = resolve(argv[0] ?? join(ROOT, DEFAULT_OUTPUT));
  const manifest = await generateManifest();
  mkdirSync(dirname(output), {recursive: true});
  writeFileAtomic(output, serializeManifest(manifest));
  console.log(`Wrote ${output}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  );
}
