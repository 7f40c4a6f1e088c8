/**
 * xAPI (Experience API 1.0.3) statements for a quiz: answered, completed, passed or failed. Built as plain
 * data (pure, testable), sent by `sendStatements` to the endpoint the host page chose. Nothing is sent
 * without an endpoint.
 */
import type {Question, QuizFile} from '../format/types.js';
import type {AnswerResult} from '../quiz/answers.js';
import type {ScoreSummary} from '../quiz/score.js';

const VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';
const QUESTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Who the statements are about: an email address, or an account on the host's system. */
export type XapiActor =
  | {objectType?: 'Agent'; name?: string; mbox: string}
  | {objectType?: 'Agent'; name?: string; account: {homePage: string; name: string}};

export interface XapiStatement {
  id: string;
  actor: XapiActor;
  verb: {id: string; display: {'en-US': string}};
  object: {objectType: 'Activity'; id: string; definition: {type: string; name: {[lang: string]: string}}};
  result?: {success?: boolean; completion?: boolean; response?: string; score?: {raw: number; min: number; max: number; scaled: number}};
  context: {registration: string; contextActivities?: {parent: {objectType: 'Activity'; id: string}[]}};
  timestamp: string;
}

/** The quiz's activity IRI: its article's URL when it has one, else a URN of the quiz id. */
export function quizActivityId(quiz: QuizFile): string {
  return quiz.article.url && /^https?:\/\//.test(quiz.article.url) ? quiz.article.url : `urn:article-quiz:${encodeURIComponent(quiz.id)}`;
}

function score(points: number, max: number) {
  return {raw: points, min: 0, max, scaled: max ? Math.round((points / max) * 10000) / 10000 : 0};
}

export class StatementBuilder {
  constructor(
    private readonly quiz: QuizFile,
    private readonly actor: XapiActor,
    /** One attempt: a UUID tying its statements together. */
    private readonly registration: string,
    private readonly uuid: () => string = () => crypto.randomUUID(),
    private readonly now: () => Date = () => new Date()
  ) {}

  #statement(verb: keyof typeof VERBS, object: XapiStatement['object'], result: XapiStatement['result'], parent: boolean): XapiStatement {
    return {
      id: this.uuid(),
      actor: this.actor,
      verb: {id: VERBS[verb], display: {'en-US': verb}},
      object,
      ...(result ? {result} : {}),
      context: {
        registration: this.registration,
        ...(parent ? {contextActivities: {parent: [{objectType: 'Activity' as const, id: quizActivityId(this.quiz)}]}} : {}),
      },
      timestamp: this.now().toISOString(),
    };
  }

  #quizObject(): XapiStatement['object'] {
    const lang = this.quiz.article.language || 'en';
    return {objectType: 'Activity', id: quizActivityId(this.quiz), definition: {type: ASSESSMENT, name: {[lang]: this.quiz.article.title}}};
  }

  answered(question: Question, result: AnswerResult, response: string): XapiStatement {
    const lang = this.quiz.article.language || 'en';
    const object: XapiStatement['object'] = {
      objectType: 'Activity',
      id: `${quizActivityId(this.quiz)}#${encodeURIComponent(question.id)}`,
      definition: {type: QUESTION, name: {[lang]: question.prompt}},
    };
    return this.#statement('answered', object, {success: result.correct, response, score: score(result.points, result.maxPoints)}, true);
  }

  completed(summary: ScoreSummary): XapiStatement {
    return this.#statement('completed', this.#quizObject(), {completion: true, score: score(summary.score, summary.max)}, false);
  }

  passedOrFailed(summary: ScoreSummary, passed: boolean): XapiStatement {
    return this.#statement(passed ? 'passed' : 'failed', this.#quizObject(), {success: passed, score: score(summary.score, summary.max)}, false);
  }
}

export interface XapiTarget {
  /** The LRS endpoint, e.g. https://lrs.example/xapi/ (statements go to its /statements resource). */
  endpoint: string;
  /** The Authorization header value the host page was given, e.g. "Basic …". Never taken from markup. */
  auth?: string;
}

/** Posts statements; one retry on a network error or 5xx; never throws. Returns whether the LRS took them. */
export async function sendStatements(target: XapiTarget, statements: XapiStatement[], fetcher: typeof fetch = fetch): Promise<boolean> {
  const url = `${target.endpoint.replace(/\/+$/, '')}/statements`;
  const init: RequestInit = {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Experience-API-Version': '1.0.3',
      ...(target.auth ? {Authorization: target.auth} : {}),
    },
    body: JSON.stringify(statements),
  };
  let failure = 'could not be reached';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetcher(url, init);
      if (response.ok) return true;
      failure = `answered ${response.status}${response.status === 401 || response.status === 403 ? ' (check xapiAuth)' : ''}`;
      if (response.status < 500) break;
    } catch {
      // Offline or refused: try once more, then give up; the quiz itself goes on.
    }
  }
  // The student is not disturbed, but whoever set up the page can see why the records are missing.
  console.warn(`article-quiz: xAPI statements not recorded: ${url} ${failure}.`);
  return false;
}
