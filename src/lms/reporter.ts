/**
 * Reports a run to the learning platform the page runs in (SCORM 1.2 or 2004) and/or to an xAPI endpoint
 * the host page named. Loaded only when one of them is there.
 */
import type {Question, QuizFile} from '../format/types.js';
import type {Answer, AnswerResult} from '../quiz/answers.js';
import {speakerOptions} from '../quiz/matching.js';
import type {ScoreSummary} from '../quiz/score.js';
import {convert} from '../quiz/units.js';
import type {FoundApi} from './find-api.js';
import {ScormSession, type Interaction, type InteractionType} from './scorm.js';
import {sendStatements, StatementBuilder, type XapiActor, type XapiStatement, type XapiTarget} from './xapi.js';

export interface LmsOptions {
  quiz: QuizFile;
  scorm: FoundApi | null;
  xapi: (XapiTarget & {actor?: XapiActor}) | null;
}

const letter = (i: number) => String.fromCharCode(97 + (i % 26));

/** A question and an answer in SCORM's response formats (single characters for 1.2's choices). */
export function scormInteraction(question: Question, answer: Answer, result: AnswerResult, version: '1.2' | '2004'): Interaction {
  const list = (items: string[]) => items.join(version === '2004' ? '[,]' : ',');
  const pair = (a: string, b: string) => (version === '2004' ? `${a}[.]${b}` : `${a}.${b}`);
  const base = {id: question.id, credit: result.credit, weighting: question.points};
  const kind = (type: InteractionType, response: string, correct: string): Interaction => ({...base, type, response, correct});
  switch (question.kind) {
    case 'single-choice': {
      const index = (id: string) => letter(question.choices.findIndex((c) => c.id === id));
      return kind('choice', answer.kind === 'choice' ? index(answer.choiceId) : '', index(question.answer));
    }
    case 'numeric': {
      const {value, unit, tolerance} = question.answer;
      const given = answer.kind === 'numeric' ? String(Math.round(convert(answer.value, answer.unit, unit) * 1000) / 1000) : '';
      return kind('numeric', given, version === '2004' ? `${value - tolerance}[:]${value + tolerance}` : String(value));
    }
    case 'timeline': {
      const position = (id: string) => letter(question.items.findIndex((item) => item.id === id));
      return kind('sequencing', list(answer.kind === 'order' ? answer.order.map(position) : []), list(question.items.map((item) => position(item.id))));
    }
    case 'matching': {
      const options = speakerOptions(question);
      const target = (speaker: string | undefined) => letter(Math.max(0, options.indexOf(speaker ?? '')));
      const given = answer.kind === 'matches' ? answer.matches : {};
      const source = (i: number) => String(i + 1);
      return kind(
        'matching',
        list(question.pairs.flatMap((p, i) => (given[p.id] ? [pair(source(i), target(given[p.id]))] : []))),
        list(question.pairs.map((p, i) => pair(source(i), target(p.answer))))
      );
    }
  }
}

export class LmsReporter {
  readonly #scorm: ScormSession | null;
  readonly #xapi: {target: XapiTarget; builder: StatementBuilder} | null;

  constructor(options: LmsOptions) {
    this.#scorm = options.scorm ? new ScormSession(options.scorm) : null;
    const registration = crypto.randomUUID();
    this.#xapi = options.xapi
      ? {
          target: options.xapi,
          builder: new StatementBuilder(
            options.quiz,
            options.xapi.actor ?? {objectType: 'Agent', account: {homePage: location.origin, name: `anonymous-${registration}`}},
            registration
          ),
        }
      : null;
  }

  /** Opens the SCORM session; returns an earlier attempt's suspend data, or ''. */
  begin(): string {
    return this.#scorm?.initialize() ?? '';
  }

  answered(question: Question, result: AnswerResult): void {
    const interaction = scormInteraction(question, result.answer, result, this.#scorm?.version ?? '2004');
    this.#scorm?.recordInteraction(interaction);
    this.#send([this.#xapi?.builder.answered(question, result, interaction.response)]);
  }

  /** Saves progress for a later resume inside the platform; false when it is too long for SCORM 1.2. */
  suspend(data: string): boolean {
    return this.#scorm?.suspend(data) ?? false;
  }

  completed(summary: ScoreSummary, passed: boolean | undefined): void {
    this.#scorm?.complete(summary.score, summary.max, passed);
    const builder = this.#xapi?.builder;
    this.#send([builder?.completed(summary), passed === undefined ? undefined : builder?.passedOrFailed(summary, passed)]);
  }

  /** The page is going away: finish the SCORM session (no calls after this). */
  end(): void {
    this.#scorm?.finish();
  }

  /** One request at a time, so the record store receives the statements in the order they happened. */
  #sending: Promise<unknown> = Promise.resolve();

  #send(statements: (XapiStatement | undefined)[]): void {
    const ready = statements.filter((s): s is XapiStatement => s !== undefined);
    const xapi = this.#xapi;
    if (xapi && ready.length) this.#sending = this.#sending.then(() => sendStatements(xapi.target, ready));
  }
}
