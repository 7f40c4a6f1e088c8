import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {exportFileName, resultsToCsv, resultsToJson, type ResultsExport} from '../../src/quiz/export.js';
import {clearProgress, loadProgress, progressKey, restore, saveProgress, snapshot, type SavedProgress, type StorageLike} from '../../src/quiz/progress.js';
import {planRun} from '../../src/quiz/plan.js';
import {makeQuiz} from '../fixtures.js';

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const ids = [{id: 'q1'}, {id: 'q2'}];
const progress: SavedProgress = {
  version: 1,
  seed: 'abc',
  run: [
    {id: 'q2', choices: ['b', 'a']},
    {id: 'q1', choices: []},
  ],
  index: 1,
  answers: {q2: {kind: 'choice', choiceId: 'a'}},
  checked: false,
  finished: false,
};

describe('saved progress', () => {
  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    expect(saveProgress(storage, 'k', progress)).toBe(true);
    expect(loadProgress(storage, 'k', ids)).toEqual({status: 'ok', progress});
    clearProgress(storage, 'k');
    expect(loadProgress(storage, 'k', ids)).toEqual({status: 'none'});
  });

  it('keys progress by quiz and by the settings that shape the run', () => {
    expect(progressKey('quiz-a', {mode: 'test', seed: 's', count: undefined})).toBe('article-quiz:quiz-a:mode=test&seed=s');
    expect(progressKey('quiz-a', {seed: 's', mode: 'test'})).toBe(progressKey('quiz-a', {mode: 'test', seed: 's'}));
    expect(progressKey('quiz-a', {mode: 'test'})).not.toBe(progressKey('quiz-b', {mode: 'test'}));
  });

  it('reports storage that is missing or full instead of throwing', () => {
    expect(saveProgress(null, 'k', progress)).toBe(false);
    expect(loadProgress(null, 'k', ids)).toEqual({status: 'unavailable'});
    expect(saveProgress(new MemoryStorage(10), 'k', progress)).toBe(false);
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadProgress(throwing, 'k', ids)).toEqual({status: 'unavailable'});
    expect(saveProgress(throwing, 'k', progress)).toBe(false);
    expect(() => clearProgress(throwing, 'k')).not.toThrow();
  });

  it.each([
    ['not JSON', '{oops', 'not JSON'],
    ['another version', JSON.stringify({...progress, version: 0}), 'saved by another version (0)'],
    ['a question the quiz lost', JSON.stringify({...progress, run: [{id: 'gone', choices: []}]}), 'a question the quiz no longer has'],
    ['a position past the end', JSON.stringify({...progress, index: 5}), 'bad position'],
    ['a malformed answer', JSON.stringify({...progress, answers: {q1: {kind: 'numeric', value: 'x'}}}), 'bad answers'],
  ])('discards %s and removes it', (_name, stored, reason) => {
    const storage = new MemoryStorage();
    storage.setItem('k', stored);
    expect(loadProgress(storage, 'k', ids)).toEqual({status: 'discarded', reason});
    expect(storage.items.has('k')).toBe(false);
  });
});

describe('saving a run of a large bank', () => {
  it('stores a drawn run as its seed and settings, and plans the same run again on restore', () => {
    const bank = makeQuiz({questions: Array.from({length: 10_000}, (_, i) => ({...makeQuiz().questions[0]!, id: `q${i}`}))});
    const draw = {count: 500, categories: ['date' as const]};
    const plan = planRun(bank, {seed: 'big', ...draw});
    const state = {seed: 'big', plan, draw, index: 42, results: new Map(), checked: false, finished: false, name: '', startedAt: 0, extendedMs: 0};
    const saved = snapshot(state);
    expect(saved.run).toBeUndefined();
    expect(JSON.stringify(saved).length).toBeLessThan(300);
    const back = restore(bank, JSON.parse(JSON.stringify(saved)));
    expect(back.plan.map((p) => `${p.question.id}:${p.choiceOrder.join('')}`)).toEqual(plan.map((p) => `${p.question.id}:${p.choiceOrder.join('')}`));
    expect(back.index).toBe(42);
  });
});

describe('results export', () => {
  const results: ResultsExport = {
    quizId: 'kharkiv-strikes-2024-05',
    title: 'Biden approves, "quoted", title',
    student: '=HYPERLINK("http://evil")',
    seed: 'v1',
    completedAt: '2026-11-25T20:00:00.000Z',
    score: 3,
    max: 4,
    percentage: 75,
    rows: [
      {id: 'q1', prompt: 'Who said "x", then y?', given: '+1 555', right: 'Antony Blinken', points: 0, maxPoints: 1},
      {id: 'q2', prompt: 'How far?\nReally?', given: '-19 miles', right: '@19 miles', points: 1, maxPoints: 1},
      {id: 'q3', prompt: 'Plain', given: '19', right: '19', points: 2, maxPoints: 2},
    ],
  };

  it('parses back, with formula-like cells defused and quotes, commas and newlines intact', () => {
    const rows: string[][] = parse(resultsToCsv(results));
    expect(rows[0]).toEqual(['question id', 'prompt', 'answer given', 'right answer', 'points', 'max points']);
    expect(rows[1]).toEqual(['q1', 'Who said "x", then y?', "'+1 555", 'Antony Blinken', '0', '1']);
    expect(rows[2]).toEqual(['q2', 'How far?\nReally?', "'-19 miles", "'@19 miles", '1', '1']);
    expect(rows[3]).toEqual(['q3', 'Plain', '19', '19', '2', '2']);
    expect(rows[4]).toEqual(['total', `Biden approves, "quoted", title (=HYPERLINK("http://evil"), version v1)`, '', '', '3', '4']);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('writes JSON that reads back to the same results', () => {
    expect(JSON.parse(resultsToJson(results))).toEqual(results);
  });

  it('names the file after the quiz and the student, safely', () => {
    expect(exportFileName({...results, student: 'Zoë O’Brien / 7b'}, 'csv')).toBe('kharkiv-strikes-2024-05-zoe-obrien-7b.csv');
    expect(exportFileName({...results, student: ''}, 'json')).toBe('kharkiv-strikes-2024-05.json');
  });
});
