// Speaker entities: people, organisations and unnamed sources, with aliases so that
// "Secretary of State Antony Blinken", "Blinken" and "he" end up as one entity.
import { AGENT_NOUN, isSpeakerNoun, isTitleWord, NON_NAME_CAPS, OBLIQUE_PREPOSITIONS, ORG_HEAD_NOUNS, PLACE_FIRST_WORDS, NON_PERSON_WORDS, ORG_WORDS, ROLE_NOUNS, SPEAKER_NOUNS, SPEECH_VERB_FORMS } from './lexicon.js';
import type { EntityMention } from './mentions.js';
import { nearestGroup, nearestGroupNoun, nearestOrg, nearestPerson, nearestWithRole, newMentionLog } from './mentions.js';
import type { MentionLog } from './mentions.js';
import type { Item } from './tokens.js';
import { isCap, isPossessive, lower, stripPossessive } from './tokens.js';

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unnamed';

export interface Speaker {
  id: string;
  /** Full name as first introduced, without title; for unnamed sources a description ending in " (unnamed)". */
  name: string;
  aliases: string[];
  role: string | null;
  kind: SpeakerKind;
  /** True for plural or collective sources ("officials", "experts"). */
  group: boolean;
}

export interface Registry {
  speakers: Speaker[];
  byKey: Map<string, Speaker>;
}

export const newRegistry = (): Registry => ({ speakers: [], byKey: new Map() });

