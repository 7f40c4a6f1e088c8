import validateStatement from '@learninglocker/xapi-validation';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {gradeAnswer} from '../../src/quiz/answers.js';
import {summarize} from '../../src/quiz/score.js';
import {quizActivityId, sendStatements, StatementBuilder, type XapiStatement} from '../../src/lms/xapi.js';
import {kindsQuiz} from '../fixtures.js';
import {startReceiver} from './receiver.js';

const quiz = kindsQuiz();
const [choice, numeric] = quiz.questions as [any, any];
let n = 0;
const builder = new StatementBuilder(quiz, {name: 'Sam', mbox: 'mailto:sam@example.org'}, '6f1b3f3e-1c1a-4d3b-9a7e-0d2f1c3b4a5e', () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, () => new Date('2026-11-25T20:00:00Z'));

function statements(): XapiStatement[] {
  const right = gradeAnswer(choice, {kind: 'choice', choiceId: 'b'});
  const close = gradeAnswer(numeric, {kind: 'numeric', value: 33, unit: 'kilometer'});
  const summary = summarize(quiz.questions, new Map([[choice.id, right], [numeric.id, close]]));
  return [builder.answered(choice, right, 'b'), builder.answered(numeric, close, '33'), builder.completed(summary), builder.passedOrFailed(summary, false)];
}

describe('xAPI statements', () => {
  it('follow the xAPI specification', () => {
    for (const statement of statements()) expect(validateStatement(statement).map((w) => `${w.path.join('.')}: ${w.name}`)).toEqual([]);
  });

  it('say answered, completed and failed with scores, tied to the quiz', () => {
    const [answered, close, completed, failed] = statements();
    expect(answered!.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(answered!.result).toEqual({success: true, response: 'b', score: {raw: 1, min: 0, max: 1, scaled: 1}});
    expect(close!.result!.score).toEqual({raw: 1, min: 0, max: 2, scaled: 0.5});
    expect(answered!.object.id).toBe(`${quizActivityId(quiz)}#q-date`);
    expect(answered!.context.contextActivities!.parent[0]!.id).toBe('urn:article-quiz:test-quiz');
    expect(completed!.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(completed!.result).toEqual({completion: true, score: {raw: 2, min: 0, max: 9, scaled: 0.2222}});
    expect(failed!.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(new Set(statements().map((s) => s.context.registration)).size).toBe(1);
  });
});

describe('sending statements', () => {
  const servers: {close(): void}[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  it('posts them to the endpoint with the xAPI version header and the host page’s credentials', async () => {
    const lrs = await startReceiver();
    servers.push(lrs.server);
    expect(await sendStatements({endpoint: lrs.url, auth: 'Basic dGVzdDp0ZXN0'}, statements())).toBe(true);
    expect(lrs.received).toHaveLength(1);
    const [request] = lrs.received;
    expect([request!.method, request!.url]).toEqual(['POST', '/xapi/statements']);
    expect(request!.headers['x-experience-api-version']).toBe('1.0.3');
    expect(request!.headers.authorization).toBe('Basic dGVzdDp0ZXN0');
    expect((request!.body as XapiStatement[]).map((s) => s.verb.display['en-US'])).toEqual(['answered', 'answered', 'completed', 'failed']);
  });

  it('retries once after a server error, and gives up without disturbing the quiz when the endpoint is unreachable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const lrs = await startReceiver(1);
    servers.push(lrs.server);
    expect(await sendStatements({endpoint: lrs.url}, statements().slice(0, 1))).toBe(true);
    expect(lrs.received).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
    expect(await sendStatements({endpoint: 'http://127.0.0.1:9/xapi'}, statements().slice(0, 1))).toBe(false);
    // Whoever set up the page can see why nothing was recorded.
    expect(warn).toHaveBeenCalledWith('article-quiz: xAPI statements not recorded: http://127.0.0.1:9/xapi/statements could not be reached.');
    warn.mockRestore();
  });

  it('does not retry a refusal, and says to check the credentials', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const calls: string[] = [];
    const refusing = (async (url: string) => {
      calls.push(url);
      return new Response('no', {status: 401});
    }) as unknown as typeof fetch;
    expect(await sendStatements({endpoint: 'https://lrs.example/xapi/'}, statements().slice(0, 1), refusing)).toBe(false);
    expect(calls).toEqual(['https://lrs.example/xapi/statements']);
    expect(warn).toHaveBeenCalledWith('article-quiz: xAPI statements not recorded: https://lrs.example/xapi/statements answered 401 (check xapiAuth).');
    warn.mockRestore();
  });
});
