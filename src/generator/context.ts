// Everything the question builders read about one article, computed once: facts, sentences, people.
import type { Article, Dateline, Span } from './article.js';
import type { Speaker } from './entities.js';
import type { DateFact, Facts, MeasureFact } from './facts.js';
import { extractFactsFromArticle } from './facts.js';
import type { Layout } from './evidence.js';
import { buildLayout, previousSentenceStart, sentenceAt } from './evidence.js';
import type { People, Person } from './people.js';
import { findPeople, personBefore } from './people.js';
import { SPEECH_VERB_SRC } from './lexicon.js';
import { danglingPronoun, quoted, replacePronoun, tidyEnd, WIRE_DATELINE, wordCount } from './wording.js';

/** "It said …", "They warned that …": a pronoun source with any speech verb of the lexicon. */
const SOURCE_PRONOUN = new RegExp(`^(?:It|They)\\s+(?:${SPEECH_VERB_SRC})\\s+(?:that\\s+)?(?=\\p{Ll})`, 'u');

export interface Context {
  text: string;
  article: Article;
  dateline: Dateline;
  facts: Facts;
  layout: Layout;
  people: People;
  /** Quote facts (indices) a question already ties to their speaker: asking "who said" them would be given away. */
  usedQuotes: Set<number>;
  /** Facts the timeline question uses: its dates (not asked again, but for a weekday) and the distances its events show. */
  timeline: { dates: Set<DateFact>; measures: Set<MeasureFact> };
  /** Why candidate questions were dropped (for --verbose), capped in length. */
  skipped: string[];
  /** Question ids and prompts given out so far (ids unique, no question asked twice). */
  ids: Set<string>;
  prompts: Set<string>;
  /** The answers asked so far, as words (squashed): no later prompt may show them. */
  answers: string[];
}

const MAX_SKIP_NOTES = 60;

export function buildContext(article: Article, dateline: Dateline): Context {
  const facts = extractFactsFromArticle(article);
  const first = article.paragraphs[0];
  const body = { start: first ? first.start : article.text.length, end: article.text.length };
  return {
    text: article.text, article, dateline, facts, layout: buildLayout(article),
    people: findPeople(article.text, body, facts.speakers), usedQuotes: new Set(), timeline: { dates: new Set(), measures: new Set() }, skipped: [], ids: new Set(), prompts: new Set(), answers: [],
  };
}

