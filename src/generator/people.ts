// People named in the article: quoted speakers plus titled mentions ("President Joe Biden"), where each is
// mentioned, and the country the text ties them to. Distractors for "who said" come only from this list,
// so no name is ever invented; mentions let prompts resolve "he" to a name.
import type { Span } from './article.js';
import type { Speaker } from './entities.js';
import { isTitleWord, NON_NAME_CAPS, NON_PERSON_WORDS, ORG_WORDS } from './lexicon.js';
import { countLeading } from './search.js';
import { isCap, stripPossessive } from './tokens.js';

export interface Person {
  name: string;
  /** Other ways the article names the person ("Blinken", "Secretary of State Antony Blinken"). */
  aliases: string[];
  role: string | null;
  /** Country code the text ties the person to ("Russian President" -> "ru"), or null when unknown. */
  affiliation: string | null;
  /** facts.speakers id when the person is quoted. */
  speakerId: string | null;
}

export interface Mention extends Span {
  person: number;
}

export interface People {
  people: Person[];
  /** Name mentions in text order. */
  mentions: Mention[];
}

// Demonyms and country names -> one code; longest phrases are tried first.
const COUNTRIES: [string, string][] = [
  ['United States', 'us'], ['U.S.', 'us'], ['U.S', 'us'], ['US', 'us'], ['American', 'us'], ['Americans', 'us'], ['America', 'us'],
  ['Russian', 'ru'], ['Russia', 'ru'], ['Kremlin', 'ru'], ['Ukrainian', 'ua'], ['Ukraine', 'ua'],
  ['Chinese', 'cn'], ['China', 'cn'], ['British', 'gb'], ['Britain', 'gb'], ['U.K.', 'gb'], ['UK', 'gb'],
  ['Israeli', 'il'], ['Israel', 'il'], ['Lebanese', 'lb'], ['Lebanon', 'lb'], ['Mexican', 'mx'], ['Mexico', 'mx'],
  ['North Korean', 'kp'], ['North Korea', 'kp'], ['South Korean', 'kr'], ['South Korea', 'kr'],
  ['Philippine', 'ph'], ['Filipino', 'ph'], ['Philippines', 'ph'], ['Iranian', 'ir'], ['Iran', 'ir'],
  ['French', 'fr'], ['France', 'fr'], ['German', 'de'], ['Germany', 'de'], ['Japanese', 'jp'], ['Japan', 'jp'],
  ['Indian', 'in'], ['India', 'in'], ['Canadian', 'ca'], ['Canada', 'ca'], ['Turkish', 'tr'], ['Turkey', 'tr'],
  ['Syrian', 'sy'], ['Syria', 'sy'], ['Palestinian', 'ps'], ['Iraqi', 'iq'], ['Iraq', 'iq'], ['Czech', 'cz'],
  ['Polish', 'pl'], ['Poland', 'pl'], ['Italian', 'it'], ['Italy', 'it'], ['Spanish', 'es'], ['Spain', 'es'],
  ['Australian', 'au'], ['Australia', 'au'], ['Brazilian', 'br'], ['Brazil', 'br'], ['Egyptian', 'eg'], ['Egypt', 'eg'],
  ['Saudi', 'sa'], ['Pakistani', 'pk'], ['Pakistan', 'pk'], ['Afghan', 'af'], ['Taiwanese', 'tw'], ['Taiwan', 'tw'],
];
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}.])(?:${COUNTRIES.map(([w]) => w).sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![\\p{L}])`, 'u');
const COUNTRY_OF = new Map(COUNTRIES);

/** A country name or demonym ("Jamaica" is not listed, "China", "Russian" are): never a person's name. */
export const isCountryWord = (w: string): boolean => COUNTRY_OF.has(w);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first country named in a phrase ("U.S officials" -> "us", "Russian President" -> "ru"). */
export function affiliationIn(phrase: string | null): string | null {
  if (!phrase) return null;
  const m = COUNTRY_RE.exec(phrase);
  return m ? COUNTRY_OF.get(m[0]) ?? null : null;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu;

function nameToken(w: string): boolean {
  const bare = stripPossessive(w);
  return isCap(bare) && !/\d/.test(bare) && !/^(?:\p{Lu}\.?){2,}$/u.test(bare) && !NON_NAME_CAPS.has(bare) &&
    !NON_PERSON_WORDS.has(bare) && !ORG_WORDS.has(bare) && !isTitleWord(bare);
}

interface Titled { name: string; surface: string; role: string; start: number; end: number }

/** "President Joe Biden", "Russian President Vladimir Putin": a title word, then a two- to four-word name. */
function titledMentions(text: string, body: Span): Titled[] {
  const out: Titled[] = [];
  const toks: { w: string; start: number; end: number }[] = [];
  const flush = () => {
    let last = -1;
    toks.forEach((t, i) => { if (i < toks.length - 1 && isTitleWord(t.w)) last = i; });
    if (last >= 0) {
      const name = toks.slice(last + 1);
      if (name.length >= 2 && name.length <= 4 && name.every((t) => nameToken(t.w))) {
        const roleToks = toks.slice(0, last + 1).map((t) => t.w).filter((w, i) => i > 0 || !NON_NAME_CAPS.has(w));
        out.push({
          name: name.map((t) => stripPossessive(t.w)).join(' '),
          surface: text.slice(toks[0]!.start, name.at(-1)!.start + stripPossessive(name.at(-1)!.w).length),
          role: roleToks.join(' '),
          start: name[0]!.start,
          end: name.at(-1)!.start + stripPossessive(name.at(-1)!.w).length,
        });
      }
    }
    toks.length = 0;
  };
  const region = text.slice(body.start, body.end);
  TOKEN.lastIndex = 0;
  let prevEnd = -1;
  for (let m = TOKEN.exec(region); m; m = TOKEN.exec(region)) {
    let w = m[0];
    if (/\p{Ll}{2}\.$/u.test(w)) w = w.slice(0, -1); // "Biden." ends a sentence
    const start = body.start + m.index;
    const gap = prevEnd < 0 ? ' ' : text.slice(prevEnd, start);
    const joined = /^[ \t]+$/.test(gap);
    const fits = isCap(w) || (w === 'of' && toks.length > 0);
    if (!joined || !fits) flush();
    if (fits && !(w === 'of' && toks.length === 0)) toks.push({ w, start, end: start + w.length });
    prevEnd = start + w.length;
    if (/[.,;:!?]$/.test(m[0]) && m[0] !== w) flush();
  }
  flush();
  return out;
}

const surnameOf = (name: string) => name.split(' ').at(-1)!;

/** Builds the people list: quoted persons first (facts order), then titled mentions in text order. */
export function findPeople(text: string, body: Span, speakers: readonly Speaker[]): People {
  const people: Person[] = [];
  const bySurname = new Map<string, number>();
  const add = (p: Person) => {
    const s = surnameOf(p.name).toLowerCase();
    const known = bySurname.get(s);
    if (known !== undefined) return known;
    people.push(p);
    bySurname.set(s, people.length - 1);
    return people.length - 1;
  };
  for (const sp of speakers) {
    if (sp.kind !== 'person') continue;
    const i = add({ name: sp.name, aliases: [], role: sp.role, affiliation: affiliationIn(sp.role), speakerId: sp.id });
    const p = people[i]!;
    if (!p.speakerId) p.speakerId = sp.id;
    for (const a of sp.aliases) if (!p.aliases.includes(a)) p.aliases.push(a);
  }
  for (const t of titledMentions(text, body)) {
    const i = add({ name: t.name, aliases: [], role: t.role, affiliation: affiliationIn(t.role), speakerId: null });
    const p = people[i]!;
    if (!p.affiliation) p.affiliation = affiliationIn(t.role);
    for (const a of [t.surface, surnameOf(t.name)]) if (a !== p.name && !p.aliases.includes(a)) p.aliases.push(a);
  }
  return { people, mentions: findMentions(text, body, people) };
}

/** Every occurrence of a person's name or name-like alias (one regex pass over the body). */
function findMentions(text: string, body: Span, people: readonly Person[]): Mention[] {
  const owner = new Map<string, number>();
  people.forEach((p, i) => {
    for (const a of [p.name, ...p.aliases]) {
      const words = a.split(/\s+/);
      // Name-like: every word capitalised or a title ("Secretary of State Antony Blinken" has "of").
      if (a.length < 3 || !words.every((w) => isCap(w) || w === 'of')) continue;
      if (words.length === 1 && !nameToken(a)) continue;
      if (!owner.has(a)) owner.set(a, i);
    }
  });
  if (owner.size === 0) return [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: Mention[] = [];
  const region = text.slice(body.start, body.end);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    out.push({ start: body.start + m.index, end: body.start + m.index + m[0].length, person: owner.get(m[0])! });
  }
  return out;
}

/** The person whose mention is nearest before `at`, within `window` characters. */
export function personBefore(people: People, at: number, window: number): Person | null {
  const m = people.mentions[countLeading(people.mentions, (mention) => mention.end <= at) - 1];
  return m && at - m.end <= window ? people.people[m.person]! : null;
}

/** Mentions of `person` inside [start, end). */
export function mentionsIn(people: People, person: number, start: number, end: number): Mention[] {
  const ms = people.mentions;
  const out: Mention[] = [];
  for (let i = countLeading(ms, (m) => m.start < start); i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.person === person && ms[i]!.end <= end) out.push(ms[i]!);
  return out;
}

const nameWords = (p: Person) => new Set([p.name, ...p.aliases].flatMap((a) => a.split(/\s+/)).filter(nameToken).map((w) => stripPossessive(w).toLowerCase()));

/**
 * Two entries may be one person under two names (a registry split "Joe Biden" / "President Biden"):
 * they share a name word. Such a pair is never key and distractor of one question.
 */
export function maySamePerson(a: Person, b: Person): boolean {
  if (a === b) return true;
  const wa = nameWords(a);
  for (const w of nameWords(b)) if (wa.has(w)) return true;
  return false;
}

/** The index of the person a speaker is, if any. */
export function personOfSpeaker(people: People, sp: Speaker): number {
  const byId = people.people.findIndex((p) => p.speakerId === sp.id);
  if (byId >= 0) return byId;
  return sp.kind === 'person' ? people.people.findIndex((p) => p.name === sp.name) : -1;
}
