// The teacher's edits to a generated quiz, as pure data and functions (no DOM): a draft is the made quiz's
// questions in the teacher's order, each possibly edited, removed or added from a fact. Edits are checked with
// the question file's own validator, and carried over to a quiz made again from a changed text by what each
// question is about: its evidence sentence and the words it highlights, wherever they now are in the article.
import type {Evidence, Question, QuizFile} from '../format/types.js';
import {validateQuizFile} from '../format/validate.js';

export interface DraftItem {
  /** The question as it is now (edited or not). */
  question: Question;
  origin: 'made' | 'added';
  edited: boolean;
  removed: boolean;
  /** What was typed in a number field that is not a number yet, by field path (`answer.value`). */
  raw: Readonly<Record<string, string>>;
}

export interface Draft {
  /** The quiz as made: its article and id; its questions are the items'. */
  quiz: QuizFile;
  items: readonly DraftItem[];
}

export type Edit =
  | {field: 'prompt' | 'explanation'; text: string}
  | {field: 'choice'; index: number; text: string}
  | {field: 'answer'; choice: string}
  | {field: 'value' | 'tolerance' | 'unit'; text: string};

/** Problems of one question, by field path inside it (`prompt`, `choices[1].text`, `answer.tolerance`); '' for the question. */
export type Issues = Readonly<Record<string, string>>;

export function draftOf(quiz: QuizFile): Draft {
  return {quiz, items: quiz.questions.map((question) => ({question, origin: 'made', edited: false, removed: false, raw: {}}))};
}

/** `text` as a number, or null: empty text is no number. */
function parseNumber(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** The item with `edit` made. An edit that does not fit the question's kind changes nothing. */
export function applyEdit(item: DraftItem, edit: Edit): DraftItem {
  const q = item.question;
  const edited = (question: Question, raw = item.raw): DraftItem => ({...item, question, raw, edited: true});
  switch (edit.field) {
    case 'prompt':
    case 'explanation':
      return edited({...q, [edit.field]: edit.text});
    case 'choice':
      if (q.kind !== 'single-choice' || !q.choices[edit.index]) return item;
      return edited({...q, choices: q.choices.map((c, i) => (i === edit.index ? {...c, text: edit.text} : c))});
    case 'answer':
      return q.kind === 'single-choice' ? edited({...q, answer: edit.choice}) : item;
    default: {
      if (q.kind !== 'numeric') return item;
      const path = `answer.${edit.field}`;
      const {[path]: _, ...raw} = item.raw;
      if (edit.field === 'unit') return edited({...q, answer: {...q.answer, unit: edit.text as typeof q.answer.unit}}, raw);
      const n = parseNumber(edit.text);
      // Not a number yet: kept as typed, for the field and the validator; the question keeps its last number.
      if (n === null) return edited(q, {...raw, [path]: edit.text});
      return edited({...q, answer: {...q.answer, [edit.field]: n}}, raw);
    }
  }
}

/** The question as the validator should see it: number fields as typed when they are not numbers. */
function candidate(item: DraftItem): unknown {
  const raw = Object.entries(item.raw);
  if (raw.length === 0 || item.question.kind !== 'numeric') return item.question;
  const answer: Record<string, unknown> = {...item.question.answer};
  for (const [path, text] of raw) answer[path.slice('answer.'.length)] = text;
  return {...item.question, answer};
}

/** The question's problems, in the format validator's words, and two choices that read the same. */
export function validateItem(item: DraftItem, quiz: QuizFile): Issues {
  const issues: Record<string, string> = {};
  const checked = validateQuizFile({...quiz, questions: [candidate(item)]});
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const path = issue.path.replace(/^questions\[0\]\.?/, '');
      issues[path] ??= issue.message;
    }
  }
  const q = item.question;
  if (q.kind === 'single-choice') {
    const seen = new Map<string, number>();
    q.choices.forEach((c, i) => {
      const text = c.text.trim().toLowerCase();
      const first = seen.get(text);
      if (first !== undefined && text) issues[`choices[${i}].text`] ??= `expected a choice of its own, this one reads the same as choice ${first + 1}`;
      else seen.set(text, i);
    });
  }
  return issues;
}

export type Curated = {ok: true; quiz: QuizFile} | {ok: false; empty: boolean; invalid: number[]};

/** The quiz to download: the kept questions in order, when every one of them is valid. */
export function curatedQuiz(draft: Draft): Curated {
  const kept = draft.items.filter((i) => !i.removed);
  const invalid = draft.items.flatMap((item, index) => (!item.removed && Object.keys(validateItem(item, draft.quiz)).length > 0 ? [index] : []));
  if (kept.length === 0 || invalid.length > 0) return {ok: false, empty: kept.length === 0, invalid};
  const checked = validateQuizFile({...draft.quiz, questions: kept.map((i) => i.question)});
  if (!checked.ok) return {ok: false, empty: false, invalid: [0]};
  return {ok: true, quiz: checked.quiz};
}

const setItem = (draft: Draft, index: number, patch: Partial<DraftItem>): Draft => ({
  ...draft,
  items: draft.items.map((item, i) => (i === index ? {...item, ...patch} : item)),
});

export const editItem = (draft: Draft, index: number, edit: Edit): Draft =>
  draft.items[index] ? setItem(draft, index, applyEdit(draft.items[index], edit)) : draft;
export const removeItem = (draft: Draft, index: number): Draft => setItem(draft, index, {removed: true});
export const restoreItem = (draft: Draft, index: number): Draft => setItem(draft, index, {removed: false});

