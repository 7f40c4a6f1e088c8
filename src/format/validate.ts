import {
  CATEGORIES,
  DATE_PRECISIONS,
  FORMAT_NAME,
  FORMAT_VERSION,
  QUESTION_KINDS,
  UNITS,
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

/** Collects issues while walking the file; each check returns whether the value may be walked further. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }

  fail(path: string, message: string): false {
    if (!this.full) this.issues.push({path, message});
    return false;
  }

  object(value: unknown, path: string): value is Json {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    return this.fail(path, `expected an object, got ${describe(value)}`);
  }

  array(value: unknown, path: string): value is unknown[] {
    return Array.isArray(value) || this.fail(path, `expected an array, got ${describe(value)}`);
  }

  text(value: unknown, path: string, {allowEmpty = false} = {}): value is string {
    if (typeof value !== 'string') return this.fail(path, `expected a string, got ${describe(value)}`);
    if (!allowEmpty && value.trim() === '') return this.fail(path, 'expected a non-empty string');
    return true;
  }

  number(value: unknown, path: string, min: number, {exclusive = false} = {}): value is number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return this.fail(path, `expected a number, got ${describe(value)}`);
    }
    if (exclusive ? value <= min : value < min) {
      return this.fail(path, `expected a number ${exclusive ? 'greater than' : 'of at least'} ${min}, got ${value}`);
    }
    return true;
  }

  integer(value: unknown, path: string, min: number): value is number {
    if (!this.number(value, path, min)) return false;
    return Number.isInteger(value) || this.fail(path, `expected a whole number, got ${value}`);
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): value is T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return true;
    return this.fail(path, `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`);
  }

  id(value: unknown, path: string): value is string {
    if (!this.text(value, path)) return false;
    return ID_PATTERN.test(value) || this.fail(path, `expected an id of 1-64 letters, digits or _.:- characters, got ${describe(value)}`);
  }
}

function checkArticle(c: Checker, article: unknown): string[] {
  if (!c.object(article, 'article')) return [];
  c.text(article.title, 'article.title');
  c.text(article.source, 'article.source');
  if (article.url !== undefined) c.text(article.url, 'article.url');
  c.text(article.language, 'article.language');
  if (c.oneOf(article.precision, 'article.precision', DATE_PRECISIONS) && c.text(article.published, 'article.published')) {
    if (!DATE_PATTERNS[article.precision]!.test(article.published)) {
      const shape = {year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD'}[article.precision];
      c.fail('article.published', `expected a ${article.precision} as ${shape} (precision is "${article.precision}"), got ${describe(article.published)}`);
    }
  }
  if (!c.array(article.paragraphs, 'article.paragraphs')) return [];
  if (article.paragraphs.length === 0) c.fail('article.paragraphs', 'expected at least 1 paragraph, got 0');
  article.paragraphs.forEach((p, i) => c.text(p, `article.paragraphs[${i}]`));
  return article.paragraphs.map((p) => (typeof p === 'string' ? p : ''));
}

function checkSpan(c: Checker, span: Json, path: string, within: {start: number; end: number}): boolean {
  const startOk = c.integer(span.start, `${path}.start`, 0);
  const endOk = c.integer(span.end, `${path}.end`, 0);
  if (!startOk || !endOk) return false;
  const start = span.start as number;
  const end = span.end as number;
  if (end <= start) return c.fail(`${path}.end`, `expected end after start (${start}), got ${end}`);
  if (start < within.start || end > within.end) {
    return c.fail(path, `expected a range inside ${within.start}-${within.end}, got ${start}-${end}`);
  }
  return true;
}

function checkEvidence(c: Checker, evidence: unknown, path: string, paragraphs: string[]): void {
  if (!c.object(evidence, path)) return;
  if (!c.integer(evidence.paragraph, `${path}.paragraph`, 0)) return;
  const paragraph = paragraphs[evidence.paragraph as number];
  if (paragraph === undefined) {
    c.fail(`${path}.paragraph`, `expected a paragraph index below ${paragraphs.length}, got ${evidence.paragraph}`);
    return;
  }
  if (!checkSpan(c, evidence, path, {start: 0, end: paragraph.length})) return;
  if (evidence.highlight !== undefined && c.object(evidence.highlight, `${path}.highlight`)) {
    checkSpan(c, evidence.highlight, `${path}.highlight`, {start: evidence.start as number, end: evidence.end as number});
  }
}

function checkChoices(c: Checker, q: Json, path: string): void {
  if (!c.array(q.choices, `${path}.choices`)) return;
  if (q.choices.length < 2) c.fail(`${path}.choices`, `expected at least 2 choices, got ${q.choices.length}`);
  const ids = new Set<string>();
  q.choices.forEach((choice, i) => {
    const at = `${path}.choices[${i}]`;
    if (!c.object(choice, at)) return;
    if (c.id(choice.id, `${at}.id`)) {
      if (ids.has(choice.id)) c.fail(`${at}.id`, `expected a unique choice id, "${choice.id}" is used twice`);
      ids.add(choice.id);
    }
    c.text(choice.text, `${at}.text`);
  });
  if (c.text(q.answer, `${path}.answer`) && !ids.has(q.answer)) {
    c.fail(`${path}.answer`, `expected the id of one of the choices (${[...ids].join(', ')}), got ${describe(q.answer)}`);
  }
}

function checkNumeric(c: Checker, q: Json, path: string): void {
  const at = `${path}.answer`;
  if (!c.object(q.answer, at)) return;
  c.number(q.answer.value, `${at}.value`, -Infinity);
  c.oneOf(q.answer.unit, `${at}.unit`, UNITS);
  c.number(q.answer.tolerance, `${at}.tolerance`, 0);
}

/** Each entry of a list: an object with a unique id, its own evidence, and whatever `check` adds. */
function checkEntries(c: Checker, list: unknown, path: string, min: number, max: number, paragraphs: string[], check: (entry: Json, at: string) => void): void {
  if (!c.array(list, path)) return;
  if (list.length < min || list.length > max) c.fail(path, `expected ${min} to ${max} entries, got ${list.length}`);
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    const at = `${path}[${i}]`;
    if (!c.object(entry, at)) return;
    if (c.id(entry.id, `${at}.id`)) {
      if (ids.has(entry.id)) c.fail(`${at}.id`, `expected a unique id, "${entry.id}" is used twice`);
      ids.add(entry.id);
    }
    check(entry, at);
    checkEvidence(c, entry.evidence, `${at}.evidence`, paragraphs);
  });
}

