// Every person, group and organisation mention of the article so far, in text order, for speaker resolution:
// "he"/"she" to the nearest person, "they" to the nearest plural subject, "the agency" to the nearest
// organisation, "the colonel" to the nearest person with that role, "some"/"others" to the nearest group.
// Searches look back over a bounded window, so the whole pass stays linear in the article's length.
import type { Speaker } from './entities.js';
import { AGENT_NOUN, isSpeakerNoun, NON_NAME_CAPS, NON_PERSON_WORDS, OBLIQUE_PREPOSITIONS, ORG_WORDS, PLACE_FIRST_WORDS, TITLE_ABBREVIATIONS,
  TITLE_WORDS } from './lexicon.js';
import { isCountryWord } from './people.js';
import type { Item } from './tokens.js';
import { isCap, isPossessive, lower, stripPossessive } from './tokens.js';

export type MentionKind = 'person' | 'organization' | 'group';

export interface EntityMention {
  /** The registered speaker, or null for a name not yet quoted (registered when it first speaks). */
  speaker: Speaker | null;
  name: string;
  kind: MentionKind;
  /** Head noun of a group or organisation description ("teachers", "agency"). */
  head: string | null;
  /** Role words in lower case, abbreviations expanded ("army colonel"). */
  roles: string[];
  start: number;
  sentence: number;
  /** Subject of its clause (no preposition before it, not a possessive). */
  subject: boolean;
  /** A lone possessive name ("Rivera's goal"): a person only when no better candidate is near. */
  weak: boolean;
}

export interface MentionLog {
  entries: EntityMention[];
  sentence: number;
  /** Surname -> full name of the people named so far ("Clay" -> "Brian Clay"). */
  surnames: Map<string, string>;
}

export const newMentionLog = (): MentionLog => ({ entries: [], sentence: 0, surnames: new Map() });

const WINDOW = 60;

/** Role words of a title phrase, lower case with abbreviations expanded ("Army Col." -> ["army", "colonel"]). */
export function roleWords(role: string | null): string[] {
  if (!role) return [];
  return role.split(/[\s-]+/).filter(Boolean).map((w) => {
    const bare = w.replace(/\.$/, '');
    return (TITLE_ABBREVIATIONS[bare] ?? bare).toLowerCase();
  });
}

export function addMention(log: MentionLog, m: Omit<EntityMention, 'sentence'>): void {
  const dup = log.entries.slice(-8).find((e) => e.start === m.start && e.kind === m.kind);
  if (dup) {
    if (!dup.speaker && m.speaker) dup.speaker = m.speaker;
    return;
  }
  log.entries.push({ ...m, sentence: log.sentence });
  const parts = m.name.split(' ');
  if (m.kind === 'person' && parts.length >= 2 && !log.surnames.has(parts.at(-1)!)) log.surnames.set(parts.at(-1)!, m.name);
}

/** Candidates before `at`, newest first, within the window. */
function* before(log: MentionLog, at: number): Generator<EntityMention> {
  const es = log.entries;
  for (let i = es.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) if (es[i]!.start < at) yield es[i]!;
}

/** Among the newest sentence's matches: its first subject, else its last mention. */
function pickInSentence(log: MentionLog, at: number, ok: (m: EntityMention) => boolean): EntityMention | null {
  let sentence = -1;
  const found: EntityMention[] = [];
  for (const m of before(log, at)) {
    if (!ok(m)) continue;
    if (sentence >= 0 && m.sentence !== sentence) break;
    sentence = m.sentence;
    found.push(m);
  }
  if (found.length === 0) return null;
  found.reverse();
  return found.find((m) => m.subject) ?? found.at(-1)!;
}

/** A named person of the current sentence before `at`: its first subject, else its first mention. */
export function personInSentence(log: MentionLog, at: number): EntityMention | null {
  const here = log.entries.slice(-12).filter((m) => m.sentence === log.sentence && m.start < at && m.kind === 'person' && !m.weak);
  return here.find((m) => m.subject) ?? here[0] ?? null;
}

/** An organisation named in the current sentence before `at`. */
export function orgInSentence(log: MentionLog, at: number): EntityMention | null {
  return log.entries.slice(-12).find((m) => m.sentence === log.sentence && m.start < at && m.kind === 'organization') ?? null;
}

