import {
  CATEGORIES,
  DATE_PRECISIONS,
  dimensionOf,
  FORMAT_NAME,
  FORMAT_VERSION,
  QUESTION_KINDS,
  UNITS,
  UNITS_BY_DIMENSION,
  type QuizFile,
} from './types.js';

/** One problem in a question file: where (`questions[3].choices`) and what was expected. */
export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = {ok: true; quiz: QuizFile} | {ok: false; issues: ValidationIssue[]};

/** Stop collecting after this many issues: a broken file needs its first problems shown, not ten thousand. */
const MAX_ISSUES = 20;
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;
const DATE_PATTERNS: Record<string, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
};

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

type Json = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

/**
 * Collects issues while walking the file; each check returns whether the value may be walked further. Checks
 * name a field of the current scope (`enter`/`leave`), and the full path (`questions[3].choices[1].id`) is
 * spelt out only when something fails: a valid 10,000-question bank is walked without building one path.
 */
class Checker {
  readonly issues: ValidationIssue[] = [];
  readonly #scope: (string | number)[] = [];

  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }

  enter(key: string | number): void {
    this.#scope.push(key);
  }

  leave(): void {
    this.#scope.pop();
  }

  /** A field of the current scope, or the scope itself for ''. */
  path(field: string | number = ''): string {
    let path = '';
    for (const key of field === '' ? this.#scope : [...this.#scope, field]) {
      path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
    }
    return path;
  }

  fail(field: string | number, message: string): false {
    if (!this.full) this.issues.push({path: this.path(field), message});
    return false;
  }

  object(value: unknown, field: string | number): value is Json {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    return this.fail(field, `expected an object, got ${describe(value)}`);
  }

  array(value: unknown, field: string): value is unknown[] {
    return Array.isArray(value) || this.fail(field, `expected an array, got ${describe(value)}`);
  }

  text(value: unknown, field: string | number): value is string {
    if (typeof value !== 'string') return this.fail(field, `expected a string, got ${describe(value)}`);
    if (value.trim() === '') return this.fail(field, 'expected a non-empty string');
    return true;
  }

  number(value: unknown, field: string, min: number, exclusive = false): value is number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(field, `expected a number, got ${describe(value)}`);
    }
    if (exclusive ? value <= min : value < min) {
      return this.fail(field, `expected a number ${exclusive ? 'greater than' : 'of at least'} ${min}, got ${value}`);
    }
    return true;
  }

  integer(value: unknown, field: string, min: number): value is number {
    if (!this.number(value, field, min)) return false;
    return Number.isInteger(value) || this.fail(field, `expected a whole number, got ${value}`);
  }

  oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    return this.fail(field, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
  }

  id(value: unknown, field: string): value is string {
    if (!this.text(value, field)) return false;
    return ID_PATTERN.test(value) || this.fail(field, `expected an id of 1-64 letters, digits or _.:- characters, got ${describe(value)}`);
  }
}