function checkTimeline(c: Checker, q: Json, path: string, paragraphs: string[]): void {
  checkEntries(c, q.items, `${path}.items`, 3, 5, paragraphs, (item, at) => {
    c.text(item.text, `${at}.text`);
    c.text(item.when, `${at}.when`);
  });
}

function checkMatching(c: Checker, q: Json, path: string, paragraphs: string[]): void {
  const answers = new Set<string>();
  checkEntries(c, q.pairs, `${path}.pairs`, 2, 6, paragraphs, (pair, at) => {
    c.text(pair.prompt, `${at}.prompt`);
    if (c.text(pair.answer, `${at}.answer`)) answers.add(pair.answer);
  });
  if (q.distractors === undefined || !c.array(q.distractors, `${path}.distractors`)) return;
  q.distractors.forEach((d, i) => {
    const at = `${path}.distractors[${i}]`;
    if (c.text(d, at) && answers.has(d)) c.fail(at, `expected a wrong option, but ${describe(d)} is the answer to a pair`);
  });
}

function checkQuestion(c: Checker, q: unknown, path: string, paragraphs: string[], ids: Set<string>): void {
  if (!c.object(q, path)) return;
  if (c.id(q.id, `${path}.id`)) {
    if (ids.has(q.id)) c.fail(`${path}.id`, `expected a unique question id, "${q.id}" is used twice`);
    ids.add(q.id);
  }
  c.oneOf(q.category, `${path}.category`, CATEGORIES);
  c.text(q.prompt, `${path}.prompt`);
  c.text(q.explanation, `${path}.explanation`);
  c.number(q.points, `${path}.points`, 0, {exclusive: true});
  checkEvidence(c, q.evidence, `${path}.evidence`, paragraphs);
  if (!c.oneOf(q.kind, `${path}.kind`, QUESTION_KINDS)) return;
  if (q.kind === 'single-choice') checkChoices(c, q, path);
  else if (q.kind === 'numeric') checkNumeric(c, q, path);
  else if (q.kind === 'timeline') checkTimeline(c, q, path, paragraphs);
  else checkMatching(c, q, path, paragraphs);
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
    c.text(data.generator.name, 'generator.name');
    if (data.generator.version !== undefined) c.text(data.generator.version, 'generator.version');
  }
  const paragraphs = checkArticle(c, data.article);
  if (c.array(data.questions, 'questions')) {
    const ids = new Set<string>();
    for (let i = 0; i < data.questions.length && !c.full; i++) {
      checkQuestion(c, data.questions[i], `questions[${i}]`, paragraphs, ids);
    }
  }
  return c.issues.length === 0 ? {ok: true, quiz: data as unknown as QuizFile} : {ok: false, issues: c.issues};
}
