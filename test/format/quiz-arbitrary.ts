/**
 * fast-check arbitraries for question files: every well-formed format-1 file (any text, any number of
 * questions of every kind), and the paths into one, for tests that break a single field.
 */
import fc from 'fast-check';
import {CATEGORIES, UNITS, UNITS_BY_DIMENSION, type Evidence, type Question, type QuizFile} from '../../src/format/types.js';

/** Text the validator accepts: a string with something other than whitespace in it. */
export const textArb = (unit: 'grapheme' | 'grapheme-ascii' | 'binary' = 'grapheme'): fc.Arbitrary<string> =>
  fc.string({unit, minLength: 1, maxLength: 60}).filter((s) => s.trim() !== '');

export const idArb = fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const publishedArb = fc.oneof(
  fc.integer({min: 0, max: 9999}).map((y) => ({precision: 'year' as const, published: pad(y, 4)})),
  fc.tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 12})).map(([y, m]) => ({precision: 'month' as const, published: `${pad(y, 4)}-${pad(m, 2)}`})),
  fc
    .tuple(fc.integer({min: 0, max: 9999}), fc.integer({min: 1, max: 12}), fc.integer({min: 1, max: 31}))
    .map(([y, m, d]) => ({precision: 'day' as const, published: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`}))
);

function evidenceArb(paragraphs: string[]): fc.Arbitrary<Evidence> {
  return fc.integer({min: 0, max: paragraphs.length - 1}).chain((paragraph) => {
    const length = paragraphs[paragraph]!.length;
    return fc
      .tuple(fc.integer({min: 0, max: length - 1}), fc.integer({min: 1, max: length}))
      .map(([a, b]) => (a < b ? [a, b] : [b - 1, a + 1]) as [number, number])
      .chain(([start, end]) =>
        fc
          .option(
            fc.tuple(fc.integer({min: start, max: end - 1}), fc.integer({min: start + 1, max: end})).map(([a, b]) => (a < b ? {start: a, end: b} : {start: b - 1, end: a + 1})),
            {nil: undefined}
          )
          .map((highlight) => ({paragraph, start, end, ...(highlight ? {highlight} : {})}))
      );
  });
}

const pointsArb = fc.oneof(fc.integer({min: 1, max: 10}), fc.double({min: 0.001, max: 1e6, noNaN: true}));

function questionArb(id: string, paragraphs: string[]): fc.Arbitrary<Question> {
  const base = fc.record({
    category: fc.constantFrom(...CATEGORIES),
    prompt: textArb(),
    explanation: textArb(),
    evidence: evidenceArb(paragraphs),
    points: pointsArb,
  });
  const singleChoice = fc
    .tuple(base, fc.uniqueArray(fc.record({id: idArb, text: textArb()}), {selector: (c) => c.id, minLength: 2, maxLength: 6}))
    .chain(([b, choices]) =>
      fc.integer({min: 0, max: choices.length - 1}).map((i): Question => ({id, ...b, kind: 'single-choice', choices, answer: choices[i]!.id}))
    );
  const numeric = fc
    .tuple(base, fc.double({noNaN: true, noDefaultInfinity: true}), fc.double({min: 0, max: 1e300, noNaN: true}))
    // A distance is a length; other categories may hold any unit.
    .chain(([b, value, tolerance]) =>
      fc
        .constantFrom(...(b.category === 'distance' ? UNITS_BY_DIMENSION.length : UNITS))
        .map((unit): Question => ({id, ...b, kind: 'numeric', answer: {value, unit, tolerance}}))
    );
  const timeline = fc
    .tuple(base, fc.uniqueArray(fc.record({id: idArb, text: textArb(), when: textArb(), evidence: evidenceArb(paragraphs)}), {selector: (i) => i.id, minLength: 3, maxLength: 5}))
    .map(([b, items]): Question => ({id, ...b, kind: 'timeline', items}));
  const matching = fc
    .tuple(
      base,
      fc.uniqueArray(fc.record({id: idArb, prompt: textArb(), answer: textArb(), evidence: evidenceArb(paragraphs)}), {selector: (p) => p.id, minLength: 2, maxLength: 6}),
      fc.option(fc.array(textArb(), {maxLength: 4}), {nil: undefined})
    )
    .map(([b, pairs, distractors]): Question => {
      const answers = new Set(pairs.map((p) => p.answer));
      const wrong = distractors?.filter((d) => !answers.has(d));
      return {id, ...b, kind: 'matching', pairs, ...(wrong ? {distractors: wrong} : {})};
    });
  return fc.oneof(singleChoice, numeric, timeline, matching);
}

/** Any well-formed question file. */
export const quizFileArb: fc.Arbitrary<QuizFile> = fc
  .record({
    id: idArb,
    title: textArb(),
    source: textArb(),
    url: fc.option(textArb('grapheme-ascii'), {nil: undefined}),
    language: fc.constantFrom('en', 'fr', 'de-CH', 'zz', 'not a tag'),
    date: publishedArb,
    paragraphs: fc.array(textArb(), {minLength: 1, maxLength: 5}),
    questionIds: fc.uniqueArray(idArb, {minLength: 0, maxLength: 6}),
    generator: fc.option(fc.record({name: textArb(), version: fc.option(textArb(), {nil: undefined})}), {nil: undefined}),
  })
  .chain((f) =>
    fc.tuple(...f.questionIds.map((id) => questionArb(id, f.paragraphs))).map((questions): QuizFile => {
      const generator = f.generator && {name: f.generator.name, ...(f.generator.version ? {version: f.generator.version} : {})};
      return {
        format: 'article-quiz',
        version: 1,
        id: f.id,
        article: {
          title: f.title,
          source: f.source,
          ...(f.url ? {url: f.url} : {}),
          published: f.date.published,
          precision: f.date.precision,
          language: f.language,
          paragraphs: f.paragraphs,
        },
        questions: questions as Question[],
        ...(generator ? {generator} : {}),
      };
    })
  );

export type PathStep = string | number;

/** Every path into a JSON value (objects and arrays included, the root excluded), as steps. */
export function allPaths(value: unknown, prefix: PathStep[] = []): PathStep[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...allPaths(v, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
  }
  return [];
}

/** The validator's way of writing a path: `questions[2].choices[0].id`. */
export function pathText(path: PathStep[]): string {
  return path.map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`)).join('');
}

