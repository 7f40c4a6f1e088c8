import type {Answer} from './answers.js';

/**
 * A student's progress through one run, saved as they go so a reload (or a closed laptop) loses nothing.
 * Pure: the storage is passed in, so it runs in Node tests with a fake and in the browser with localStorage.
 */
export const PROGRESS_VERSION = 1;

export interface SavedProgress {
  version: typeof PROGRESS_VERSION;
  /** The run's seed (also shown as its version code). */
  seed: string;
  /** Questions in run order, each with its choice order. */
  run: {id: string; choices: string[]}[];
  index: number;
  /** Graded answers by question id; results are recomputed from them. */
  answers: Record<string, Answer>;
  /** The current question's feedback is showing (practice mode). */
  checked: boolean;
  finished: boolean;
  /** What the student typed for their name on the results screen, if anything. */
  name?: string;
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
  if (a.kind === 'numeric') return typeof a.value === 'number' && Number.isFinite(a.value) && typeof a.unit === 'string';
  if (a.kind === 'order') return Array.isArray(a.order) && a.order.every((id) => typeof id === 'string');
  if (a.kind === 'matches') {
    return !!a.matches && typeof a.matches === 'object' && Object.values(a.matches).every((v) => typeof v === 'string');
  }
  return false;
}

/** Checks saved data against its shape and against the quiz it claims to belong to. */
function readProgress(data: unknown, questionIds: ReadonlySet<string>): SavedProgress | string {
  if (!data || typeof data !== 'object') return 'not an object';
  const p = data as Record<string, unknown>;
  if (p.version !== PROGRESS_VERSION) return `saved by another version (${String(p.version)})`;
  if (typeof p.seed !== 'string' || !Array.isArray(p.run) || p.run.length === 0) return 'no run';
  for (const item of p.run as unknown[]) {
    const entry = item as {id?: unknown; choices?: unknown};
    if (typeof entry?.id !== 'string' || !questionIds.has(entry.id)) return 'a question the quiz no longer has';
    if (!Array.isArray(entry.choices) || !entry.choices.every((c) => typeof c === 'string')) return 'bad choice order';
  }
  if (typeof p.index !== 'number' || !Number.isInteger(p.index) || p.index < 0 || p.index >= p.run.length) return 'bad position';
  if (!p.answers || typeof p.answers !== 'object' || !Object.values(p.answers).every(isAnswer)) return 'bad answers';
  if (typeof p.checked !== 'boolean' || typeof p.finished !== 'boolean') return 'bad state';
  if (p.name !== undefined && typeof p.name !== 'string') return 'bad name';
  return p as unknown as SavedProgress;
}

export function loadProgress(storage: StorageLike | null, key: string, questionIds: ReadonlySet<string>): LoadedProgress {
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
    result = readProgress(JSON.parse(text), questionIds);
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
