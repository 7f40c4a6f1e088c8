import type {Question, QuizFile} from '../format/types.js';
import {drawCount, poolOf, type PlanOptions} from './draw.js';
import {createRandom, shuffle} from './random.js';

export type {PlanOptions} from './draw.js';

/** One question as this run shows it: choices in the run's own order. */
export interface PlannedQuestion {
  question: Question;
  /** Display order: choice ids (single choice), the timeline's starting order of item ids, or pair ids (matching). */
  choiceOrder: string[];
}

/** What a question shows in an order of the run's own. */
function entriesOf(question: Question): {id: string}[] {
  if (question.kind === 'single-choice') return question.choices;
  if (question.kind === 'timeline') return question.items;
  if (question.kind === 'matching') return question.pairs;
  return [];
}

/** The run's order of a question's entries; a timeline never starts out already right (rotated if so). */
function displayOrder(question: Question, random: () => number): string[] {
  const ids = shuffle(entriesOf(question), random).map((entry) => entry.id);
  if (question.kind === 'timeline' && ids.every((id, i) => id === question.items[i]!.id)) ids.push(ids.shift()!);
  return ids;
}

/**
 * A drawn question whose display order is worked out when first asked for, from the run's seed and the
 * question's id: a run over a bank of thousands starts without shuffling every question's choices.
 */
class DrawnQuestion implements PlannedQuestion {
  #order: string[] | undefined;
  constructor(
    readonly question: Question,
    private readonly seed: string
  ) {}

  get choiceOrder(): string[] {
    return (this.#order ??= displayOrder(this.question, createRandom(`${this.seed}:${this.question.id}`)));
  }
}

/** Picks, orders and shuffles the questions of one run; the same seed and options give the same run. */
export function planRun(quiz: QuizFile, options: PlanOptions): PlannedQuestion[] {
  const pool = poolOf(quiz, options.categories);
  const count = drawCount(pool.length, options.count);
  return shuffle(pool, createRandom(options.seed))
    .slice(0, count)
    .map((question) => new DrawnQuestion(question, options.seed));
}

/** A fresh run over just the given questions, e.g. the ones missed. */
export function planRetry(planned: readonly PlannedQuestion[], questionIds: ReadonlySet<string>, seed: string): PlannedQuestion[] {
  const random = createRandom(seed);
  return shuffle(
    planned.filter((p) => questionIds.has(p.question.id)),
    random
  );
}