function checkArticle(c: Checker, article: unknown): string[] {
  if (!c.object(article, 'article')) return [];
  c.enter('article');
  try {
    c.text(article.title, 'title');
    c.text(article.source, 'source');
    if (article.url !== undefined) c.text(article.url, 'url');
    c.text(article.language, 'language');
    if (c.oneOf(article.precision, 'precision', DATE_PRECISIONS) && c.text(article.published, 'published')) {
      if (!DATE_PATTERNS[article.precision]!.test(article.published)) {
        const shape = {year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD'}[article.precision];
        c.fail('published', `expected a ${article.precision} as ${shape} (precision is "${article.precision}"), got ${describe(article.published)}`);
      }
    }
    if (!c.array(article.paragraphs, 'paragraphs')) return [];
    if (article.paragraphs.length === 0) c.fail('paragraphs', 'expected at least 1 paragraph, got 0');
    c.enter('paragraphs');
    article.paragraphs.forEach((p, i) => c.text(p, i));
    c.leave();
    return article.paragraphs.map((p) => (typeof p === 'string' ? p : ''));
  } finally {
    c.leave();
  }
}

/** Checks `span.start` and `span.end` in the current scope. */
function checkSpan(c: Checker, span: Json, within: {start: number; end: number}): boolean {
  const startOk = c.integer(span.start, 'start', 0);
  const endOk = c.integer(span.end, 'end', 0);
  if (!startOk || !endOk) return false;
  const start = span.start as number;
  const end = span.end as number;
  if (end <= start) return c.fail('end', `expected end after start (${start}), got ${end}`);
  if (start < within.start || end > within.end) {
    return c.fail('', `expected a range inside ${within.start}-${within.end}, got ${start}-${end}`);
  }
  return true;
}

function checkEvidence(c: Checker, evidence: unknown, paragraphs: string[]): void {
  if (!c.object(evidence, 'evidence')) return;
  c.enter('evidence');
  checkEvidenceFields(c, evidence, paragraphs);
  c.leave();
}

function checkEvidenceFields(c: Checker, evidence: Json, paragraphs: string[]): void {
  if (!c.integer(evidence.paragraph, 'paragraph', 0)) return;
  const paragraph = paragraphs[evidence.paragraph as number];
  if (paragraph === undefined) {
    c.fail('paragraph', `expected a paragraph index below ${paragraphs.length}, got ${evidence.paragraph}`);
    return;
  }
  if (!checkSpan(c, evidence, {start: 0, end: paragraph.length})) return;
  if (evidence.highlight !== undefined && c.object(evidence.highlight, 'highlight')) {
    c.enter('highlight');
    checkSpan(c, evidence.highlight, {start: evidence.start as number, end: evidence.end as number});
    c.leave();
  }
}

/** One reusable set for the ids inside a question: a bank's questions do not each allocate one. */
const entryIds = new Set<string>();

function checkChoices(c: Checker, q: Json): void {
  if (!c.array(q.choices, 'choices')) return;
  if (q.choices.length < 2) c.fail('choices', `expected at least 2 choices, got ${q.choices.length}`);
  entryIds.clear();
  c.enter('choices');
  for (let i = 0; i < q.choices.length; i++) {
    const choice = q.choices[i];
    if (!c.object(choice, i)) continue;
    c.enter(i);
    if (c.id(choice.id, 'id')) {
      if (entryIds.has(choice.id)) c.fail('id', `expected a unique choice id, "${choice.id}" is used twice`);
      entryIds.add(choice.id);
    }
    c.text(choice.text, 'text');
    c.leave();
  }
  c.leave();
  if (c.text(q.answer, 'answer') && !entryIds.has(q.answer)) {
    c.fail('answer', `expected the id of one of the choices (${[...entryIds].join(', ')}), got ${describe(q.answer)}`);
  }
}

const unitList = (units: readonly string[]) => units.join(', ');

/** The unit of a numeric answer: one the format knows, and a length for a distance. */
function checkUnit(c: Checker, unit: unknown, category: unknown): void {
  const dimension = typeof unit === 'string' ? dimensionOf(unit) : undefined;
  if (!dimension) {
    c.fail('unit', `expected a unit, in the singular: ${unitList(UNITS)}; got ${describe(unit)}`);
  } else if (category === 'distance' && dimension !== 'length') {
    c.fail(
      'unit',
      `expected a length unit for a distance (${unitList(UNITS_BY_DIMENSION.length)}), got ${describe(unit)}, a ${dimension} unit; ` +
        'a question about another quantity has the category "measure"'
    );
  }
}

function checkNumeric(c: Checker, q: Json): void {
  if (!c.object(q.answer, 'answer')) return;
  c.enter('answer');
  c.number(q.answer.value, 'value', -Infinity);
  checkUnit(c, q.answer.unit, q.category);
  c.number(q.answer.tolerance, 'tolerance', 0);
  c.leave();
}

/** Each entry of a list: an object with a unique id, its own evidence, and whatever `check` adds. */
function checkEntries(c: Checker, list: unknown, key: string, min: number, max: number, paragraphs: string[], check: (entry: Json) => void): void {
  if (!c.array(list, key)) return;
  if (list.length < min || list.length > max) c.fail(key, `expected ${min} to ${max} entries, got ${list.length}`);
  entryIds.clear();
  c.enter(key);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!c.object(entry, i)) continue;
    c.enter(i);
    if (c.id(entry.id, 'id')) {
      if (entryIds.has(entry.id)) c.fail('id', `expected a unique id, "${entry.id}" is used twice`);
      entryIds.add(entry.id);
    }
    check(entry);
    checkEvidence(c, entry.evidence, paragraphs);
    c.leave();
  }
  c.leave();
}

