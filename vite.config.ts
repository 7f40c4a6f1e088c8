/// <reference types="vitest/config" />
import {defineConfig, type Plugin} from 'vite';
import {playwright} from '@vitest/browser-playwright';
import {minify} from 'terser';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from './test/chromium.js';
import {printToPdf, startHangingServer, startStatusServer, startXapiReceiver, xapiReceived} from './test/commands.js';

// @open-wc/testing imports a websocket module that only @web/test-runner serves; under Vitest it is a no-op.
const wdsWebSocketStub: Plugin = {
  name: 'wds-websocket-stub',
  resolveId(id) {
    return id.endsWith('__web-dev-server__web-socket.js') ? '\0wds-websocket-stub' : null;
  },
  load(id) {
    return id === '\0wds-websocket-stub' ? 'export default {}; export const webSocket = undefined;' : null;
  },
};

/**
 * Lit keeps template literals as written, so the embed bundle would carry every indent of our CSS and
 * templates. In the literal text of our own html`` and css`` templates (never in their expressions):
 * a whitespace run with a line break becomes one space, which HTML and CSS read the same way; CSS also
 * loses comments and spaces around punctuation.
 */
function compactLiteral(tag: string, text: string): string {
  const compact = text.replace(/\s*\n\s*/g, ' ');
  if (tag !== 'css') return compact;
  // Our CSS has a space after a colon only in declarations and media queries, where it can go; likewise the
  // zero before a decimal point.
  return compact
    .replace(/\/\*[^*]*\*+([^/*][^*]*\*+)*\//g, '')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}');
}

type Node = {type: string; start: number; end: number; [key: string]: unknown};

function collectQuasis(node: unknown, found: {tag: string; start: number; end: number}[]): void {
  if (Array.isArray(node)) {
    node.forEach((child) => collectQuasis(child, found));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'TaggedTemplateExpression') {
    const tag = n.tag as Node & {name?: string};
    if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'css')) {
      const quasi = n.quasi as Node & {quasis: Node[]};
      for (const element of quasi.quasis) found.push({tag: tag.name, start: element.start, end: element.end});
    }
  }
  for (const [key, value] of Object.entries(n)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') collectQuasis(value, found);
  }
}

const compactTemplates: Plugin = {
  name: 'compact-lit-templates',
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/\/src\/element\/[^/]*\.ts$/.test(id)) return null;
    const found: {tag: string; start: number; end: number}[] = [];
    collectQuasis(this.parse(code), found);
    let result = '';
    let last = 0;
    for (const q of found.sort((a, b) => a.start - b.start)) {
      result += code.slice(last, q.start) + compactLiteral(q.tag, code.slice(q.start, q.end));
      last = q.end;
    }
    return {code: result + code.slice(last), map: null};
  },
};

/** Full minification of the embed bundle (Vite's library mode keeps ES output readable on purpose). */
const embedMinify: Plugin = {
  name: 'embed-minify',
  apply: 'build',
  enforce: 'post',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.code, {
        ecma: 2020,
        module: true,
        compress: {passes: 3, unsafe_arrows: true},
        format: {comments: false},
      });
      chunk.code = result.code ?? chunk.code;
    }
  },
};

/**
 * dist/cdn/files.json: the embed's .js files (their chunk names are hashed), so that the authoring page can fetch
 * every one of them to build a SCORM package in the browser. Only in the default (embed) build.
 */
const embedFileList: Plugin = {
  name: 'embed-file-list',
  apply: 'build',
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle).filter((name) => name.endsWith('.js')).sort();
    this.emitFile({type: 'asset', fileName: 'files.json', source: `${JSON.stringify(files)}\n`});
  },
};


/** `vite build --mode author`: the authoring page's script (generator included), apart from the embed. */
const authorBuild = {
  lib: {entry: 'src/author/author-page.ts', formats: ['es' as const], fileName: () => 'author-page.js'},
  outDir: 'dist/author',
  minify: false,
  target: 'es2022',
};

/** `vite build --mode demos`: the React and Vue host pages' scripts (React and Vue from npm). */
const demosBuild = {
  lib: {entry: {react: 'demo/react/main.ts', vue: 'demo/vue/main.ts'}, formats: ['es' as const], fileName: (_format: string, name: string) => `${name}.js`},
  outDir: 'dist/demos',
  minify: true,
  target: 'es2022',
};

export default defineConfig(({mode}) => ({
  // The author build's worker URL is then relative to author-page.js (import.meta.url), wherever it is served.
  ...(mode === 'author' ? {base: './'} : {}),
  // The terser pass is for the embed; the demo pages' React and Vue bundles are minified by Vite already.
  plugins: [wdsWebSocketStub, compactTemplates, ...(mode === 'demos' ? [] : [embedMinify]), ...(mode === 'author' || mode === 'demos' ? [] : [embedFileList])],
  // React and Vue read NODE_ENV; the demo pages get their production builds.
  define: mode === 'demos' ? {'process.env.NODE_ENV': JSON.stringify('production')} : {},
  build: mode === 'author' ? authorBuild : mode === 'demos' ? demosBuild : {
    // The self-contained embed: one ES module with Lit inside (see README "Embedding").
    lib: {entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'article-quiz.js'},
    outDir: 'dist/cdn',
    // Library mode leaves ES output unminified; the embedMinify plugin does it with terser instead.
    minify: false,
    // Shared code stays in the entry instead of a separate common chunk: one file for the first load.
    rolldownOptions: {preserveEntrySignatures: 'allow-extension'},
    target: 'es2022',
  },
  // The authoring page's generator worker (src/author/generator-worker.ts): an ES module, written as
  // dist/author/generator-worker.js next to the page's script, which finds it relative to its own URL.
  // Minified like the page's own script.
  worker: {format: 'es', plugins: () => [embedMinify], rolldownOptions: {output: {entryFileNames: '[name].js'}}},
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/live.js', '@open-wc/testing', 'scorm-again/scorm12', 'scorm-again/scorm2004', 'csv-parse/browser/esm/sync'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.node.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // Some tests start a CLI (tsx takes seconds on a loaded 2-core machine); they wait on its exit, not a clock.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // End-to-end: built pages in Chromium, one file at a time (each launches a browser and servers).
          name: 'e2e',
          include: ['test/e2e/**/*.node.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-build.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          setupFiles: ['test/browser-setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS},
            }),
            instances: [{browser: 'chromium'}],
            commands: {printToPdf, startHangingServer, startStatusServer, startXapiReceiver, xapiReceived},
          },
        },
      },
    ],
  },
}));
