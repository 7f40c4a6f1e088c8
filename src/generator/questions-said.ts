// Who may have said what: every source of an article (people, organisations, unnamed sources) as a choice
// shows it, which two of them surely are not one another (a person is never offered against a group they may
// belong to), the evidence that names a quote's speaker, and the "Which of these did X say?" choices.
import type { Evidence } from '../format/types.js';
import type { Span } from './article.js';
import type { Context } from './context.js';
import { givesAway, speakerName } from './context.js';
import type { Speaker } from './entities.js';
import { paragraphAt, sentencesCovering, toEvidence } from './evidence.js';
import type { Person } from './people.js';
import { affiliationIn, maySamePerson, mentionsIn, personOfSpeaker } from './people.js';
import type { QuoteFact } from './quotes.js';
import { quoted, trimQuotation, wordCount } from './wording.js';

export interface Source {
  /** The quoted speaker, or null for a person the article names without quoting. */
  sp: Speaker | null;
  person: Person | undefined;
  /** As a prompt or a choice shows it ("Antony Blinken", "U.S officials", "the BBC"). */
  name: string;
  /** One person the article names (not a group, an organisation or an unnamed source). */
  individual: boolean;
  /** Countries the name or the titles before it tie the source to ("Russian President", "Mexican officials"). */
  homes: Set<string>;
  /** The words that describe the source: its role and titles, or an unnamed source's description. */
  description: string;
  /** A country the article names without quoting it: a "no" may name it, a "who said" does not offer it. */
  country?: boolean;
}

// Someone holding a public or military office, or a body of a state: never a news organisation's journalist.
const OFFICE = /\b(?:president|minister|secretary|governor|senator|mayor|leader|general|col\.|colonel|gen\.|admiral|spokes(?:man|woman|person)|ambassador|administrator|officials?|chief|sgt\.|sergeant|lt\.|capt\.|captain|commander|king|queen|premier|chancellor|authorities|government|ministry|military|army|navy|police|department|administration|pentagon|white house|kremlin|coast guard|forces)\b/i;
const NEWS = /\b(?:BBC|VOA|Voice of America|Reuters|Associated Press|AFP|CNN|NBC|CBS|newspaper|broadcaster)\b/;
// Bodies of many states: none of them is one country's office holder or body, nor a country.
const INTERNATIONAL = /\b(?:World Health Organization|United Nations|U\.N\.|OPEC|NATO|International Monetary Fund|IMF|World Bank|European Union|Red Cross|International Olympic Committee|IOC|UNICEF|UNHCR|International Atomic Energy Agency|IAEA)\b/;
// A private person ("a resident", "a citizen"): never among officials or a state body.
const PRIVATE = /\b(?:residents?|citizens?|shopkeepers?|witness(?:es)?|survivors?|students?|hikers?|villagers?|farmers?|passers?-?by|tourists?|spectators?|fans?)\b/i;

// Bodies of one state that name no country: "Pentagon spokesman", "NASA's Associate Administrator".
const STATE_BODIES: [RegExp, string][] = [[/\b(?:Pentagon|White House|State Department|NASA|FBI|CIA)\b/, 'us']];
// Countries that may stand as a source ("North Korea said …"); a choice or a "no" may name them.
const COUNTRY_SOURCES = /\b(?:the United States|Russia|Ukraine|China|Britain|Israel|Lebanon|Mexico|North Korea|South Korea|the Philippines|Iran|France|Germany|Japan|India|Canada|Turkey|Syria|Iraq|Poland|Italy|Spain|Australia|Brazil|Egypt|Pakistan|Taiwan)\b/g;

/** Every country a phrase names or ties to ("U.S. and South Korean officials" -> us, kr; "Pentagon spokesman" -> us). */
function homesIn(phrase: string): Set<string> {
  const out = new Set<string>();
  const words = phrase.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const home = affiliationIn(words.slice(i, i + 2).join(' '));
    if (home) out.add(home);
  }
  for (const [re, home] of STATE_BODIES) if (re.test(phrase)) out.add(home);
  return out;
}

