/**
 * A SCORM session for one quiz: SCORM 1.2 (Moodle plays only 1.2) and SCORM 2004. It keeps to what the
 * specifications require even where runtimes are lenient: no call after finishing, suspend data within
 * 4,096 characters in 1.2, identifiers without spaces, and only values of the right vocabulary.
 */
import type {FoundApi} from './find-api.js';

export type InteractionType = 'choice' | 'numeric' | 'sequencing' | 'matching';

export interface Interaction {
  id: string;
  type: InteractionType;
  /** The student's response, already in the SCORM format for its type. */
  response: string;
  /** The right response, same format. */
  correct: string;
  /** Full credit, none, or partial (2004 records the share; 1.2 has no partial result and says "wrong"). */
  credit: number;
  weighting: number;
}

/** Suspend data limits: SCORM 1.2 CMIString4096; SCORM 2004 (4th ed.) 64,000 characters. */
export const SUSPEND_LIMIT = {'1.2': 4096, '2004': 64000} as const;

/** CMIIdentifier: letters, digits and -_.: only; never empty, never spaces. */
export function scormIdentifier(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_.:-]+/g, '_').slice(0, 250);
  return id || 'question';
}

const decimal = (n: number) => String(Math.round(n * 10000) / 10000);

export class ScormSession {
  #finished = false;
  #initialized = false;
  #interactions = 0;

  constructor(private readonly found: FoundApi) {}

  get version(): FoundApi['version'] {
    return this.found.version;
  }

  get active(): boolean {
    return this.#initialized && !this.#finished;
  }

  /**
   * Calls the platform's API by its 2004 name (1.2 names add "LMS", and Terminate is LMSFinish). A platform's
   * API that throws (a wrapper whose server went away, a frame that navigated) counts as a refusal: the quiz
   * goes on, it never sees the error.
   */
  #call(name: 'Initialize' | 'GetValue' | 'SetValue' | 'Commit' | 'Terminate', ...args: string[]): string {
    const {version, api} = this.found;
    const method = version === '2004' ? name : name === 'Terminate' ? 'LMSFinish' : `LMS${name}`;
    try {
      return String((api as unknown as Record<string, (...a: string[]) => unknown>)[method]!(...args));
    } catch {
      return '';
    }
  }

  #get(name: string): string {
    return this.active ? this.#call('GetValue', name) : '';
  }

  #set(name: string, value: string | number): boolean {
    return this.active && this.#call('SetValue', name, String(value)) === 'true';
  }

  /** Starts the session; returns the suspend data of an earlier attempt, if the platform has some. */
  initialize(): string {
    const {version} = this.found;
    this.#initialized = this.#call('Initialize', '') === 'true';
    if (!this.#initialized) return '';
    const entry = this.#get(version === '2004' ? 'cmi.entry' : 'cmi.core.entry');
    this.#interactions = Number(this.#get('cmi.interactions._count')) || 0;
    if (version === '2004') {
      if (this.#get('cmi.completion_status') !== 'completed') this.#set('cmi.completion_status', 'incomplete');
    } else if (this.#get('cmi.core.lesson_status') === 'not attempted') {
      this.#set('cmi.core.lesson_status', 'incomplete');
    }
    return entry === 'resume' ? this.#get('cmi.suspend_data') : '';
  }

  recordInteraction(interaction: Interaction): void {
    if (!this.active) return;
    const n = `cmi.interactions.${this.#interactions++}`;
    const is2004 = this.found.version === '2004';
    this.#set(`${n}.id`, scormIdentifier(interaction.id));
    this.#set(`${n}.type`, interaction.type);
    this.#set(`${n}.weighting`, decimal(interaction.weighting));
    this.#set(`${n}.correct_responses.0.pattern`, interaction.correct);
    this.#set(is2004 ? `${n}.learner_response` : `${n}.student_response`, interaction.response);
    const result = interaction.credit >= 1 ? 'correct' : interaction.credit <= 0 || !is2004 ? (is2004 ? 'incorrect' : 'wrong') : decimal(interaction.credit);
    this.#set(`${n}.result`, result);
    if (is2004) this.#set(`${n}.timestamp`, new Date().toISOString().replace(/\.\d+Z$/, ''));
  }

  /** Saves where the student is; false when it does not fit the version's limit (it is then not sent). */
  suspend(data: string): boolean {
    if (!this.active || data.length > SUSPEND_LIMIT[this.found.version]) return false;
    this.#set('cmi.suspend_data', data);
    this.#set(this.found.version === '2004' ? 'cmi.exit' : 'cmi.core.exit', 'suspend');
    this.commit();
    return true;
  }

  /** The final score and status of the attempt. `passed` is undefined without a pass mark. */
  complete(score: number, max: number, passed: boolean | undefined): void {
    if (!this.active) return;
    const is2004 = this.found.version === '2004';
    const prefix = is2004 ? 'cmi.score' : 'cmi.core.score';
    // 1.2 scores are 0-100; 2004 keeps raw points and adds the scaled share. Both carry the whole percentage the
    // student is shown, so a platform comparing it with the mastery score or minNormalizedMeasure decides as the
    // quiz did (2 of 3 points is 67%, which passes a pass mark of 67).
    const percentage = max ? Math.round((score / max) * 100) : 0;
    const raw = is2004 ? score : percentage;
    this.#set(`${prefix}.min`, 0);
    this.#set(`${prefix}.max`, is2004 ? decimal(max) : 100);
    this.#set(`${prefix}.raw`, decimal(raw));
    if (is2004) {
      this.#set('cmi.score.scaled', decimal(percentage / 100));
      this.#set('cmi.completion_status', 'completed');
      this.#set('cmi.success_status', passed === undefined ? 'unknown' : passed ? 'passed' : 'failed');
    } else {
      this.#set('cmi.core.lesson_status', passed === undefined ? 'completed' : passed ? 'passed' : 'failed');
    }
    this.commit();
  }

  commit(): void {
    if (this.active) this.#call('Commit', '');
  }

  /** Ends the session (the page is closing). Nothing is sent after this. */
  finish(): void {
    if (!this.active) return;
    this.commit();
    this.#finished = true;
    this.#call('Terminate', '');
  }
}