/** "he"/"she": the nearest person; a lone possessive name only when no named person is in its sentence or later. */
export function nearestPerson(log: MentionLog, at: number): EntityMention | null {
  const strong = pickInSentence(log, at, (m) => m.kind === 'person' && !m.weak);
  // A possessive in the pronoun's own sentence modifies a thing too often ("Pacom's assessment …, he added").
  const weak = pickInSentence(log, at, (m) => m.kind === 'person' && m.weak && m.sentence < log.sentence);
  if (strong && (!weak || weak.sentence <= strong.sentence)) return strong;
  return weak;
}

/** The most recent mention of a source already quoted. */
export function lastSpeaker(log: MentionLog, at: number): EntityMention | null {
  for (const m of before(log, at)) if (m.speaker) return m;
  return null;
}

/** "they": the nearest plural subject (a group or an organisation). */
export function nearestGroup(log: MentionLog, at: number): EntityMention | null {
  return pickInSentence(log, at, (m) => m.kind === 'group');
}

/** "some", "others": the nearest group described by a plural noun ("teachers"). */
export function nearestGroupNoun(log: MentionLog, at: number): EntityMention | null {
  return pickInSentence(log, at, (m) => m.kind === 'group' && !!m.head);
}

/** Heads general enough to stand for any organisation ("the agency" -> the Federal Aviation Administration). */
const GENERIC_ORG_HEADS = new Set(['agency', 'organization', 'organisation', 'body', 'group', 'administration']);

/**
 * "it", "the agency", "the network": the nearest organisation, one whose name has the head word first; any
 * organisation for a generic head, and an acronym ("CNN", "NASA") for any head.
 */
export function nearestOrg(log: MentionLog, at: number, head: string | null): EntityMention | null {
  let any: EntityMention | null = null;
  for (const m of before(log, at)) {
    if (m.kind !== 'organization') continue;
    if (!head || lower(m.name).split(/\s+/).includes(head) || m.head === head) return m;
    if (!any && (GENERIC_ORG_HEADS.has(head) || /^\p{Lu}{2,}$/u.test(m.name))) any = m;
  }
  return any;
}

/** "the colonel", "the superintendent": the nearest person introduced with that role. */
export function nearestWithRole(log: MentionLog, at: number, role: string): EntityMention | null {
  for (const m of before(log, at)) if (m.kind === 'person' && m.roles.includes(role)) return m;
  return null;
}

const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u;
const isNameWord = (w: string) => {
  const b = stripPossessive(w);
  return /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)*$/u.test(b) && !NON_NAME_CAPS.has(b) && !NON_PERSON_WORDS.has(b) &&
    !ORG_WORDS.has(b) && !TITLE_WORDS.has(b);
};

/**
 * Mentions a sentence adds besides its speakers: names of two or three words ("Omar Haddad of Canada"), later
 * surnames of those names, lone possessive names, and plural nouns heading the subject ("Economists expect …").
 */
