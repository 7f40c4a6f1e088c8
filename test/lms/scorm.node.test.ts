import {beforeAll, describe, expect, it} from 'vitest';
import {gradeAnswer} from '../../src/quiz/answers.js';
import {scormInteraction} from '../../src/lms/reporter.js';
import {ScormSession, scormIdentifier, SUSPEND_LIMIT} from '../../src/lms/scorm.js';
import {kindsQuiz} from '../fixtures.js';
import type {PlatformLog} from './platform.js';

// scorm-again expects a browser window; in Node its globals can be the window.
(globalThis as {window?: unknown}).window ??= globalThis;
let makePlatform: typeof import('./platform.js').makePlatform;
beforeAll(async () => {
  ({makePlatform} = await import('./platform.js'));
});

const quiz = kindsQuiz();
const [choice, numeric, , timeline, matching] = quiz.questions as [any, any, any, any, any];
const answers = [
  [choice, {kind: 'choice', choiceId: 'a'}],
  [numeric, {kind: 'numeric', value: 19, unit: 'mile'}],
  [timeline, {kind: 'order', order: ['ready', 'storm', 'bridge']}],
  [matching, {kind: 'matches', matches: {p1: 'Ana Ruiz', p2: 'The Test Gazette'}}],
] as const;

function run(version: '1.2' | '2004', passMark?: boolean): {log: PlatformLog; session: ScormSession; values: Map<string, string>} {
  const {found, log} = makePlatform(version);
  const session = new ScormSession(found);
  expect(session.initialize()).toBe('');
  for (const [question, answer] of answers) {
    session.recordInteraction(scormInteraction(question, answer as never, gradeAnswer(question, answer as never), version));
  }
  session.complete(5.5, 9, passMark);
  return {log, session, values: log.values};
}