/** An alias's words before the name ("Russian President" of "Russian President Vladimir Putin"): titles, not places named after it. */
function titlesOf(alias: string, name: string): string {
  const first = name.split(/\s+/).find((w) => /^\p{Lu}/u.test(w)) ?? name;
  const at = alias.indexOf(first);
  return at > 0 ? alias.slice(0, at) : '';
}

function sourceOf(ctx: Context, sp: Speaker | null, person: Person | undefined): Source {
  const name = person ? person.name : speakerName(sp!, ctx.text);
  const individual = !!person && (!sp || (sp.kind === 'person' && !sp.group));
  const titles = individual
    ? [person!.role ?? '', sp?.role ?? '', ...[...person!.aliases, ...(sp?.aliases ?? [])].map((a) => titlesOf(a, person!.name))]
    : [sp!.name.replace(/\s*\(unnamed\)$/, ''), sp!.role ?? ''];
  const description = titles.filter(Boolean).join(' ');
  const homes = homesIn(description);
  if (person?.affiliation) homes.add(person.affiliation);
  return { sp, person, name, individual, homes, description };
}

const cache = new WeakMap<Context, Source[]>();

/** The article's sources: quoted speakers in the order of the facts, then people it names without quoting. */
export function sourcesOf(ctx: Context): Source[] {
  let out = cache.get(ctx);
  if (out) return out;
  out = [];
  const { people } = ctx.people;
  const seen = new Set<Person>();
  for (const sp of ctx.facts.speakers) {
    const person = people[personOfSpeaker(ctx.people, sp)];
    if (person && seen.has(person)) continue;
    if (person) seen.add(person);
    out.push(sourceOf(ctx, sp, person));
  }
  for (const p of people) if (!seen.has(p)) out.push(sourceOf(ctx, null, p));
  // Countries the article names, each once, unless a quoted source is that country already.
  const body = ctx.layout.paragraphs.map((p) => p.text).join('\n');
  for (const name of new Set([...body.matchAll(COUNTRY_SOURCES)].map((m) => m[0]))) {
    if (out.some((s) => s.name === name || `the ${s.name}` === name)) continue;
    out.push({ sp: null, person: undefined, name, individual: false, homes: homesIn(name), description: name, country: true });
  }
  cache.set(ctx, out);
  return out;
}

const bySpeaker = new WeakMap<Context, Map<string, Source | undefined>>();

/** The source a quote is given to. */
export function sourceOfQuote(ctx: Context, q: QuoteFact): Source | undefined {
  let known = bySpeaker.get(ctx);
  if (!known) bySpeaker.set(ctx, known = new Map());
  if (known.has(q.speakerId)) return known.get(q.speakerId);
  const sp = ctx.facts.speakers.find((s) => s.id === q.speakerId);
  const person = sp && ctx.people.people[personOfSpeaker(ctx.people, sp)];
  const src = sp && sourcesOf(ctx).find((s) => s.sp?.id === sp.id || (!!person && s.person === person));
  known.set(q.speakerId, src);
  return src;
}

const office = (s: Source) => OFFICE.test(s.description);
const news = (s: Source) => !s.individual && NEWS.test(s.description + ' ' + s.name);
const international = (s: Source) => !s.individual && INTERNATIONAL.test(s.name + ' ' + s.description + ' ' + (s.sp?.aliases.join(' ') ?? ''));
const national = (s: Source) => s.homes.size > 0 || (s.individual && office(s));
const privatePerson = (s: Source) => PRIVATE.test(s.description) && !office(s);

/**
 * True only when `a` surely is not `b` nor one of its members: two people with no name word in common; a
 * source tied to one country and one tied to another (a Russian president is no "U.S. official"); a news
 * organisation and an office holder; an international body and one state's office holder, body or the state
 * itself; a private person and a state body. When unsure, false.
 */
export function surelyDistinct(a: Source, b: Source): boolean {
  let known = distinct.get(a);
  if (!known) distinct.set(a, known = new Map());
  let d = known.get(b);
  if (d === undefined) known.set(b, d = distinctSources(a, b));
  return d;
}

const distinct = new WeakMap<Source, Map<Source, boolean>>();