export function scanMentions(log: MentionLog, items: Item[]): void {
  const known = log.surnames;
  const subjectAt = (i: number) => {
    const prev = items[i - 1];
    return !(prev?.type === 'w' && OBLIQUE_PREPOSITIONS.has(lower(prev.text)));
  };
  for (let i = 0; i < items.length; i++) {
    const t = items[i]!;
    if (t.type !== 'w' || !isCap(t.text)) continue;
    let j = i;
    j++; // a possessive ends a name: "NASA's Deep Space Network"
    while (j < items.length && items[j]!.type === 'w' && isCap(items[j]!.text) && !isPossessive(items[j - 1]!.text)) j++;
    const org = orgName(items, i, j);
    if (org) {
      addMention(log, { speaker: null, name: org.name, kind: 'organization', head: null, roles: [], start: org.start, subject: subjectAt(i), weak: false });
      i = org.end - 1;
      continue;
    }
    let run = items.slice(i, j);
    while (run.length > 2 && (DEMONYM.test(run[0]!.text) || AGENT_NOUN.test(lower(run[0]!.text)) || TITLE_WORDS.has(run[0]!.text.replace(/\.$/, '')) || NON_NAME_CAPS.has(run[0]!.text))) run = run.slice(1);
    const words = run.map((r) => r.text);
    // After a role or title ("Swimmer Lena Park") a place word is a surname too.
    const roleLed = run.length < j - i;
    const nameWord = (w: string) => isNameWord(w) || (roleLed && NON_PERSON_WORDS.has(stripPossessive(w)) && /^\p{Lu}\p{Ll}+$/u.test(stripPossessive(w)));
    // After a locative preposition a name is a place ("near Sunan Air Base", "in Costa Rica").
    const locative = items[i - 1]?.type === 'w' && /^(?:in|at|near|across|outside|inside|into|toward|towards|around|through)$/i.test(items[i - 1]!.text);
    if (run.length >= 2 && run.length <= 3 && words.every(nameWord) && !PLACE_FIRST_WORDS.has(words[0]!) && !locative) {
      const name = words.map(stripPossessive).join(' ');
      const nextWord = items[j]?.type === 'w' ? items[j]!.text : '';
      // A name in a capitalised org run is not a person ("Brian Clay Foundation" stops at the org word already).
      if (!ORG_WORDS.has(nextWord)) {
        addMention(log, { speaker: null, name, kind: 'person', head: null, roles: [], start: run[0]!.start, subject: subjectAt(i + (items[i] === run[0] ? 0 : items.slice(i, j).indexOf(run[0]!))) && !isPossessive(words.at(-1)!), weak: false });
      }
    } else if (run.length === 1 && isNameWord(words[0]!)) {
      const bare = stripPossessive(words[0]!);
      const full = known.get(bare);
      if (full) addMention(log, { speaker: null, name: full, kind: 'person', head: null, roles: [], start: t.start, subject: subjectAt(i) && !isPossessive(t.text), weak: false });
      else if (isPossessive(t.text) && !DEMONYM.test(bare) && !isCountryWord(bare)) addMention(log, { speaker: null, name: bare, kind: 'person', head: null, roles: [], start: t.start, subject: false, weak: true });
    }
    i = j - 1;
  }
  const group = subjectGroup(items);
  if (group) addMention(log, { speaker: null, name: group.noun, kind: 'group', head: group.noun, roles: [], start: group.start, subject: true, weak: false });
}

/**
 * An organisation named by a capitalised run with an organisation word ("the World Health Organization", "British
 * Transport Police", "Ministry of Defence") or by an acronym ("WHO"); a leading function word is left out.
 */
function orgName(items: Item[], i: number, j: number): { name: string; start: number; end: number } | null {
  let e = j;
  while (e + 1 < items.length && /^(?:of|for|and)$/.test(items[e]!.text) && items[e + 1]!.type === 'w' && isCap(items[e + 1]!.text)) {
    e += 2;
    while (e < items.length && items[e]!.type === 'w' && isCap(items[e]!.text) && !isPossessive(items[e - 1]!.text)) e++;
  }
  let s = i;
  while (s < e && NON_NAME_CAPS.has(items[s]!.text)) s++;
  const run = items.slice(s, e);
  if (run.length === 0) return null;
  const words = run.map((t) => stripPossessive(t.text));
  const acronym = run.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!) && !/^(?:US|UK|UN|EU|AM|PM|TV|OK)$/.test(words[0]!);
  if (!acronym && !words.some((w) => ORG_WORDS.has(w))) return null;
  return { name: words.join(' '), start: run[0]!.start, end: e };
}

/** A plural person noun heading the sentence's subject: "Economists expect", "But analysts believe". */
function subjectGroup(items: Item[]): { noun: string; start: number } | null {
  let k = 0;
  if (items[k]?.type === 'w' && /^(?:but|and|so|yet|still|meanwhile|however)$/i.test(items[k]!.text)) k++;
  if (items[k]?.type === 'w' && /^(?:the|many|most|some|several|other|local)$/i.test(items[k]!.text)) k++;
  for (let n = 0; n < 3 && items[k]?.type === 'w'; n++, k++) {
    const w = lower(items[k]!.text);
    if (/s$/.test(w) && !/(?:ss|us)$/.test(w) && isSpeakerNoun(w) && items[k + 1]?.type === 'w' && !isCap(items[k + 1]!.text)) {
      return { noun: w, start: items[k]!.start };
    }
  }
  return null;
}
