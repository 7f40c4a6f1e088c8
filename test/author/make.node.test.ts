// One run of the authoring page's generator, as its worker does it: plain data back, never a throw.
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {makeQuiz, type MakeRequest} from '../../src/author/make.js';
import {factRows} from '../../src/author/summary.js';
import {extractFacts} from '../../src/generator/facts.js';
import {ArticleError, generateQuiz} from '../../src/generator/quiz.js';

const request = (file: string): MakeRequest => ({input: readFileSync(file, 'utf8'), title: 'A title', source: 'A source'});

describe('makeQuiz (the generator worker’s work)', () => {
  it('gives the quiz, its notes and the facts it was made from, which cross to the page as they are', () => {
    const req = request('test/corpus/articles/11-voa-le-parker-probe-closest-pass.txt');
    const reply = makeQuiz(req);
    if (!reply.ok) throw new Error(reply.message);
    const direct = generateQuiz(req.input, {title: 'A title', source: 'A source'});
    expect(reply.quiz).toEqual(direct.quiz);
    expect(reply.notes).toEqual(direct.notes);
    expect(reply.skipped).toEqual(direct.skipped);
    // The facts come from the generator's own pass: the same as extracting them apart.
    expect(reply.rows).toEqual(factRows(extractFacts(req.input)));
    expect(reply.rows.total).toBeGreaterThan(5);
    expect(structuredClone(reply)).toEqual(reply);
  });

  it('says which failure it was: the article, or a bug', () => {
    const req = {input: ' date 2017-09-20\nThe talks ended in 1999.\n', title: '', source: ''};
    const article = makeQuiz(req, () => {
      throw new ArticleError('no article text after the dateline');
    });
    expect(article).toEqual({ok: false, kind: 'article', message: 'no article text after the dateline'});
    const bug = makeQuiz(req, () => {
      throw new TypeError('x is undefined');
    });
    expect(bug).toEqual({ok: false, kind: 'unexpected', message: 'x is undefined'});
    const odd = makeQuiz(req, () => {
      throw 'a string';
    });
    expect(odd).toEqual({ok: false, kind: 'unexpected', message: 'a string'});
  });

  it('refuses a quiz that is not a valid question file', () => {
    const req = {input: ' date 2017-09-20\nThe talks ended in 1999.\n', title: '', source: ''};
    const reply = makeQuiz(req, (text, options) => {
      const result = generateQuiz(text, options);
      return {...result, quiz: {...result.quiz, id: ''}};
    });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.kind).toBe('invalid');
    expect(!reply.ok && reply.message).toMatch(/id/);
  });
});