/** Lower case, one space for runs of spaces and hyphens, plain apostrophes: "186-mile" ~ "186 mile". */
export const squash = (s: string): string => s.toLowerCase().replace(/[\u2018\u2019']/g, "'").replace(/[-\s]+/g, ' ').trim();

const QUALIFIER_PREFIX = /^(?:up to|about|around|roughly|approximately|nearly|almost|some|more than|over|at least|at most|less than|under|within|as far as|as much as|early|late)\s+/i;

/** Records an asked answer's own words (its qualifier dropped) so that later prompts do not give it away. */
export function recordAnswer(ctx: Context, words: string): void {
  ctx.answers.push(squash(words.replace(QUALIFIER_PREFIX, '')));
}

/** True when `prompt` shows an answer already asked, or one of `reserved` (answers still to be asked). */
export function givesAway(ctx: Context, prompt: string, reserved: readonly string[] = []): boolean {
  const p = squash(prompt);
  return ctx.answers.some((a) => a && p.includes(a)) || reserved.some((r) => r && p.includes(squash(r)));
}

/** `base`, or `base-2`, `base-3`, … when taken; at most 64 characters as format 1 requires. */
export function uniqueId(ctx: Context, base: string): string {
  const stem = base.slice(0, 58).replace(/-$/, '');
  let id = stem;
  for (let n = 2; ctx.ids.has(id); n++) id = `${stem}-${n}`;
  ctx.ids.add(id);
  return id;
}

export function skip(ctx: Context, what: string, why: string): void {
  if (ctx.skipped.length < MAX_SKIP_NOTES) ctx.skipped.push(`skipped ${what}: ${why}`);
}

/** A speaker as a prompt names them: "Antony Blinken", "U.S officials", "a defense ministry spokesman", "the BBC". */
export function speakerName(sp: Speaker, text = ''): string {
  if (sp.kind === 'unnamed') {
    const desc = sp.name.replace(/\s*\(unnamed\)$/, '');
    // Plural sources ("officials", "police"), determiners already there, names and possessives ("Chile’s national
    // emergency service") take no article; a collective in the singular does ("the government").
    const plural = (sp.group && /(?:s|police|people|staff)$/i.test(desc)) || /\bmedia$/i.test(desc); // "local media" takes no "a"
    // A capitalised description ending in a common noun keeps the article's "the" ("the American space agency").
    if (/^\p{Lu}/u.test(desc) && /\s\p{Ll}+$/u.test(desc) && withArticle(desc, text).startsWith('the ')) return `the ${desc}`;
    if (plural || /^(?:a|an|the|another|some|one|two|three|several|many)\s/i.test(desc) || /^\p{Lu}/u.test(desc) || /^\S+['\u2019]s\s/.test(desc)) return desc;
    // "according to the army": keep the article's definite article.
    return withArticle(desc, text);
  }
  if (sp.kind === 'organization') {
    const the = sp.aliases.find((a) => a.toLowerCase() === `the ${sp.name.toLowerCase()}`);
    if (the) return the;
    // A description rather than a name ("spokesman for the …"): it needs an article.
    if (/^\p{Ll}/u.test(sp.name) && !sp.group && !/^(?:a|an|the|another|some)\s/.test(sp.name)) return withArticle(sp.name, text);
  }
  return sp.name;
}

function withArticle(desc: string, text: string): string {
  if (new RegExp(`\\bthe\\s+${desc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text)) return `the ${desc}`;
  return `${/^[aeiou]/i.test(desc) ? 'an' : 'a'} ${desc}`;
}

/**
 * Lower-cases the first word of article words that open a sentence but now follow ours ("say that flooding
 * closed …"), unless it is a name: the article capitalises it mid-sentence too, it is an acronym, or a
 * common opener list says so.
 */
export function sentenceCase(ctx: Context, s: string): string {
  const m = /^(\p{Lu}[\p{Ll}'\u2019-]*)(?=[\s,]|$)/u.exec(s);
  if (!m) return s;
  const word = m[1]!;
  const bare = word.replace(/['\u2019]s$/, ''); // "Armstrong’s" is the name "Armstrong"
  if (midSentenceCaps(ctx).has(bare) || ctx.people.people.some((p) => p.name.split(' ').includes(bare))) return s;
  return word.toLowerCase() + s.slice(word.length);
}

const midCaps = new WeakMap<Context, Set<string>>();

/** Capitalised words the article writes after a lower-case word or a comma: names, not sentence openers (one pass, cached). */
function midSentenceCaps(ctx: Context): Set<string> {
  let set = midCaps.get(ctx);
  if (!set) {
    set = new Set();
    for (const m of ctx.text.matchAll(/[\p{Ll}\p{N},;][ \t]+(\p{Lu}[\p{Ll}'\u2019-]*)(?![\p{L}])/gu)) set.add(m[1]!);
    midCaps.set(ctx, set);
  }
  return set;
}

const upperFirstIf = (s: string, opening: boolean) => (opening && s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** The gap a cloze prompt leaves for the answer. */
export const BLANK = '____';

export interface Excerpt extends Span {
  cutLeft: boolean;
  cutRight: boolean;
}

/**
 * The sentence around `focus`, or when it is longer than `maxWords` the run of its comma-separated clauses
 * around `focus` that fits, so a prompt quotes a readable piece of the article.
 */
export function excerptAround(ctx: Context, focus: Span, maxWords = 32): Excerpt {
  const s = sentenceAt(ctx.layout, focus.start);
  const text = ctx.text;
  const sentence = s.end > s.start ? { ...s } : { start: focus.start, end: focus.end };
  // A wire dateline opening the article ("BOSTON — ") is no part of the sentence's meaning.
  const wire = WIRE_DATELINE.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  if (wire && wire[0] && sentence.start + wire[0].length <= focus.start) sentence.start += wire[0].length;
  if (wordCount(text.slice(sentence.start, sentence.end)) <= maxWords) return { ...sentence, cutLeft: false, cutRight: false };
  // Clause boundaries: just after ", " / "; " / " — " outside the focus.
  const cuts: number[] = [sentence.start];
  const re = /[,;]\s+|\s+[\u2014\u2013]\s+/g;
  const seg = text.slice(sentence.start, sentence.end);
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const at = sentence.start + m.index + m[0].length;
    if (at <= focus.start || sentence.start + m.index >= focus.end) cuts.push(at);
  }
  cuts.push(sentence.end);
  let a = cuts.filter((c) => c <= focus.start).length - 1;
  let b = cuts.findIndex((c) => c >= focus.end);
  const words = (i: number, j: number) => wordCount(text.slice(cuts[i]!, cuts[j]!));
  // Grow to whole clauses while the excerpt stays short; prefer the left context (the subject).
  for (let grown = true; grown;) {
    grown = false;
    if (a > 0 && words(a - 1, b) <= maxWords) { a--; grown = true; }
    if (b < cuts.length - 1 && words(a, b + 1) <= maxWords) { b++; grown = true; }
  }
  return { start: cuts[a]!, end: cuts[b]!, cutLeft: a > 0, cutRight: b < cuts.length - 1 };
}

/**
 * The person a he/she/his at `at` stands for: the nearest person named in its own or the previous sentence.
 * Further back, the nearest person we list may not be the one meant: a name we do not list can come in between
 * ("Padilla was arrested … He was moved …").
 */
export function antecedentPerson(ctx: Context, at: number): Person | null {
  return personBefore(ctx.people, at, at - previousSentenceStart(ctx.layout, at));
}

/**
 * Renders an excerpt as quoted article words, optionally with `blank` replaced by a gap, and with dangling
 * he/she resolved to the nearest person named before it ("[Joe Biden]"). Null when a pronoun cannot be resolved.
 */
export function renderExcerpt(ctx: Context, ex: Excerpt, { blank, omit, dropPeriod = true }: { blank?: Span; omit?: Span; dropPeriod?: boolean } = {}): string | null {
  const text = ctx.text;
  const gap = blank ?? omit;
  let body = gap ? text.slice(ex.start, gap.start) + (blank ? BLANK : '') + text.slice(gap.end, ex.end) : text.slice(ex.start, ex.end);
  // Words left out close up: "On Friday, the ship sank" less its date reads "The ship sank".
  if (omit) body = upperFirstIf(body.replace(/^\s*,\s*/, '').replace(/\s+([,.;])/g, '$1').replace(/\s{2,}/g, ' '), omit.start <= ex.start + 1);
  body = tidyEnd(body, dropPeriod || ex.cutRight);
  let cutLeft = ex.cutLeft;
  // "It said the missiles flew …": the source is elsewhere; the reported words stand on their own.
  const source = SOURCE_PRONOUN.exec(body);
  if (source) { body = body.slice(source[0].length); cutLeft = true; }
  for (let guard = 0; guard < 4; guard++) {
    const hit = danglingPronoun(body);
    if (!hit) break;
    // Only a subject he/she is resolved: "him"/"her" often point at someone the words describe but do not name.
    if (!hit.person || !/^(?:he|she)$/i.test(hit.word)) return null;
    const person = antecedentPerson(ctx, ex.start + Math.min(hit.index, body.length));
    if (!person) return null;
    body = replacePronoun(body, hit, person.name);
  }
  const lead = cutLeft ? '\u2026 ' : '';
  const tail = ex.cutRight ? ' \u2026' : '';
  return quoted(`${lead}${body}${tail}`);
}
