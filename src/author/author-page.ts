/**
 * demo/author.html: paste an article, give its publication date, and get a quiz made in the page: the facts
 * found, the questions, a live preview, the question file, an embed snippet, a GIFT export and a SCORM 1.2 package
 * (built here from the embed's files, listed in files.json next to its bundle; fflate comes only with that
 * button's chunk, never into the embed). The generator
 * runs in the browser, in a module worker (generator-worker.ts) so that a large text does not freeze the page and
 * Cancel can stop it; without a worker, in the page. `vite build --mode author` writes this script, the worker
 * (dist/author/generator-worker.js) and the in-page fallback's chunk, never into the embed. The preview's
 * <article-quiz> comes from the embed bundle the page loads with its own script tag. All text goes through Lit
 * templates, which escape it.
 */
import {render} from 'lit';
import type {QuizFile} from '../format/types.js';
import type {generateQuiz} from '../generator/quiz.js';
import {serializeQuiz} from '../format/serialize.js';
import {quizToGift} from '../export/gift.js';
import {buildGeneratorInput, type InputProblem} from './input.js';
import type {MakeReply, MakeRequest} from './make.js';
import type {FactSeed} from './fact-seeds.js';
import {defineQuizEditor} from './quiz-editor.js';
import {embedSnippet, fileName, resultMessage} from './summary.js';
import {view, type GiftReport, type Handlers, type Made, type State} from './author-views.js';
// The worker bundled as a file of its own (a same-origin URL: strict CSPs allow it, unlike a blob: or data: one).
import workerUrl from './generator-worker.ts?worker&url';

export interface AuthorPageOptions {
  /** The embed bundle for the snippet; the SCORM package takes its files from files.json next to it. Default: ../dist/cdn/article-quiz.js from the page. */
  bundleUrl?: string;
  /** The generator; tests replace it to see how the page explains its errors. Given, it runs in the page, not in a worker. */
  generate?: typeof generateQuiz;
}

export interface AuthorPage {
  /** Resolves when the current "Make the quiz" run has finished (or was cancelled). */
  settled(): Promise<void>;
}

const FIELD_OF: Record<InputProblem, 'text' | 'date'> = {empty: 'text', 'too-large': 'text', 'no-date': 'date', 'bad-date': 'date'};

/** A run of the generator: its reply, or null once cancelled. */
interface Job {
  reply: Promise<MakeReply | null>;
  cancel(): void;
}

/** Trusted Types (not in TypeScript's DOM types): under `require-trusted-types-for 'script'` the Worker constructor takes only a TrustedScriptURL. */
type TrustedTypes = {createPolicy(name: string, rules: {createScriptURL(url: string): string}): {createScriptURL(url: string): unknown}};
let workerPolicy: {createScriptURL(url: string): unknown} | undefined;

/** Throws when this browser or the page's policy allows no such worker. */
function newWorker(): Worker {
  const tt = (globalThis as {trustedTypes?: TrustedTypes}).trustedTypes;
  // The policy can only ever give our own worker's URL, whatever it is asked for.
  workerPolicy ??= tt?.createPolicy('article-quiz-author-worker', {createScriptURL: () => workerUrl});
  return new Worker((workerPolicy?.createScriptURL(workerUrl) ?? workerUrl) as string, {type: 'module'});
}

const NOTHING_FOUND =
  'No dates, distances or quotes were found in this text, so no questions can be made from it. ' +
  'Try a news article that says when things happened, how far, or who said what.';

