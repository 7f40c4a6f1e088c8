/**
 * Keeps questions/schema.json and the TypeScript types + validator in step: the same enums and required
 * fields, and the same verdict on every file the schema can judge.
 */
import {readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {CATEGORIES, DATE_PRECISIONS, FORMAT_NAME, FORMAT_VERSION, QUESTION_KINDS, UNITS, UNITS_BY_DIMENSION, type MatchingQuestion, type QuizFile, type TimelineQuestion} from '../../src/format/types.js';
import {validateQuizFile} from '../../src/format/validate.js';
import {cloneJson, kindsQuiz, makeQuiz, measureQuiz} from '../fixtures.js';
import {BROKEN_FILES} from './broken-files.js';

const schema = JSON.parse(readFileSync('questions/schema.json', 'utf8'));
const ajv = new Ajv2020({allErrors: true, strict: false});
const schemaAccepts = ajv.compile(schema);

const question = schema.$defs.question;
const [choiceBranch, numericBranch, timelineBranch, matchingBranch] = question.oneOf;

describe('questions/schema.json agrees with src/format', () => {
  it('has the same format name, version and enums', () => {
    expect(schema.properties.format.const).toBe(FORMAT_NAME);
    expect(schema.properties.version.const).toBe(FORMAT_VERSION);
    expect(question.properties.category.enum).toEqual([...CATEGORIES]);
    expect(question.properties.kind.enum).toEqual([...QUESTION_KINDS]);
    expect(numericBranch.properties.answer.properties.unit.enum).toEqual([...UNITS]);
    expect(schema.$defs.lengthUnit.enum).toEqual([...UNITS_BY_DIMENSION.length]);
    expect(schema.properties.article.properties.precision.enum).toEqual([...DATE_PRECISIONS]);
  });

  it('requires exactly the fields every file of the types has', () => {
    const quiz: QuizFile = makeQuiz();
    const optional = new Set(['generator', 'url', 'highlight']);
    const keys = (o: object) => Object.keys(o).filter((k) => !optional.has(k)).sort();
    expect([...schema.required].sort()).toEqual(keys(quiz));
    expect([...schema.properties.article.required].sort()).toEqual(keys(quiz.article));
    expect([...schema.$defs.evidence.required].sort()).toEqual(keys(quiz.questions[0]!.evidence));
    const q0 = quiz.questions[0]!;
    expect([...question.required, ...choiceBranch.required].sort()).toEqual(keys(q0));
    const [timeline, matching] = kindsQuiz().questions.slice(-2);
    expect([...question.required, ...timelineBranch.required].sort()).toEqual(keys(timeline!));
    expect([...question.required, ...matchingBranch.required].sort()).toEqual(keys(matching!).filter((k) => k !== 'distractors'));
    expect([...timelineBranch.properties.items.items.required].sort()).toEqual(keys((timeline as TimelineQuestion).items[0]!));
    expect([...matchingBranch.properties.pairs.items.required].sort()).toEqual(keys((matching as MatchingQuestion).pairs[0]!));
  });

  it('accepts the files the validator accepts', () => {
    const seed = JSON.parse(readFileSync('questions/kharkiv-strikes.json', 'utf8'));
    for (const file of [seed, makeQuiz(), makeQuiz({questions: []}), kindsQuiz(), measureQuiz()]) {
      expect(validateQuizFile(file).ok).toBe(true);
      expect(schemaAccepts(file), JSON.stringify(schemaAccepts.errors)).toBe(true);
    }
  });

  it.each(BROKEN_FILES.filter((b) => b.schemaCanTell).map((b) => [b.name, b] as const))(
    'rejects %s, as the validator does',
    (_name, broken) => {
      const quiz = cloneJson(makeQuiz());
      broken.breakIt(quiz);
      expect(validateQuizFile(quiz).ok).toBe(false);
      expect(schemaAccepts(quiz)).toBe(false);
    }
  );

  it('rejects an unknown version, as the validator does', () => {
    const quiz = {...makeQuiz(), version: 2};
    expect(validateQuizFile(quiz).ok).toBe(false);
    expect(schemaAccepts(quiz)).toBe(false);
  });
});