function distinctSources(a: Source, b: Source): boolean {
  if (a === b || (a.sp && b.sp && a.sp.id === b.sp.id)) return false;
  if (a.person && b.person && a.individual && b.individual) return !maySamePerson(a.person, b.person);
  if (a.homes.size && b.homes.size && ![...a.homes].some((h) => b.homes.has(h))) return true;
  const mentions = (x: Source, y: Source) => x.description.includes(y.name) || y.description.includes(x.name);
  if ((news(a) && office(b)) || (news(b) && office(a))) return !mentions(a, b);
  if ((international(a) && national(b) && !international(b)) || (international(b) && national(a) && !international(a))) return !mentions(a, b);
  if (news(a) && news(b)) return !mentions(a, b) && a.name !== b.name;
  return (privatePerson(a) && office(b) && !b.individual) || (privatePerson(b) && office(a) && !a.individual);
}

/** Capitalised words of a source's names: a prompt or choice containing one points at (or away from) it. */
export function nameWords(s: Source): string[] {
  const names = s.person ? [s.person.name, ...s.person.aliases] : s.sp ? [] : [s.name];
  // An organisation's name and the aliases that are names too ("the BBC", not "the U.N. health agency").
  if (s.sp && s.sp.kind !== 'unnamed') names.push(s.sp.name, ...s.sp.aliases.filter((a) => s.person || a.split(/\s+/).every((w) => /^(?:\p{Lu}|the$|of$|and$)/u.test(w))));
  const words = names.flatMap((a) => a.split(/[\s-]+/)).map((w) => w.replace(/['\u2019]s$/, ''))
    .filter((w) => /^\p{Lu}[\p{L}.]{2,}/u.test(w) && !/^(?:The|Secretary|State|President|Minister|General|Director|Army|Col\.|Dr\.|Sgt\.|Staff|Project|Manager)$/.test(w));
  return [...new Set(words)];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` holds one of the source's name words. */
export function namesSource(text: string, s: Source): boolean {
  return nameWords(s).some((w) => new RegExp(`(?<![\\p{L}])${escapeRe(w)}(?![\\p{L}])`, 'u').test(text));
}

/**
 * The words that name the quote's speaker, in the quote's paragraph: a mention by name in its attribution
 * ("Blinken said"), else the person's name nearest before the quote (else the first after it); for an
 * unnamed source or an organisation, its own description ("officials said", "the BBC reported"). Never only a
 * pronoun or a role ("he told VOA", "the colonel said"). Null when the paragraph does not name the speaker.
 */
export function namingSpan(ctx: Context, q: QuoteFact, src: Source): Span | null {
  const words = src.individual || src.sp?.kind !== 'unnamed'
    ? nameWords(src)
    : [src.sp.name.replace(/\s*\(unnamed\)$/, '').split(/\s+/).at(-1)!];
  if (!words.length) return null;
  const re = new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRe).join('|')})(?![\\p{L}])`, src.individual || src.sp?.kind !== 'unnamed' ? 'u' : 'iu');
  const own = q.speakerMentions.find((m) => re.test(ctx.text.slice(m.start, m.end)));
  if (own) return own;
  const pi = paragraphAt(ctx.layout, q.start);
  const p = ctx.layout.paragraphs[pi];
  if (!p) return null;
  let found: Span[];
  if (src.person) {
    found = mentionsIn(ctx.people, ctx.people.people.indexOf(src.person), p.start, p.start + p.text.length);
  } else {
    const all = [src.sp!.name.replace(/\s*\(unnamed\)$/, ''), ...src.sp!.aliases].filter((a) => a.length > 2).sort((a, b) => b.length - a.length);
    const g = new RegExp(`(?<![\\p{L}])(?:${all.map(escapeRe).join('|')})(?![\\p{L}])`, 'giu');
    found = [...p.text.matchAll(g)].map((m) => ({ start: p.start + m.index, end: p.start + m.index + m[0].length }));
  }
  return [...found].reverse().find((m) => m.end <= q.start) ?? found.find((m) => m.start >= q.end) ?? null;
}

/** Evidence for a quote: from the sentence naming its speaker to the quote, the name highlighted; null when that crosses a paragraph. */
export function speakerEvidence(ctx: Context, q: QuoteFact, src: Source): Evidence | null {
  const name = namingSpan(ctx, q, src);
  if (!name) return null;
  const cover = sentencesCovering(ctx.layout, Math.min(q.start, name.start), Math.max(q.end, name.end));
  return toEvidence(ctx.layout, cover, name);
}

/**
 * Other sources to offer against `key` in "Who said …?": each of the key's own kind, surely not the key, nor a
 * form of another offered name, nor named in the words asked.
 */
export function whoChoices(ctx: Context, key: Source, words: string, max = 3): string[] {
  // People among people, groups and bodies among their like: a person among groups would stand out (and the
  // words' own pronoun, "they believe …", agrees with one kind only).
  const ordered = sourcesOf(ctx).filter((s) => !s.country && s.individual === key.individual && surelyDistinct(key, s) && !namesSource(words, s));
  const out: Source[] = [];
  for (const s of ordered) {
    if (out.length >= max) break;
    if (s.name === key.name || out.some((o) => o.name === s.name || !surelyDistinct(o, s) && o.individual && s.individual)) continue;
    out.push(s);
  }
  return out.map((s) => s.name);
}

/** Sources that surely did not say words of `key`, those of the key's kind first (a "no" that the kind does not give away), countries last. */
export function wrongSources(ctx: Context, key: Source, words: string): Source[] {
  const ok = sourcesOf(ctx).filter((s) => surelyDistinct(key, s) && !namesSource(words, s));
  const rank = (s: Source) => (s.individual === key.individual ? 0 : 2) + (s.country ? 1 : 0);
  return ok.sort((a, b) => rank(a) - rank(b));
}

/** A claim as a choice shows it: a direct quotation in curly quotes, reported speech as "that …". */
export interface Claim {
  text: string;
  direct: boolean;
  /** Cut short with an ellipsis. */
  cut: boolean;
  qi: number;
}

/** Words a choice shows at most: longer claims are cut at a clause (or a word) with an ellipsis. */
const CHOICE_WORDS = 14;

/** A claim for a choice, shortened to CHOICE_WORDS. `words` is the claim as content() gives it (`“…”`). */
export function claimChoice(words: string, direct: boolean, qi: number): Claim {
  const inner = words.slice(1, -1);
  const short = wordCount(inner) <= CHOICE_WORDS ? inner : trimQuotation(inner, CHOICE_WORDS, 6);
  const cut = short.endsWith('\u2026');
  return { text: direct ? quoted(short) : `that ${short}`, direct, cut, qi };
}

const contentWords = (s: string) => new Set(s.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/** Share of the smaller claim's content words that the other holds: two tellings of one fact. */
export function overlap(a: string, b: string): number {
  const wa = contentWords(a), wb = contentWords(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  return [...small].filter((w) => big.has(w)).length / small.size;
}

/**
 * The choices of "Which of these did X say?": X's claim and two or three claims of sources that surely are
 * not X, the closest to the key in length and form (quoted or reported, cut or whole), so neither gives the
 * key away; none retelling one of X's own claims. Null with fewer than two such claims.
 */
export function whichChoices(ctx: Context, key: Claim, keySource: Source, others: readonly Claim[], ownWords: readonly string[]): Claim[] | null {
  const keyLength = wordCount(key.text);
  const fits = others.filter((c) => !ownWords.some((w) => overlap(w, c.text) >= 0.5) && !givesAway(ctx, c.text) && !namesSource(c.text, keySource));
  const distance = (c: Claim) => Math.abs(wordCount(c.text) - keyLength) + (c.direct !== key.direct ? 6 : 0) + (c.cut !== key.cut ? 4 : 0);
  const picked: Claim[] = [];
  for (const c of [...fits].sort((a, b) => distance(a) - distance(b) || a.qi - b.qi)) {
    if (picked.length >= 3) break;
    if (picked.some((p) => overlap(p.text, c.text) >= 0.5) || overlap(key.text, c.text) >= 0.5) continue;
    picked.push(c);
  }
  return picked.length >= 2 ? picked : null;
}

