import {dimensionOf, type Category, type QuizFile} from '../format/types.js';
import {gradeAnswer, type Answer, type AnswerResult} from './answers.js';
import {planRun, type PlannedQuestion} from './plan.js';

/** How a fresh run was drawn: with its seed, enough to plan it again, however large the bank. */
export interface Draw {
  count?: number;
  categories?: Category[];
}

/**
 * A student's progress through one run, saved as they go so a reload (or a closed laptop) loses nothing.
 * Pure: the storage is passed in, so it runs in Node tests with a fake and in the browser with localStorage.
 */
export const PROGRESS_VERSION = 1;

export interface SavedProgress {
  version: typeof PROGRESS_VERSION;
  /** The run's seed (also shown as its version code). */
  seed: string;
  /** Questions in run order, each with its choice order (a retry's subset); absent when `draw` replans the run. */
  run?: {id: string; choices: string[]}[];
  /** A fresh run: planned again from the seed and these options, so large banks save in a few bytes. */
  draw?: Draw;
  index: number;
  /** Graded answers by question id; results are recomputed from them. */
  answers: Record<string, Answer>;
  /** The current question's feedback is showing (practice mode). */
  checked: boolean;
  finished: boolean;
  /** What the student typed for their name on the results screen, if anything. */
  name?: string;
  /** Time-limited runs: when the run started (ms since the epoch) and the time the student added. */
  startedAt?: number;
  extendedMs?: number;
}

/** A run as the element holds it. */
export interface RunState {
  seed: string;
  plan: PlannedQuestion[];
  /** Set for a fresh run (not a retry of some questions): the plan follows from the seed and this. */
  draw?: Draw;
  index: number;
  results: Map<string, AnswerResult>;
  checked: boolean;
  finished: boolean;
  name: string;
  startedAt: number;
  extendedMs: number;
}

export function snapshot(run: RunState): SavedProgress {
  return {
    version: PROGRESS_VERSION,
    seed: run.seed,
    ...(run.draw ? {draw: run.draw} : {run: run.plan.map((p) => ({id: p.question.id, choices: p.choiceOrder}))}),
    index: run.index,
    answers: Object.fromEntries([...run.results].map(([id, result]) => [id, result.answer])),
    checked: run.checked,
    finished: run.finished,
    ...(run.name ? {name: run.name} : {}),
    startedAt: run.startedAt,
    extendedMs: run.extendedMs,
  };
}

