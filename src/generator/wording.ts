// Wording helpers for prompts and explanations: curly quotes, sensible trimming of article words, slugs.

export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

import { NON_NAME_CAPS } from './lexicon.js';

// Capitalised only because they open a sentence: lower-cased when the words move inside ours.
const SENTENCE_OPENER = /^(?:The|A|An|This|That|These|Those|There|Some|Many|Most|All|No|Every|Each|More|Less|Fewer|One|Two|Three|Several|Both|In|On|At|After|Before|Over|Under|For|Now|Then|Earlier|Later|Last|Next)\b/;

/** "This year, …" -> "this year, …" for words that follow our own words ("say that this year, …"). */
export const lowerOpener = (s: string): string => (SENTENCE_OPENER.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** A wire dateline opening a story: "BOSTON — ", "SEOUL/TOKYO — ", "SEOUL, South Korea — ", "KYIV (AP) — ". */
export const WIRE_DATELINE = /^[-\u2013\u2014]?\s*(?:\p{Lu}[\p{Lu}/.'-]+(?:\s+\p{Lu}[\p{Lu}/.'-]+)*(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?\s+(?:\(\p{Lu}+\)\s+)?(?:[\u2014\u2013]|--?)\s+)?/u;

export const upperFirst = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * Typographic quotes for article words shown inside our own “…”: straight and curly double quotes become
 * single curly ones (a quote within a quote), straight apostrophes become ’.
 */
export function curlyInner(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const prev = i > 0 ? s[i - 1]! : ' ';
    const opening = /[\s(\[\u2014\u2013-]/.test(prev);
    if (c === '"') out += opening ? '\u2018' : '\u2019';
    else if (c === '\u201c') out += '\u2018';
    else if (c === '\u201d') out += '\u2019';
    else if (c === "'") out += opening && /\p{L}/u.test(s[i + 1] ?? '') && !/^'(?:\d\d|s\b|em\b|til\b)/.test(s.slice(i, i + 4)) ? '\u2018' : '\u2019';
    else out += c;
  }
  return out;
}

/** Article words in curly double quotes. */
export const quoted = (s: string): string => `\u201c${curlyInner(s)}\u201d`;

/** Same text with straight apostrophes made typographic, for names and phrases outside quotes. */
export const typographic = (s: string): string => curlyInner(s);

const TRAILING_PUNCT = /[\s,;:\u2014\u2013-]+$/;

/** Drops trailing commas/colons/dashes (a quote cut from its sentence) and, optionally, a final period. */
export function tidyEnd(s: string, dropPeriod: boolean): string {
  let t = s.trim().replace(TRAILING_PUNCT, '');
  if (dropPeriod) t = t.replace(/\.$/, '').replace(TRAILING_PUNCT, '');
  return t;
}

/**
 * Shortens a direct quotation to at most `max` words: the first sentence when that is long enough, else a
 * cut at the last clause boundary (comma, semicolon, dash) before the limit, marked with an ellipsis.
 */
export function trimQuotation(s: string, max = 28, min = 6): string {
  let t = s.trim();
  const firstSentence = /^(.+?[.!?])\s+(?=[A-Z\u201c"'])/.exec(t);
  if (firstSentence && wordCount(firstSentence[1]!) >= min) t = firstSentence[1]!;
  t = tidyEnd(t, true);
  if (wordCount(t) <= max) return t;
  const words = t.split(/\s+/);
  let cut = -1;
  for (let i = min; i < Math.min(words.length, max); i++) if (/[,;:]$|^[\u2014\u2013]$/.test(words[i - 1]!)) cut = i;
  const kept = cut > 0 ? words.slice(0, cut) : words.slice(0, max);
  // Never end the kept part on a filler or a joining word ("…, well …", "… and …").
  while (kept.length > min && /^(?:well|and|but|or|so|that|which|who|the|a|an|of|to|in|for|with)[,;:]?$/i.test(kept.at(-1)!)) kept.pop();
  return `${tidyEnd(kept.join(' '), false)} \u2026`;
}

// Clause pieces that only describe what came before (appositives, relative clauses): safe to drop.
const PARENTHETICAL = /^(?:a|an|who|which|whose|whom)\s/i;
// Pieces that add circumstances to a finished clause: safe to cut from the end.
const ADJUNCT = /^(?:after|before|while|as|when|because|although|though|since|saying|adding|including|according|which|who|whose|despite|amid|following|even)\s/i;

/**
 * Shortens reported speech to its core so that "that …" reads as one clause: drops appositives and
 * relative clauses between commas, then trailing adjuncts while the claim is long. Null when still too long.
 */
export function coreClaim(s: string, max = 30): string | null {
  const pieces = tidyEnd(s, true).split(/,\s+/);
  const kept: {text: string; glued: boolean}[] = [{ text: pieces[0]!, glued: false }];
  let dropped = false;
  for (let i = 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (i < pieces.length - 1 && PARENTHETICAL.test(p)) { dropped = true; continue; }
    kept.push({ text: p, glued: dropped });
    dropped = false;
  }
  const join = (k: typeof kept) => k.map((x, i) => (i === 0 ? x.text : (x.glued ? ' ' : ', ') + x.text)).join('');
  while (kept.length > 1 && (wordCount(join(kept)) > 14 || kept.length > 2) && ADJUNCT.test(kept.at(-1)!.text)) kept.pop();
  const out = join(kept);
  return wordCount(out) <= max ? out : null;
}

/** An id fragment: lower-case ASCII words joined by hyphens. */
export function slug(s: string, maxLength = 40): string {
  const base = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['\u2019]/g, '').replace(/[^a-z0-9.]+/g, '-').replace(/\.(?![0-9])|(?<![0-9])\./g, '-')
    .replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (base.length <= maxLength) return base;
  const cut = base.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

const PERSONAL = /^(?:he|she|him|his|her|hers|they|them|their|theirs|it|its)$/i;
const DEMONSTRATIVE = /^(?:This|That|These|Those)$/;
const VERB_AFTER = /^\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|means|meant|shows|showed|comes|came|makes|made)\b/;
const SPEECH_BEFORE = /\b(?:said|says|say|told|tells|added|adds|reported|announced|believes|believed|thinks|thought)\s+$/i;
const PERSON_PRONOUN = /^(?:he|she|him|his|her|hers)$/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
// A person named by a common noun ("the missing man") is an antecedent for him/his/her inside the words.
const PERSON_NOUN = /^(?:man|woman|boy|girl|child|person|diver|driver|pilot|officer|soldier|victim|patient|doctor|spokesman|spokeswoman|father|mother|son|daughter|husband|wife|brother|sister|leader|president|minister|official|resident|worker|student|teacher|owner|suspect|player|coach)$/i;
const NOT_ANTECEDENT = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|His|Her|Their|Its|Our|But|And|Or|So|In|On|At|For|If|When|While|As|After|Before|Now|Then|Earlier|Later|Over|Going)$/;

export interface PronounHit {
  /** Offset of the pronoun in the string. */
  index: number;
  word: string;
  /** he/she/him/his/her: needs a person named before it. */
  person: boolean;
}

/**
 * The first third-person pronoun in `s` with nothing it can refer to before it in `s`: he/she/his/her need a
 * capitalised name earlier in the string; it/they need at least a few words before them (a noun to point
 * back to). Null when every pronoun has a plausible antecedent inside the string. Pronouns matching `known` refer to
 * something the caller already knows (the speaker, for "she" in "Fox said she …") and count as explained.
 */
export function danglingPronoun(s: string, known?: RegExp): PronounHit | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}.'\u2019-]*/gu;
  let nameSeen = false;
  let personNoun = false;
  let words = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const w = m[0].replace(/['\u2019]s$/, '').replace(/\.$/, '');
    // "That is higher than …" opening the words points back to something they do not hold.
    if (words === 0 && DEMONSTRATIVE.test(w) && VERB_AFTER.test(s.slice(m.index + w.length))) return { index: m.index, word: w, person: false };
    if (known?.test(w)) { words++; continue; }
    if (PERSONAL.test(w)) {
      const person = PERSON_PRONOUN.test(w);
      // "said they …": the pronoun points outside the words, to whatever the previous sentence named.
      const afterSpeech = !person && SPEECH_BEFORE.test(s.slice(0, m.index));
      const explained = nameSeen || (!SUBJECT_PRONOUN.test(w) && personNoun);
      if (person ? !explained : words < 3 || afterSpeech) return { index: m.index, word: w, person };
    } else {
      if (PERSON_NOUN.test(w)) personNoun = true;
      if (/^\p{Lu}/u.test(w) && !NOT_ANTECEDENT.test(w) && !(words === 0 && NON_NAME_CAPS.has(w))) nameSeen = true;
    }
    words++;
  }
  return null;
}

/** Replaces the pronoun at `hit` with a bracketed name, as editors do: "he bent" -> "[Joe Biden] bent". */
export function replacePronoun(s: string, hit: PronounHit, name: string): string {
  const lower = hit.word.toLowerCase();
  const possessive = lower === 'his' || (lower === 'her' && /^\s+[\p{L}]/u.test(s.slice(hit.index + 3)) &&
    !/^\s+(?:to|and|that|the|a|an|in|on|at|for|with|from|by|as|if|when|of)\b/.test(s.slice(hit.index + 3)));
  const replacement = possessive ? `[${name}\u2019s]` : `[${name}]`;
  return s.slice(0, hit.index) + replacement + s.slice(hit.index + hit.word.length);
}