/** The item at `index` moved by `delta` places (within the list); the draft as it was when it cannot move. */
export function moveItem(draft: Draft, index: number, delta: number): Draft {
  const to = index + delta;
  if (!draft.items[index] || to < 0 || to >= draft.items.length) return draft;
  const items = [...draft.items];
  const [item] = items.splice(index, 1);
  items.splice(to, 0, item!);
  return {...draft, items};
}

/** A question id not used in the draft, from `base`. */
export function freeId(draft: Draft, base: string): string {
  const used = new Set(draft.items.map((i) => i.question.id));
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function addItem(draft: Draft, question: Question): Draft {
  return {...draft, items: [...draft.items, {question, origin: 'added', edited: false, removed: false, raw: {}}]};
}

// --- Carrying edits over to a quiz made again ---

const evidenceOf = (q: Question): Evidence[] => [
  q.evidence,
  ...(q.kind === 'timeline' ? q.items.map((i) => i.evidence) : []),
  ...(q.kind === 'matching' ? q.pairs.map((p) => p.evidence) : []),
];

/** What a question is about: its kind and category, its evidence's words and the words it highlights. */
export function factKey(q: Question, paragraphs: readonly string[]): string {
  return evidenceOf(q)
    .map((e) => {
      const p = paragraphs[e.paragraph] ?? '';
      return `${p.slice(e.start, e.end)}\u0001${e.highlight ? p.slice(e.highlight.start, e.highlight.end) : ''}`;
    })
    .join('\u0002')
    .concat(`\u0003${q.kind}\u0003${q.category}`);
}

/** The same words in the new article: the same paragraph first, then any; null when they are gone. */
function moveEvidence(e: Evidence, from: readonly string[], to: readonly string[]): Evidence | null {
  const words = (from[e.paragraph] ?? '').slice(e.start, e.end);
  if (!words) return null;
  const order = [e.paragraph, ...to.keys()];
  for (const paragraph of order) {
    const at = to[paragraph]?.indexOf(words) ?? -1;
    if (at < 0) continue;
    const shift = at - e.start;
    return {paragraph, start: at, end: at + words.length, ...(e.highlight ? {highlight: {start: e.highlight.start + shift, end: e.highlight.end + shift}} : {})};
  }
  return null;
}

/** The question with every evidence moved to where its words are in the new article, or null. */
function moveQuestion(q: Question, from: readonly string[], to: readonly string[]): Question | null {
  const move = (e: Evidence) => moveEvidence(e, from, to);
  const evidence = move(q.evidence);
  if (!evidence) return null;
  if (q.kind === 'timeline') {
    const items = q.items.map((i) => ({...i, evidence: move(i.evidence)}));
    return items.every((i) => i.evidence) ? {...q, evidence, items: items as typeof q.items} : null;
  }
  if (q.kind === 'matching') {
    const pairs = q.pairs.map((p) => ({...p, evidence: move(p.evidence)}));
    return pairs.every((p) => p.evidence) ? {...q, evidence, pairs: pairs as typeof q.pairs} : null;
  }
  return {...q, evidence};
}

export interface CarriedOver {
  draft: Draft;
  /** The edits that could not be kept, one line each, e.g. `Question “When did …” (edited): its sentence is no longer in the article`. */
  dropped: string[];
  /** How many edited, added or removed questions were kept as the teacher left them. */
  kept: number;
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);

/**
 * The teacher's draft applied to a quiz made again (`made`): questions edited or added are kept (moved to where
 * their sentence now is, replacing the new question about the same fact), removed ones stay removed, and the
 * teacher's order holds among the questions of both; the new quiz's other questions come in at their places.
 */
export function carryOver(old: Draft, made: QuizFile): CarriedOver {
  const from = old.quiz.article.paragraphs;
  const to = made.article.paragraphs;
  const items: DraftItem[] = made.questions.map((question) => ({question, origin: 'made', edited: false, removed: false, raw: {}}));
  const keys = items.map((i) => factKey(i.question, to));
  const matched = new Set<number>();
  /** Places in `items` tied to a place in the old draft, whose order the teacher set. */
  const tied: {at: number; was: number}[] = [];
  const dropped: string[] = [];
  let kept = 0;
  old.items.forEach((item, was) => {
    const key = factKey(item.question, from);
    let at = keys.findIndex((k, i) => k === key && !matched.has(i));
    if (at >= 0) matched.add(at);
    if (item.edited || item.origin === 'added') {
      const question = moveQuestion(item.question, from, to);
      if (!question) {
        const what = item.origin === 'added' ? 'added' : 'edited';
        dropped.push(`Question “${clip(item.question.prompt)}” (${what}): its sentence is no longer in the article.`);
        return;
      }
      const carried = {...item, question: {...question, id: at >= 0 ? items[at]!.question.id : question.id}};
      if (at >= 0) items[at] = carried;
      else {
        if (items.some((i) => i.question.id === question.id)) carried.question.id = freeId({quiz: made, items}, question.id);
        at = items.push(carried) - 1;
        matched.add(at);
      }
      kept++;
    } else if (item.removed && at >= 0) {
      items[at] = {...items[at]!, removed: true};
      kept++;
    }
    if (at >= 0) tied.push({at, was});
  });
  // The tied places, filled in the old draft's order.
  const places = tied.map((t) => t.at).sort((a, b) => a - b);
  const inOrder = [...tied].sort((a, b) => a.was - b.was).map((t) => items[t.at]!);
  const result = [...items];
  places.forEach((place, i) => (result[place] = inOrder[i]!));
  return {draft: {quiz: made, items: result}, dropped, kept};
}