/** Rebuilds a run from saved progress; grading again means a saved score can never disagree with the file. */
export function restore(quiz: QuizFile, saved: SavedProgress): RunState {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const plan = saved.draw
    ? planRun(quiz, {seed: saved.seed, ...saved.draw})
    : (saved.run ?? []).map(({id, choices}) => ({question: byId.get(id)!, choiceOrder: choices}));
  const results = new Map<string, AnswerResult>();
  for (const {question} of plan) {
    const answer = saved.answers[question.id];
    if (answer) results.set(question.id, gradeAnswer(question, answer));
  }
  return {
    seed: saved.seed,
    plan,
    ...(saved.draw ? {draw: saved.draw} : {}),
    // A drawn run is planned again: if the bank has shrunk since, stay inside it.
    index: Math.max(0, Math.min(saved.index, plan.length - 1)),
    results,
    checked: saved.checked,
    finished: saved.finished,
    name: saved.name ?? '',
    startedAt: saved.startedAt ?? 0,
    extendedMs: saved.extendedMs ?? 0,
  };
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadedProgress =
  | {status: 'none'}
  | {status: 'ok'; progress: SavedProgress}
  /** Saved data that cannot be used (corrupted, another version, another quiz): it has been removed. */
  | {status: 'discarded'; reason: string}
  | {status: 'unavailable'};

/** localStorage, or null where the browser refuses it (private modes, sandboxed iframes, disabled cookies). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    const probe = '__article-quiz-probe__';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** One key per quiz and per settings that change the run, so two quizzes (or two setups) never share progress. */
export function progressKey(quizId: string, settings: Record<string, string | number | undefined>): string {
  const parts = Object.keys(settings)
    .sort()
    .filter((k) => settings[k] !== undefined && settings[k] !== '')
    .map((k) => `${k}=${settings[k]}`);
  return `article-quiz:${quizId}${parts.length ? `:${parts.join('&')}` : ''}`;
}

function isAnswer(value: unknown): value is Answer {
  if (!value || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  if (a.kind === 'choice') return typeof a.choiceId === 'string';
  if (a.kind === 'numeric') return typeof a.value === 'number' && Number.isFinite(a.value) && typeof a.unit === 'string' && dimensionOf(a.unit) !== undefined;
  if (a.kind === 'order') return Array.isArray(a.order) && a.order.every((id) => typeof id === 'string');
  if (a.kind === 'matches') {
    return !!a.matches && typeof a.matches === 'object' && Object.values(a.matches).every((v) => typeof v === 'string');
  }
  return false;
}

/** Checks saved data against its shape and against the quiz it claims to belong to. */
function readProgress(data: unknown, questions: readonly {id: string}[]): SavedProgress | string {
  if (!data || typeof data !== 'object') return 'not an object';
  const p = data as Record<string, unknown>;
  if (p.version !== PROGRESS_VERSION) return `saved by another version (${String(p.version)})`;
  if (typeof p.seed !== 'string') return 'no seed';
  if (p.draw !== undefined) {
    const draw = p.draw as {count?: unknown; categories?: unknown};
    if (!draw || typeof draw !== 'object') return 'bad draw';
    if (draw.count !== undefined && (typeof draw.count !== 'number' || !Number.isInteger(draw.count))) return 'bad draw';
    if (draw.categories !== undefined && (!Array.isArray(draw.categories) || !draw.categories.every((c) => typeof c === 'string'))) return 'bad draw';
  } else if (!Array.isArray(p.run) || p.run.length === 0) return 'no run';
  // Only a retry's run lists question ids; a bank of thousands is not indexed when nothing needs it.
  const questionIds = Array.isArray(p.run) ? new Set(questions.map((q) => q.id)) : null;
  for (const item of (p.run ?? []) as unknown[]) {
    const entry = item as {id?: unknown; choices?: unknown};
    if (typeof entry?.id !== 'string' || !questionIds!.has(entry.id)) return 'a question the quiz no longer has';
    if (!Array.isArray(entry.choices) || !entry.choices.every((c) => typeof c === 'string')) return 'bad choice order';
  }
  const length = Array.isArray(p.run) ? p.run.length : Infinity; // a drawn run's length is checked on restore
  if (typeof p.index !== 'number' || !Number.isInteger(p.index) || p.index < 0 || p.index >= length) return 'bad position';
  if (!p.answers || typeof p.answers !== 'object' || !Object.values(p.answers).every(isAnswer)) return 'bad answers';
  if (typeof p.checked !== 'boolean' || typeof p.finished !== 'boolean') return 'bad state';
  if (p.name !== undefined && typeof p.name !== 'string') return 'bad name';
  for (const key of ['startedAt', 'extendedMs'] as const) {
    if (p[key] !== undefined && (typeof p[key] !== 'number' || !Number.isFinite(p[key]))) return `bad ${key}`;
  }
  return p as unknown as SavedProgress;
}

/** Reads the progress saved under `key` for a quiz with these questions, discarding what cannot belong to it. */
export function loadProgress(storage: StorageLike | null, key: string, questions: readonly {id: string}[]): LoadedProgress {
  if (!storage) return {status: 'unavailable'};
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return {status: 'unavailable'};
  }
  if (text === null) return {status: 'none'};
  let result: SavedProgress | string;
  try {
    result = readProgress(JSON.parse(text), questions);
  } catch {
    result = 'not JSON';
  }
  if (typeof result !== 'string') return {status: 'ok', progress: result};
  clearProgress(storage, key);
  return {status: 'discarded', reason: result};
}

/** Returns false when the progress could not be stored (quota exceeded, storage disabled). */
export function saveProgress(storage: StorageLike | null, key: string, progress: SavedProgress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(storage: StorageLike | null, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to do: storage that refuses removal refuses everything, and the caller already knows.
  }
}