export function getAt(root: unknown, path: PathStep[]): unknown {
  return path.reduce<unknown>((node, step) => (node as Record<PathStep, unknown>)[step], root);
}

/** Replaces (or, for `undefined` in an object, deletes) the value at `path` in place. */
export function setAt(root: unknown, path: PathStep[], value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<PathStep, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

/** Fields a valid file may leave out. */
export const OPTIONAL_FIELDS = new Set(['url', 'generator', 'version@generator', 'highlight', 'distractors']);

export function isOptional(path: PathStep[]): boolean {
  const last = path[path.length - 1];
  if (last === 'version' && path[path.length - 2] === 'generator') return true;
  return typeof last === 'string' && last !== 'version' && OPTIONAL_FIELDS.has(last);
}

/** A value of another JSON type than `value` (never the same type, so it can never pass as it). */
export function wrongTypeArb(value: unknown): fc.Arbitrary<unknown> {
  const all: [string, fc.Arbitrary<unknown>][] = [
    ['string', fc.string()],
    ['number', fc.double({noNaN: true, noDefaultInfinity: true})],
    ['boolean', fc.boolean()],
    ['null', fc.constant(null)],
    ['array', fc.array(fc.jsonValue(), {maxLength: 3})],
    ['object', fc.dictionary(fc.string(), fc.jsonValue(), {maxKeys: 3})],
  ];
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return fc.oneof(...all.filter(([t]) => t !== type).map(([, arb]) => arb));
}