export function mountAuthorPage(root: HTMLElement, options: AuthorPageOptions = {}): AuthorPage {
  const bundleUrl = options.bundleUrl ?? new URL('../dist/cdn/article-quiz.js', location.href).href;
  const state: State = {busy: false, error: '', invalid: null, status: '', made: null, actionStatus: '', gift: null, packaging: false};
  let running: Promise<void> = Promise.resolve();
  let current: Job | null = null;
  /** Off once a worker could not be made or loaded: later runs go straight to the page. */
  let workers = typeof Worker === 'function' && !options.generate;

  const $ = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  const update = (patch: Partial<State>) => {
    // Cancel goes when the run ends: focus on it would fall to the body.
    const refocus = document.activeElement === root.querySelector('#a-cancel');
    Object.assign(state, patch);
    render(view(state, handlers), root);
    if (refocus && !state.busy) $('a-make').focus();
  };

  /** The generator on `request`: in a worker (a new one each run, so a large text's memory goes with it) or in the page. */
  function run(request: MakeRequest): Job {
    let resolve!: (reply: MakeReply | null) => void;
    const reply = new Promise<MakeReply | null>((r) => (resolve = r));
    let over = false;
    const finish = (r: MakeReply | null) => {
      over = true;
      resolve(r);
    };
    const inPage = async () => {
      const {makeQuiz} = await import('./make.js');
      // Let the page show "Making the quiz…" (and take a Cancel) before the generator takes the main thread.
      await new Promise((r) => setTimeout(r, 0));
      if (!over) finish(makeQuiz(request, options.generate));
    };
    let worker: Worker | null = null;
    try {
      if (workers) worker = newWorker();
    } catch {
      workers = false;
    }
    if (worker) {
      const w = worker;
      w.onmessage = (event: MessageEvent<MakeReply>) => {
        w.terminate();
        finish(event.data);
      };
      // The worker's file did not load or run (makeQuiz itself never throws): the page does it, now and from now on.
      w.onerror = (event) => {
        event.preventDefault();
        w.terminate();
        workers = false;
        if (!over) void inPage();
      };
      w.postMessage(request);
    } else void inPage();
    return {
      reply,
      cancel() {
        worker?.terminate();
        finish(null);
      },
    };
  }

  const fail = (error: string, invalid: State['invalid'] = null) =>
    update({busy: false, error, invalid, status: '', made: null, actionStatus: '', gift: null});

  function cancel(): void {
    if (!current) return;
    current.cancel();
    current = null;
    update({busy: false, status: 'Cancelled. The text is as you left it.'});
  }

  async function make(): Promise<void> {
    // The last "Make the quiz" wins: one still running is cancelled.
    current?.cancel();
    current = null;
    const text = $<HTMLTextAreaElement>('a-text').value;
    const date = $<HTMLInputElement>('a-date').value;
    const monthOnly = $<HTMLInputElement>('a-month-only').checked;
    const title = $<HTMLInputElement>('a-title').value;
    const source = $<HTMLInputElement>('a-source').value;

    const input = buildGeneratorInput(text, date, monthOnly);
    if (!input.ok) return fail(input.message, FIELD_OF[input.problem]);

    update({busy: true, error: '', invalid: null, status: 'Making the quiz…'});
    const job = run({input: input.input, title, source});
    current = job;
    const result = await job.reply;
    // Cancelled, by Cancel or by a newer run, which have updated the page already.
    if (!result || current !== job) return;
    current = null;

    if (!result.ok) {
      if (result.kind === 'article') return fail(`No quiz can be made from this text: ${result.message}.`);
      if (result.kind === 'invalid') return fail(`The quiz made from this text is not a valid question file (a bug in the generator): ${result.message}.`);
      return fail(`Something went wrong while making the quiz (${result.message}). Please report it with the article's text.`);
    }
    const {quiz, rows, seeds} = result;
    if (rows.total === 0) return fail(NOTHING_FOUND);
    const preview = quiz.questions.length > 0 ? previewOf(quiz) : null;
    const made: Made = {
      quiz,
      // The generator's notes are written for its command line.
      notes: result.notes.map((n) => n.replace(/\s*\(see --verbose\)/, '')),
      skipped: result.skipped,
      rows,
      seeds,
      dateFrom: input.dateFrom,
      published: input.published.value,
      snippet: embedSnippet(quiz, bundleUrl),
      preview,
    };
    const none = quiz.questions.length === 0;
    update({
      busy: false,
      made,
      error: none
        ? `Found ${rows.total === 1 ? '1 fact' : `${rows.total} facts`}, but none made a good enough question. The reasons are under “Notes and left-out questions”; you can still add one with a fact’s “Add question”.`
        : '',
      status: none ? '' : resultMessage(quiz.questions.length, rows.total),
      actionStatus: '',
      gift: null,
    });
  }

  /** The quiz as the teacher has edited it; null (and the reason said, focus on the first problem) when it cannot be used yet. */
  function editedQuiz(): QuizFile | null {
    const editor = root.querySelector('article-quiz-editor');
    if (!state.made || !editor) return null;
    const curated = editor.curated;
    if (curated.ok) return curated.quiz;
    const n = curated.invalid.length;
    update({
      actionStatus: curated.empty
        ? 'The quiz has no questions: restore one, or add one with a fact’s “Add question”.'
        : `${n === 1 ? '1 question has' : `${n} questions have`} a problem to fix first (marked in the list of questions).`,
    });
    editor.focusFirstProblem();
    return null;
  }

  /** After each edit: the snippet and the preview show the edited quiz (while it is a valid one). */
  function edited(): void {
    const made = state.made;
    const curated = root.querySelector('article-quiz-editor')?.curated;
    if (!made || !curated?.ok) return;
    made.snippet = embedSnippet(curated.quiz, bundleUrl);
    if (made.preview) (made.preview as HTMLElement & {quiz?: QuizFile}).quiz = curated.quiz;
    else made.preview = previewOf(curated.quiz);
    // "None made a good enough question" no longer holds once the teacher has added one.
    update({error: ''});
  }

  function addQuestion(seed: FactSeed): void {
    root.querySelector('article-quiz-editor')?.addFromFact(seed);
  }

  function downloadQuiz(): void {
    const quiz = editedQuiz();
    if (!quiz) return;
    const name = fileName(quiz, '.json');
    download(name, 'application/json', serializeQuiz(quiz));
    update({actionStatus: `Downloaded the question file ${name}.`});
  }

  async function copySnippet(): Promise<void> {
    const snippet = editedQuiz() && state.made?.snippet;
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet);
      update({actionStatus: 'Copied the embed snippet. Paste it into your page or learning platform (as HTML).'});
    } catch {
      $<HTMLTextAreaElement>('a-snippet').select();
      update({actionStatus: 'Select all and copy the snippet (Ctrl+C or ⌘C): this browser did not allow copying from the page.'});
    }
  }

  function exportGift(): void {
    const quiz = editedQuiz();
    if (!quiz) return;
    const promptOf = (id: string) => quiz.questions.find((q) => q.id === id)?.prompt ?? id;
    try {
      const {output, report} = quizToGift(quiz);
      const file = fileName(quiz, '.gift.txt');
      download(file, 'text/plain', output);
      const gift: GiftReport = {
        file,
        exported: report.exported.length,
        simplified: report.simplified.map((s) => ({prompt: promptOf(s.id), why: s.why})),
        omitted: report.omitted.map((s) => ({prompt: promptOf(s.id), why: s.why})),
      };
      const changed = [gift.simplified.length ? `${gift.simplified.length} simplified` : '', gift.omitted.length ? `${gift.omitted.length} left out` : '']
        .filter(Boolean)
        .join(', ');
      update({gift, actionStatus: `Downloaded ${file}: ${gift.exported === 1 ? '1 question' : `${gift.exported} questions`} in GIFT${changed ? ` (${changed}, see below)` : ''}.`});
    } catch (error) {
      update({gift: null, actionStatus: `The GIFT export failed (${error instanceof Error ? error.message : String(error)}).`});
    }
  }

  /** The embed's files, as files.json next to its bundle lists them, by file name. Throws with what went wrong. */
  async function embedFiles(): Promise<Record<string, Uint8Array>> {
    const listUrl = new URL('files.json', bundleUrl);
    const fetched = async (url: URL) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      return response;
    };
    const list: unknown = await (await fetched(listUrl)).json().catch(() => {
      throw new Error('files.json is not JSON');
    });
    // Plain file names of that folder only: never a path or another site.
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string' && /^[\w.-]+\.js$/.test(f) && !f.startsWith('.'))) {
      throw new Error('files.json is not a list of .js file names');
    }
    const names = list as string[];
    const bytes = await Promise.all(names.map(async (name) => new Uint8Array(await (await fetched(new URL(name, listUrl))).arrayBuffer())));
    return Object.fromEntries(names.map((name, i) => [name, bytes[i]!]));
  }

  async function downloadScorm(): Promise<void> {
    if (state.packaging) return;
    const quiz = editedQuiz();
    if (!quiz) return;
    update({packaging: true, actionStatus: 'Making the SCORM package…'});
    const folder = new URL('.', bundleUrl).href;
    let embed: Record<string, Uint8Array>;
    try {
      embed = await embedFiles();
    } catch (error) {
      return update({packaging: false, actionStatus: `Could not fetch the quiz's files from ${folder}: ${error instanceof Error ? error.message : String(error)}.`});
    }
    try {
      // fflate and the manifest come in their own chunk, loaded on the first click.
      const {scormPackage} = await import('../lms/scorm-package.js');
      const zip = scormPackage(quiz, {embed, version: '1.2'});
      // fflate's output is a new ArrayBuffer of its own (its types only say ArrayBufferLike).
      download(fileName(quiz, '.scorm12.zip'), 'application/zip', zip as Uint8Array<ArrayBuffer>);
      // Every file of the zip: the embed's, the manifest, the launch page and the question file.
      update({packaging: false, actionStatus: `SCORM package downloaded: ${Object.keys(embed).length + 3} files.`});
    } catch (error) {
      update({packaging: false, actionStatus: `The SCORM package could not be made (${error instanceof Error ? error.message : String(error)}).`});
    }
  }

  const handlers: Handlers = {
    submit(event) {
      event.preventDefault();
      running = make();
    },
    textKey(event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        (event.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
      }
    },
    downloadQuiz,
    copySnippet: () => {
      running = copySnippet();
    },
    exportGift,
    downloadScorm: () => {
      running = downloadScorm();
    },
    cancel,
    edited,
    addQuestion,
  };

  defineQuizEditor();
  // Whatever the page showed before its script ran (a note that it needs one) goes.
  root.replaceChildren();
  render(view(state, handlers), root);
  return {settled: () => running};
}

/** The live preview of `quiz`, with the teacher's print buttons. */
function previewOf(quiz: QuizFile): HTMLElement {
  const preview = document.createElement('article-quiz');
  preview.setAttribute('teacher-tools', '');
  (preview as HTMLElement & {quiz?: QuizFile}).quiz = quiz;
  return preview;
}

/** Text is saved as UTF-8; bytes as they are. */
function download(name: string, type: string, content: string | Uint8Array<ArrayBuffer>): void {
  const blob = typeof content === 'string' ? new Blob([content], {type: `${type};charset=utf-8`}) : new Blob([content], {type});
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// On demo/author.html: mount into <main id="author">.
const page = typeof document === 'undefined' ? null : document.getElementById('author');
if (page) mountAuthorPage(page);