const key = (s: string) => s.toLowerCase().replace(/[\u2019']s\b/g, '').replace(/[-\u2010\u2011]/g, ' ').replace(/\s+/g, ' ').trim();

const PARTICLES = new Set(['de', 'da', 'del', 'der', 'den', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ibn', 'of']);
const DETERMINERS = new Set(['a', 'an', 'the']);
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'inside', 'aboard', 'based']);
const PREPOSITIONS = new Set(['from', 'of', 'at', 'with', 'for', 'in', 'aboard', 'on', 'near', 'inside', 'based']);


/** Words that look capitalised only because they start the phrase ("Experts", "Crew", "Senior"). */
function commonWord(w: string): boolean {
  const l = lower(stripPossessive(w));
  return SPEAKER_NOUNS.has(l) || ROLE_NOUNS.has(l) || NON_NAME_CAPS.has(w) ||
    /^(?:senior|top|local|regional|federal|state|city|county|another|some|many|several|two|three|four|five|both|most|other|mission|rescue|health|security|military|government|emergency|company|party|police|family|u\.?n\.?)$/.test(l);
}

/** Title words that only modify a following title ("Deputy", "Foreign"), so a name cannot follow them directly. */
const MODIFIER_TITLES = new Set(`Vice Prime Deputy Associate Assistant Acting Senior Former former Interim Regional
  Provincial National Federal Foreign Interior Defense Defence Finance Health Justice Trade Energy Home Education
  Transport Transportation Environment Agriculture Labor Labour Economy Economic Affairs Special Executive Majority
  Minority Presidential Supreme State`.split(/\s+/));
const isTitle = isTitleWord;
const isAcronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(stripPossessive(w)) && !/^(?:\p{Lu}\.){2,}$/u.test(w);
const isNameToken = (w: string) => isCap(w) && !NON_NAME_CAPS.has(w);

/** Canonical person lookup: exact, then surname (last token), then first token (e.g. Korean family names). */
export function findPerson(reg: Registry, name: string): Speaker | undefined {
  const k = key(name);
  const exact = reg.byKey.get(k);
  if (exact) return exact;
  const toks = k.split(' ');
  const people = reg.speakers.filter((s) => s.kind === 'person');
  if (toks.length === 1) {
    return people.find((s) => key(s.name).split(' ').at(-1) === k) ??
      people.find((s) => key(s.name).split(' ')[0] === k);
  }
  // "Kim Jong-Un" vs "Kim Jong Un" already share a key; a multi-token name with the same first and last token is the same person.
  return people.find((s) => {
    const t = key(s.name).split(' ');
    return t[0] === toks[0] && t.at(-1) === toks.at(-1);
  });
}

function addSpeaker(reg: Registry, sp: Omit<Speaker, 'id'>): Speaker {
  const k = key(sp.name);
  const found = reg.byKey.get(k);
  if (found) return found;
  const full: Speaker = { ...sp, id: `s${reg.speakers.length + 1}` };
  reg.speakers.push(full);
  reg.byKey.set(k, full);
  return full;
}

/** An unnamed organisation given an acronym in brackets is named by it: "the election commission (CENI)". */
export function namedByAcronym(reg: Registry, ref: SpeakerRef, acronym: string): SpeakerRef {
  if (ref.kind !== 'unnamed' || !/ \(unnamed\)$/.test(ref.name)) return ref;
  const name = ref.name.replace(/ \(unnamed\)$/, ` (${acronym})`);
  return { name, kind: 'organization', commit: () => addSpeaker(reg, { name, aliases: [acronym], role: null, kind: 'organization', group: false }) };
}

function addAlias(sp: Speaker, alias: string): void {
  const a = alias.trim();
  if (a && a !== sp.name && !sp.aliases.includes(a)) sp.aliases.push(a);
}

/** Registers (or finds) a person; the first full name seen wins. */
export function registerPerson(reg: Registry, name: string, role: string | null, surface: string): Speaker {
  const existing = findPerson(reg, name);
  if (existing) {
    if (existing.name.split(' ').length < name.split(/\s+/).length && !existing.name.includes(' ')) {
      // First seen only as a surname; now we learn the full name.
      reg.byKey.set(key(name), existing);
      addAlias(existing, existing.name);
      existing.name = name;
    }
    if (!existing.role && role) existing.role = role;
    addAlias(existing, surface);
    addAlias(existing, name.split(' ').at(-1)!);
    return existing;
  }
  const sp = addSpeaker(reg, { name, aliases: [], role, kind: 'person', group: false });
  addAlias(sp, surface);
  if (name.includes(' ')) addAlias(sp, name.split(' ').at(-1)!);
  return sp;
}

export interface NameParse {
  /** Tokens of the person's name, if any. */
  name: Item[];
  /** Title and role words before the name ("Secretary of State", "NIH director Dr."). */
  role: Item[];
  org: boolean;
}

/**
 * Splits a capitalised run ending an NP into role and name, at the last title word:
 * "Air Force General Ido Nehushtan" -> role "Air Force General", name "Ido Nehushtan".
 */
export function splitTitle(run: Item[]): NameParse {
  let last = -1;
  run.forEach((t, i) => {
    if (i >= run.length - 1 || !isTitle(t.text)) return;
    if (MODIFIER_TITLES.has(t.text) && !(t.text === 'State' && run[i - 1]?.text === 'of')) return;
    last = i;
  });
  // A possessive before the title belongs to the role: "NASA's Associate Administrator Nicky Fox".
  for (let i = last + 1; i < run.length - 1; i++) if (isPossessive(run[i]!.text)) last = i;
  let name = run.slice(last + 1);
  const role = run.slice(0, last + 1);
  // "Lawrence Appel of Johns Hopkins University": a person of an organisation is the person; "University of
  // Leeds", "Bank of England" stay organisations (an organisation word before "of").
  const of = name.findIndex((t) => t.text === 'of');
  const orgWord = (t: Item) => ORG_WORDS.has(stripPossessive(t.text)) || isAcronym(t.text);
  const personLike = (of >= 2 || last >= 0) && !name.slice(0, of).some((t) => orgWord(t) || commonWord(t.text)); // not "Joint Chiefs"
  if (of >= 1 && personLike && name.slice(of + 1).some(orgWord)) name = name.slice(0, of);
  const org = name.length === 0 || name.some((t) => ORG_WORDS.has(stripPossessive(t.text)) || isAcronym(t.text)) ||
    (isTitle(run.at(-1)!.text) && name.length <= 1 && ORG_WORDS.has(run.at(-1)!.text));
  while (name.length && PARTICLES.has(name[0]!.text)) name.shift();
  return { name, role, org };
}

/** The trailing run of capitalised tokens (with name particles inside) of an NP. */
export function trailingCapRun(np: Item[], firstMayBeCommon = true): Item[] {
  let i = np.length;
  while (i > 0) {
    const t = np[i - 1]!;
    if (t.type !== 'w') break;
    // An agent noun opening a run of three ("Baker Tom Hill", "Sprinter Tia Brooks") is a role, not a first name.
    // A title stays in the run so that the name after it is a person's ("Mrs Patel", "Dr. Ruiz").
    const role = i - 1 === 0 && firstMayBeCommon && ((commonWord(t.text) && !(isTitle(t.text) && np.length > 1)) ||
      (np.length >= 3 && AGENT_NOUN.test(lower(t.text))));
    const cap = isCap(t.text) && !role;
    const particle = PARTICLES.has(t.text) && i < np.length && i - 1 > 0 && isCap(np[i - 2]!.text);
    if (!cap && !particle) break;
    i--;
  }
  return np.slice(i);
}

/** What pronouns and descriptions resolve against: every mention so far, the nearest compatible one wins. */
export interface Focus {
  log: MentionLog;
}

/** A resolved speaker that is only registered (with its aliases) once the attribution is accepted. */
export interface SpeakerRef {
  name: string;
  kind: SpeakerKind;
  commit(): Speaker;
}

export const refTo = (sp: Speaker, alias?: string): SpeakerRef => ({
  name: sp.name, kind: sp.kind, commit: () => { if (alias) addAlias(sp, alias); return sp; },
});

export const newFocus = (): Focus => ({ log: newMentionLog() });

/** The speaker a logged mention stands for; a name not yet quoted is registered once its claim is accepted. */
export function refMention(reg: Registry, m: EntityMention, alias?: string): SpeakerRef {
  if (m.speaker) return refTo(m.speaker, alias);
  if (m.kind === 'person') {
    return { name: m.name, kind: 'person', commit: () => (m.speaker = registerPerson(reg, m.name, null, m.name)) };
  }
  // A named organisation ("World Health Organization", an acronym registered for one) speaks under its name.
  if (m.kind === 'organization' && !m.head) {
    return { name: m.name, kind: 'organization', commit: () => (m.speaker = reg.byKey.get(key(m.name)) ?? addSpeaker(reg, { name: m.name, aliases: [], role: null, kind: 'organization', group: false })) };
  }
  const name = `${m.head ?? m.name} (unnamed)`;
  const kind: SpeakerKind = 'unnamed';
  return { name, kind, commit: () => (m.speaker = addSpeaker(reg, { name, aliases: [], role: null, kind, group: m.kind === 'group' })) };
}

/** A bare quantifier as subject ("Some say …", "others argue …") stands for part of the nearest group. */
const QUANTIFIER = /^(?:some|others|many|most|several|few|one)$/;

/** "-ing" words that modify a title rather than start a clause ("acting spokesman", "outgoing president"). */
const ING_MODIFIERS = new Set(['acting', 'outgoing', 'incoming', 'visiting', 'managing', 'ruling', 'leading', 'presiding',
  'sitting', 'serving', 'founding', 'reigning', 'governing', 'opposing', 'ranking', 'polling', 'consulting']);
/** Two or more name words right before body[i], none of them an organisation, place or title word. */
function personBefore(body: Item[], i: number): boolean {
  let s = i;
  while (s > 0 && isCap(body[s - 1]!.text)) s--;
  const run = body.slice(s, i).map((t) => stripPossessive(t.text));
  return run.length >= 2 && run.every((w) => !ORG_WORDS.has(w) && !NON_PERSON_WORDS.has(w) && !isTitle(w) && !NON_NAME_CAPS.has(w) && !/^(?:\p{Lu}\.?){2,}$/u.test(w));
}

const PLURAL = /(?:s|people|police|staff|crew|media|military|government)$/;

/**
 * Resolves a subject/agent NP to a speaker, or null when it does not look like a source of speech
 * ("research", "footage", "the policy").
 */
export function resolveNP(reg: Registry, np: Item[], focus: Focus): SpeakerRef | null {
  const words = np.filter((t) => t.type === 'w');
  // A long NP is a source only through a short head before its post-modifier ("Ana Ferreira of the Institute …").
  if (words.length === 0 || words.length > 30) return null;
  if (np.some((t) => t.type !== 'w' && !/^[\u2019'.&-]$/.test(t.text))) return null;
  const first = lower(words[0]!.text);
  const at = words[0]!.start;
  if (words.length === 1) {
    const log = focus.log;
    const near = (m: EntityMention | null) => (m ? refMention(reg, m) : null);
    if (first === 'he' || first === 'she') return near(nearestPerson(log, at));
    if (first === 'they') return near(nearestGroup(log, at) ?? nearestOrg(log, at, null));
    if (first === 'it') return near(nearestOrg(log, at, null));
    if (QUANTIFIER.test(first)) {
      const g = nearestGroupNoun(log, at);
      if (!g) return null;
      const name = `${first === 'others' ? 'other' : first} ${g.head} (unnamed)`;
      return { name, kind: 'unnamed', commit: () => addSpeaker(reg, { name, aliases: [], role: null, kind: 'unnamed', group: true }) };
    }
    if (first === 'i' || first === 'we' || first === 'you' || first === 'this' || first === 'that') return null;
  }
  let body = words;
  let det = '';
  if (DETERMINERS.has(first)) { det = first; body = words.slice(1); }
  if (body.length === 0) return null;
  // A clause fragment is not a source: "becoming the highest-ranking official in 25 years to visit …".
  if ((/^[a-z]+ing$/.test(body[0]!.text) && !ING_MODIFIERS.has(body[0]!.text)) || body.some((t) => t.text === 'to' || t.text === 'who' || t.text === 'which')) return null;
  // Cut a post-modifier ("Bruce Bennett from the RAND Corporation") after a name or a speaker noun.
  let head = body;
  for (let i = 1; i < body.length; i++) {
    if (!PREPOSITIONS.has(body[i]!.text)) continue;
    const prev = body[i - 1]!.text;
    const prevIsTitle = isTitle(prev) && i + 1 < body.length && isCap(body[i + 1]!.text);
    if (prevIsTitle) continue; // "Secretary of State"
    // A plural source noun before a place is cut there: "Officials in South Korea and Japan".
    const pl = lower(prev);
    if ((i === 1 || !isCap(prev)) && SPEAKER_NOUNS.has(pl) && /s$/.test(pl) && !ORG_WORDS.has(prev) && !/(?:ss|us)$/.test(pl)) { head = body.slice(0, i); break; }
    // "Office for National Statistics" is one name; "Paul Chodas of NASA's … Office" is a person and a post-modifier
    // (after the preposition a possessive or an acronym starts a new noun phrase).
    const next = body[i + 1]?.text ?? '';
    // A place after "in"/"at"/"from" is never the source: "the Pacific Tsunami Warning Center in Hawaii",
    // "two hikers from Utah".
    const locative = LOCATIVE.has(body[i]!.text);
    if (!locative && isCap(prev) && isCap(next) && !(personBefore(body, i) && (isPossessive(next) || isAcronym(next)))) continue;
    if (isCap(prev) || SPEAKER_NOUNS.has(lower(prev)) || (locative && /^\p{Ll}+$/u.test(prev))) { head = body.slice(0, i); break; }
  }
  if (head.length > 12) return null;
  const run = trailingCapRun(head, det === '');
  if (run.length > 0) {
    let o = head.length - run.length;
    while (o >= 2 && /^(?:of|for|and|&|on)$/.test(head[o - 1]!.text) && isCap(head[o - 2]!.text)) {
      o -= 2;
      while (o > 0 && isCap(head[o - 1]!.text) && !(o - 1 === 0 && det === '' && commonWord(head[0]!.text))) o--;
    }
    const orgRun = head.slice(o);
    const parsed = splitTitle(run);
    if (orgRun.length > run.length && parsed.role.length === 0) parsed.org = true;
    if (parsed.name.some((t) => isTitle(t.text))) parsed.org = true;
    const roleText = [...head.slice(0, head.length - run.length), ...parsed.role].map((t) => t.text).join(' ') || null;
    if (!parsed.org && parsed.name.length > 0) {
      const nameText = parsed.name.map((t) => stripPossessive(t.text)).join(' ');
      const known = findPerson(reg, nameText);
      const surface = np.map((t) => t.text).join(' ');
      if (known) return refTo(known, surface);
      const personLike = !parsed.name.some((t) => NON_PERSON_WORDS.has(stripPossessive(t.text)));
      if (personLike && (parsed.name.length >= 2 || parsed.role.length > 0 || (head.length > run.length && ROLE_NOUNS.has(lower(head[head.length - run.length - 1]!.text))))) {
        return { name: nameText, kind: 'person', commit: () => registerPerson(reg, nameText, roleText, surface) };
      }
    }
    // Organisation, place or unknown single capitalised word ("NASA", "The BBC", "Israel"); multiword
    // names keep their connectors ("Office for National Statistics").
    const orgName = orgRun.filter((t, i) => !(i === 0 && NON_NAME_CAPS.has(t.text))).map((t) => t.text).join(' ');
    if (!orgName) return null;
    const known = findPerson(reg, orgName);
    if (known && !orgName.includes(' ')) return refTo(known);
    return {
      name: orgName, kind: 'organization', commit: () => {
        const sp = addSpeaker(reg, { name: orgName, aliases: [], role: null, kind: 'organization', group: false });
        if (det === 'the') addAlias(sp, `the ${orgName}`);
        return sp;
      },
    };
  }
  // The head of a post-modified description is its first source noun: "a person familiar with the talks".
  const prep = head.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.text));
  const headWord = lower(((prep > 0 ? head.slice(0, prep).find((t) => isSpeakerNoun(lower(t.text))) : undefined) ?? head.at(-1)!).text);
  // "the colonel", "the superintendent": the nearest person introduced with that title.
  if (det === 'the' && body.length === 1) {
    const m = nearestWithRole(focus.log, at, headWord);
    if (m) return refMention(reg, m, words.map((t) => t.text).join(' '));
  }
  if (!isSpeakerNoun(headWord)) return null;
  // "the agency", "The American space agency": a definite organisation description refers back.
  // A possessive makes a new entity ("the senator's office"), not a reference back.
  if (det === 'the' && ORG_HEAD_NOUNS.has(headWord) && !PLURAL.test(headWord) && !body.some((t) => isPossessive(t.text))) {
    const m = nearestOrg(focus.log, at, headWord);
    if (m) return refMention(reg, m, words.map((t) => t.text).join(' '));
  }
  // An indefinite source keeps its article ("a witness", "an aide"); "the" is left to the prompt writer.
  const desc = (det === 'a' || det === 'an' ? `${det} ` : '') + body.map((t) => t.text).join(' ');
  const descLower = isCap(body[0]!.text) && commonWord(body[0]!.text) ? desc[0]!.toLowerCase() + desc.slice(1) : desc;
  // "two hikers from Utah" ends in a place, not a name: the head decides.
  const endsWithName = isCap(head.at(-1)!.text) && !commonWord(head.at(-1)!.text);
  const name = endsWithName ? descLower : `${descLower} (unnamed)`;
  const kind: SpeakerKind = endsWithName ? 'organization' : 'unnamed';
  const group = PLURAL.test(headWord) && !/(?:ss|us)$/.test(headWord);
  return { name, kind, commit: () => addSpeaker(reg, { name, aliases: [], role: null, kind, group }) };
}

/**
 * Scans a sentence's tokens for person names introduced with a title, a role noun or an appositive,
 * registering them; returns the mentions found (also of already-known aliases), in order.
 */
export function scanPersonMentions(reg: Registry, items: Item[]): { speaker: Speaker; start: number; end: number; index: number; subjectLike: boolean }[] {
  const out: { speaker: Speaker; start: number; end: number; index: number; subjectLike: boolean }[] = [];
  let i = 0;
  while (i < items.length) {
    const t = items[i]!;
    if (t.type !== 'w' || !isCap(t.text)) { i++; continue; }
    let j = i;
    while (j < items.length && items[j]!.type === 'w' &&
      (isCap(items[j]!.text) || (PARTICLES.has(items[j]!.text) && items[j]!.text !== 'of' && j + 1 < items.length && isCap(items[j + 1]!.text ?? '')))) j++;
    let run = items.slice(i, j);
    // Drop sentence-initial function words ("The", "In") from the run.
    while (run.length && (NON_NAME_CAPS.has(run[0]!.text) || (run[0] === items[0] && commonWord(run[0]!.text) && !(isTitle(run[0]!.text) && run.length >= 3)))) run = run.slice(1);
    if (run.length === 0) { i = j; continue; }
    const parsed = splitTitle(run);
    const before = items[i - 1];
    const after = items[j];
    const after2 = items[j + 1];
    const hasTitle = parsed.role.some((r) => isTitle(r.text));
    const roleBefore = before?.type === 'w' && ROLE_NOUNS.has(lower(before.text));
    const roleComma = before?.type === 'p' && before.text === ',' && items[i - 2]?.type === 'w' && ROLE_NOUNS.has(lower(items[i - 2]!.text));
    const appositive = after?.type === 'p' && after.text === ',' && after2?.type === 'w' && /^(?:a|an|the|who|chief|head|director|spokesman|spokeswoman)$/i.test(after2.text);
    const roleWord = (t: Item | undefined) => t?.type === 'w' && (ROLE_NOUNS.has(lower(t.text)) || SPEAKER_NOUNS.has(lower(t.text)));
    // "X is a spokesman for …", "X is president of …", "X is with the Fire Department".
    const isA = after?.type === 'w' && /^(?:is|was)$/.test(after.text) && after2?.type === 'w' && (
      (/^(?:a|an|the)$/.test(after2.text) && items.slice(j + 2, j + 6).some(roleWord)) ||
      (roleWord(after2) && /^(?:of|at|for|with|in)$/.test(items[j + 2]?.text ?? '')) ||
      (after2.text === 'with' && (items[j + 2]?.text === 'the' || /^\p{Lu}/u.test(items[j + 2]?.text ?? ''))));
    const nameToks = parsed.name;
    const nameOk = !parsed.org && nameToks.length > 0 && nameToks.length <= 4 &&
      nameToks.every((n) => (isNameToken(n.text) && !NON_PERSON_WORDS.has(stripPossessive(n.text))) || PARTICLES.has(n.text));
    if (nameOk) {
      const nameText = nameToks.map((n) => stripPossessive(n.text)).join(' ');
      const strong = hasTitle || roleBefore || roleComma;
      // "Dave Larson lives in …": a two- or three-word name opening the sentence as the subject of a verb.
      const subjectName = run[0] === items[0] && nameToks.length >= 2 && nameToks.length <= 3 && parsed.role.length === 0 &&
        nameToks.every((n) => /^\p{Lu}\p{Ll}+(?:['\u2019-]\p{Lu}?\p{Ll}+)?$/u.test(n.text)) && !PLACE_FIRST_WORDS.has(nameToks[0]!.text) &&
        after?.type === 'w' && /^[a-z]{3,}(?:s|ed)$/.test(after.text) && !SPEECH_VERB_FORMS.has(after.text);
      const weak = nameToks.length >= 2 && (appositive || isA || subjectName);
      let sp: Speaker | undefined;
      if (strong && (nameToks.length >= 2 || findPerson(reg, nameText))) {
        sp = registerPerson(reg, nameText, [before && roleBefore ? before.text : '', ...parsed.role.map((r) => r.text)].filter(Boolean).join(' ') || null, run.map((r) => r.text).join(' '));
      } else if (weak) {
        sp = registerPerson(reg, nameText, null, nameText);
      } else {
        sp = findPerson(reg, nameText);
        if (sp && sp.kind !== 'person') sp = undefined;
      }
      if (sp) {
        const npStart = hasTitle ? run[0]! : nameToks[0]!;
        const npIndex = items.indexOf(npStart);
        let k = npIndex - 1;
        while (k >= 0 && items[k]!.type === 'w' && (ROLE_NOUNS.has(lower(items[k]!.text)) || /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i)|U\.S\.|North|South)$/.test(items[k]!.text))) k--;
        const prev = items[k];
        const prepBefore = prev?.type === 'w' && (OBLIQUE_PREPOSITIONS.has(lower(prev.text)) || /^(?:and|or)$/i.test(prev.text));
        const possessive = isPossessive(nameToks.at(-1)!.text);
        out.push({ speaker: sp, start: nameToks[0]!.start, end: nameToks.at(-1)!.end, index: npIndex, subjectLike: !prepBefore && !possessive });
      }
    }
    i = j;
  }
  return out;
}

/**
 * Registers organisations introduced with an acronym in parentheses, "the Joint Chiefs of Staff (JCS)",
 * "the World Health Organization (WHO)", so that a later bare "JCS said" resolves to the full name.
 * The acronym's letters must follow the initials of the capitalised words before it.
 */
export function registerAcronyms(reg: Registry, items: Item[]): void {
  for (let e = 3; e < items.length; e++) {
    const close = items[e]!;
    const acr = items[e - 1]!;
    const open = items[e - 2]!;
    if (close.type !== 'p' || close.text !== ')' || open.type !== 'p' || open.text !== '(' || acr.type !== 'w') continue;
    if (!/^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(acr.text) || reg.byKey.has(key(acr.text))) continue;
    let s = e - 3;
    while (s >= 0 && items[s]!.type === 'w' && (isCap(items[s]!.text) || /^(?:of|for|the|and|on|&)$/.test(items[s]!.text))) s--;
    let run = items.slice(s + 1, e - 2).map((t) => t.text);
    const letters = acr.text.replace(/[^\p{Lu}]/gu, '');
    // Drop leading words whose initial is not the acronym's first letter ("the South's Joint Chiefs …").
    while (run.length && run[0]![0] !== letters[0]) run = run.slice(1);
    while (run.length && /^(?:of|for|the|and|on|&)$/.test(run.at(-1)!)) run = run.slice(0, -1);
    if (run.length < 2) continue;
    const initials = run.flatMap((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.split('.').filter(Boolean) : [w])).map((w) => w[0]!).filter((c) => /\p{Lu}/u.test(c)).join('');
    let i = 0;
    for (const c of initials) if (c === letters[i]) i++;
    if (i < letters.length) continue;
    const name = run.map(stripPossessive).join(' ');
    const existing = reg.byKey.get(key(name));
    const sp = existing ?? addSpeaker(reg, { name, aliases: [], role: null, kind: 'organization', group: false });
    if (sp.kind === 'person') continue;
    addAlias(sp, acr.text);
    reg.byKey.set(key(acr.text), sp);
  }
}