function checkTimeline(c: Checker, q: Json, paragraphs: string[]): void {
  checkEntries(c, q.items, 'items', 3, 5, paragraphs, (item) => {
    c.text(item.text, 'text');
    c.text(item.when, 'when');
  });
}

function checkMatching(c: Checker, q: Json, paragraphs: string[]): void {
  const answers = new Set<string>();
  checkEntries(c, q.pairs, 'pairs', 2, 6, paragraphs, (pair) => {
    c.text(pair.prompt, 'prompt');
    if (c.text(pair.answer, 'answer')) answers.add(pair.answer);
  });
  if (q.distractors === undefined || !c.array(q.distractors, 'distractors')) return;
  c.enter('distractors');
  q.distractors.forEach((d, i) => {
    if (c.text(d, i) && answers.has(d)) c.fail(i, `expected a wrong option, but ${describe(d)} is the answer to a pair`);
  });
  c.leave();
}

/** Checks `questions[index]`; `ids` collects the question ids seen so far. */
function checkQuestion(c: Checker, q: unknown, index: number, paragraphs: string[], ids: Set<string>): void {
  if (!c.object(q, index)) return;
  c.enter(index);
  if (c.id(q.id, 'id')) {
    if (ids.has(q.id)) c.fail('id', `expected a unique question id, "${q.id}" is used twice`);
    ids.add(q.id);
  }
  c.oneOf(q.category, 'category', CATEGORIES);
  c.text(q.prompt, 'prompt');
  c.text(q.explanation, 'explanation');
  c.number(q.points, 'points', 0, true);
  checkEvidence(c, q.evidence, paragraphs);
  if (c.oneOf(q.kind, 'kind', QUESTION_KINDS)) {
    if (q.kind === 'single-choice') checkChoices(c, q);
    else if (q.kind === 'numeric') checkNumeric(c, q);
    else if (q.kind === 'timeline') checkTimeline(c, q, paragraphs);
    else checkMatching(c, q, paragraphs);
  }
  c.leave();
}

/**
 * Checks that `data` (parsed JSON from an untrusted source) is a format-1 question file.
 * Never throws; every issue names the field and what was expected.
 */
export function validateQuizFile(data: unknown): ValidationResult {
  try {
    return checkFile(data);
  } catch (error) {
    // Only data set from script can get here (a getter or a Proxy that throws); parsed JSON cannot.
    const reason = error instanceof Error ? error.message : String(error);
    return {ok: false, issues: [{path: '', message: `the data could not be read (${reason})`}]};
  }
}

function checkFile(data: unknown): ValidationResult {
  const c = new Checker();
  if (!c.object(data, '')) return {ok: false, issues: c.issues};
  if (data.format !== FORMAT_NAME) {
    c.fail('format', `expected "${FORMAT_NAME}", got ${describe(data.format)}: this is not an article-quiz question file`);
    return {ok: false, issues: c.issues};
  }
  if (data.version !== FORMAT_VERSION) {
    c.fail('version', `unsupported format version ${describe(data.version)}; this quiz reads version ${FORMAT_VERSION}`);
    return {ok: false, issues: c.issues};
  }
  c.id(data.id, 'id');
  if (data.generator !== undefined && c.object(data.generator, 'generator')) {
    c.enter('generator');
    c.text(data.generator.name, 'name');
    if (data.generator.version !== undefined) c.text(data.generator.version, 'version');
    c.leave();
  }
  const paragraphs = checkArticle(c, data.article);
  if (c.array(data.questions, 'questions')) {
    const ids = new Set<string>();
    c.enter('questions');
    for (let i = 0; i < data.questions.length && !c.full; i++) {
      checkQuestion(c, data.questions[i], i, paragraphs, ids);
    }
    c.leave();
  }
  return c.issues.length === 0 ? {ok: true, quiz: data as unknown as QuizFile} : {ok: false, issues: c.issues};
}