describe.each(['1.2', '2004'] as const)('SCORM %s session', (version) => {
  it('records every kind of interaction in values the platform accepts', () => {
    const {log, values} = run(version);
    expect(log.refused).toEqual([]);
    const response = version === '1.2' ? 'student_response' : 'learner_response';
    expect([0, 1, 2, 3].map((n) => values.get(`cmi.interactions.${n}.type`))).toEqual(['choice', 'numeric', 'sequencing', 'matching']);
    expect(values.get(`cmi.interactions.0.${response}`)).toBe('a');
    expect(values.get('cmi.interactions.0.correct_responses.0.pattern')).toBe('b');
    expect(values.get('cmi.interactions.0.result')).toBe(version === '1.2' ? 'wrong' : 'incorrect');
    expect(values.get(`cmi.interactions.1.${response}`)).toBe('30.578'); // 19 miles in the answer's kilometres
    expect(values.get('cmi.interactions.1.result')).toBe('correct');
    expect(values.get('cmi.interactions.1.correct_responses.0.pattern')).toBe(version === '1.2' ? '30' : '28[:]32');
    expect(values.get(`cmi.interactions.2.${response}`)).toBe(version === '1.2' ? 'b,a,c' : 'b[,]a[,]c');
    // Partial credit: 2004 records the share, 1.2 (which has no partial result) says wrong.
    expect(values.get('cmi.interactions.2.result')).toBe(version === '1.2' ? 'wrong' : '0.6667');
    expect(values.get(`cmi.interactions.3.${response}`)).toBe(version === '1.2' ? '1.a,2.c' : '1[.]a[,]2[.]c');
    expect(values.get('cmi.interactions.3.correct_responses.0.pattern')).toBe(version === '1.2' ? '1.a,2.b' : '1[.]a[,]2[.]b');
  });

  it('reports the score and the status, with pass/fail against the pass mark', () => {
    const {values} = run(version, true);
    // 5.5 of 9 points: the student is shown 61%, and the platform gets the same 61 to judge the pass mark by.
    if (version === '1.2') {
      expect([values.get('cmi.core.score.raw'), values.get('cmi.core.score.min'), values.get('cmi.core.score.max')]).toEqual(['61', '0', '100']);
      expect(values.get('cmi.core.lesson_status')).toBe('passed');
    } else {
      expect([values.get('cmi.score.raw'), values.get('cmi.score.max'), values.get('cmi.score.scaled')]).toEqual(['5.5', '9', '0.61']);
      expect([values.get('cmi.completion_status'), values.get('cmi.success_status')]).toEqual(['completed', 'passed']);
    }
    const withoutMark = run(version).values;
    expect(withoutMark.get(version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status')).toBe(version === '1.2' ? 'completed' : 'unknown');
  });

  it('keeps suspend data within the limit and resumes from it', () => {
    const {found, log} = makePlatform(version);
    const session = new ScormSession(found);
    session.initialize();
    expect(session.suspend('x'.repeat(SUSPEND_LIMIT[version] + 1))).toBe(false);
    expect(session.suspend('{"saved":true}')).toBe(true);
    expect(log.values.get('cmi.suspend_data')).toBe('{"saved":true}');
    expect(log.values.get(version === '1.2' ? 'cmi.core.exit' : 'cmi.exit')).toBe('suspend');
    for (const value of log.values.values()) expect(value.length).toBeLessThanOrEqual(SUSPEND_LIMIT[version]);
    const resumed = new ScormSession(makePlatform(version, {entry: 'resume', suspend_data: '{"saved":true}'}).found);
    expect(resumed.initialize()).toBe('{"saved":true}');
  });

  it('makes no call after finishing', () => {
    const {log, session} = run(version);
    session.finish();
    session.recordInteraction(scormInteraction(choice, {kind: 'choice', choiceId: 'b'}, gradeAnswer(choice, {kind: 'choice', choiceId: 'b'}), version));
    session.complete(1, 1, true);
    session.suspend('{}');
    session.commit();
    session.finish();
    expect(log.afterFinish).toEqual([]);
    expect(log.calls.filter((c) => /Finish|Terminate/.test(c))).toHaveLength(1);
  });
});

describe('SCORM identifiers', () => {
  it('never carry spaces or other characters outside CMIIdentifier', () => {
    expect(scormIdentifier('date friday said')).toBe('date_friday_said');
    expect(scormIdentifier('quote:1.b-2')).toBe('quote:1.b-2');
    expect(scormIdentifier('   ')).toBe('_');
    expect(scormIdentifier('')).toBe('question');
  });
});

describe('a platform that misbehaves', () => {
  it('refusing to start: the quiz makes no other call', () => {
    const {found, log} = makePlatform('2004');
    const refusing = {...found, api: {...found.api, Initialize: () => 'false'}} as typeof found;
    const session = new ScormSession(refusing);
    expect(session.initialize()).toBe('');
    session.recordInteraction(scormInteraction(choice, {kind: 'choice', choiceId: 'a'}, gradeAnswer(choice, {kind: 'choice', choiceId: 'a'}), '2004'));
    session.complete(1, 1, true);
    session.finish();
    expect(log.calls).toEqual([]);
  });

  it('throwing from its API: every call is a refusal and nothing reaches the quiz', () => {
    for (const version of ['1.2', '2004'] as const) {
      const {found} = makePlatform(version);
      const calls: string[] = [];
      const api = Object.fromEntries(
        Object.keys(found.api).map((name) => [name, () => {
          calls.push(name);
          if (/Initialize$/.test(name)) return 'true';
          throw new Error(`${name}: the server went away`);
        }])
      );
      const session = new ScormSession({...found, api} as unknown as typeof found);
      expect(session.initialize()).toBe('');
      expect(() => {
        session.recordInteraction(scormInteraction(choice, {kind: 'choice', choiceId: 'a'}, gradeAnswer(choice, {kind: 'choice', choiceId: 'a'}), version));
        session.suspend('{}');
        session.complete(1, 1, true);
        session.finish();
      }).not.toThrow();
      expect(calls.at(-1)).toBe(version === '1.2' ? 'LMSFinish' : 'Terminate');
    }
  });
});
