// Quotes and reported claims with their speakers, read as cue / source / content (PARC 3.0): the cue is a speech
// verb of the lexicon in any form ("said", "is warning", "has been saying"), a message noun ("issued warnings for …")
// or "according to"; the source is the NP the attribution pattern names ("X said", "said X, a spokesman",
// "“…,” she added", a name in apposition); its words are resolved against every mention of the article so far
// (mentions.ts: pronouns, "the colonel", "the agency", "some"/"others"), and the content is the quoted segment or
// the reported clause.
import type { Article, Span } from './article.js';
import { byParagraph, splitSentences } from './article.js';
import type { Focus, Registry, Speaker, SpeakerRef } from './entities.js';
import { namedByAcronym, newFocus, newRegistry, refMention, refTo, registerAcronyms, registerPerson, resolveNP, scanPersonMentions } from './entities.js';
import type { MentionLog } from './mentions.js';
import { addMention, lastSpeaker, nearestPerson, orgInSentence, personInSentence, roleWords, scanMentions } from './mentions.js';
import {
  CLAUSE_WITHOUT_THAT, DIRECTIVE_TOO, IRREGULAR_PAST, isSpeakerNoun, LY_NOUNS, MESSAGE_NOUNS, NON_NAME_CAPS, NOUN_TOO, ORG_HEAD_NOUNS,
  ORG_WORDS, SPEECH_VERB_FORMS, SUPPORT_VERB_FORMS, WEEKDAYS,
} from './lexicon.js';
import type { SpeechVerb } from './lexicon.js';
import type { QuoteSegment } from './quoteMarks.js';
import { findQuoteSegments } from './quoteMarks.js';
import type { Item } from './tokens.js';
import { isCap, isPunct, lower, tokenize } from './tokens.js';
import { wordCount } from './wording.js';

/** Kept for the question builders that read past forms from here. */

export type Attribution =
  | 'after-quote' | 'before-quote' | 'reported' | 'reported-before' | 'parenthetical' | 'according-to'
  | 'continuation' | 'context';

export interface QuoteFact {
  text: string;
  speaker: string;
  speakerId: string;
  direct: boolean;
  start: number;
  end: number;
  /** Offsets of the words naming the speaker for this item (empty when inferred from context). */
  speakerMentions: Span[];
  /** The speech verb or phrase ("said", "told", "according to"), null when inferred. */
  cue: string | null;
  attribution: Attribution;
}

export interface QuoteResult {
  quotes: QuoteFact[];
  speakers: Speaker[];
}

const SUBJ_SKIP = new Set(`also all later previously repeatedly again then first further separately publicly privately
  recently earlier initially once often frequently has have had would will both only just even still already
  reportedly specifically quickly simply immediately subsequently today yesterday late early on has long now sometimes
  always usually generally typically commonly rarely never routinely formally officially openly widely`.split(/\s+/));
const BOUNDARY = new Set(`that which what who whom whose because while when if but as after before since although though
  where so than whether until unless`.split(/\s+/));
/** "who"/"that"/... end an NP, but an all-caps acronym ("WHO") is a name, not the pronoun. */
const isBoundary = (t: Item) => BOUNDARY.has(lower(t.text)) && !/^\p{Lu}{2,}$/u.test(t.text);
const AUX = /^(?:is|are|was|were|be|been|being|am|has|have|had|will|would|could|can|should|may|might|must|did|does|do|won't|can't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|wouldn't|couldn't|shouldn't|'s)$/;
const PREP_START = /^(?:in|at|on|for|during|after|before|via|through|over|to|from|with|by|while|when|outside|inside|near|late|early|earlier|later)$/;
/** Claim lemmas that may report an event as a gerund ("confirmed receiving", "recalled seeing"). */
const GERUND_OK = new Set(['confirm', 'report', 'recall', 'admit', 'acknowledge', 'deny']);
/** A speech verb form as a verb: a base or "-s" form that is also a noun ("report", "reports") is left out. */
const speechVerbAt = (t: Item | undefined): SpeechVerb | undefined => {
  const sv = t?.type === 'w' ? SPEECH_VERB_FORMS.get(t.text) : undefined;
  return sv && !((sv.form === 'base' || sv.form === 's') && NOUN_TOO.has(sv.lemma)) ? sv : undefined;
};

const isVerbish = (t: Item | undefined) =>
  !!t && t.type === 'w' && (AUX.test(lower(t.text)) || IRREGULAR_PAST.has(t.text) || /^[a-z]{3,}ed$/.test(t.text) ||
    !!speechVerbAt(t));
const wordsOf = (items: Item[]) => items.filter((t) => t.type === 'w').length;
const isTimeWord = (t: Item | undefined) =>
  !!t && t.type === 'w' && (lower(t.text) in WEEKDAYS || /^(?:today|yesterday|tonight|earlier|later|again|also|recently|repeatedly|publicly|privately|separately|previously|once|then|now|later|too|here|afterwards|afterward|overnight|there)$/i.test(t.text));

interface Claim {
  ref: SpeakerRef;
  /** Set when the claim is accepted and its speaker registered. */
  speaker?: Speaker;
  mention: Span | null;
  cue: string;
  how: Attribution;
  /** Content items (reported words), possibly containing quote items. */
  content: Item[];
  /** Quote items attached directly (direct attribution). */
  quotes: Item[];
}

interface Ctx {
  text: string;
  reg: Registry;
  focus: Focus;
  segments: QuoteSegment[];
  segSpeaker: Map<number, Speaker>;
  out: QuoteFact[];
  /** The previous sentence of the paragraph when it held no claim, for "This is according to X." */
  prevUnclaimed: Item[] | null;
  /** A quote opening a sentence with no speaker in sight: the next sentence of the paragraph may name one. */
  pending: { q: Item; fallback: Speaker | null }[];
}

export function extractQuotes(article: Article, segments: QuoteSegment[] = findQuoteSegments(article.text, article.paragraphs)): QuoteResult {
  const ctx: Ctx = { text: article.text, reg: newRegistry(), focus: newFocus(), segments, segSpeaker: new Map(), out: [], prevUnclaimed: null, pending: [] };
  const perParagraph = byParagraph(segments, article.paragraphs.length);
  article.paragraphs.forEach((p, pi) => {
    const paraEnd = p.start + p.text.length;
    const opaque = perParagraph[pi]!.map((s) => ({ start: s.open, end: s.outerEnd }));
    let paraSpeaker: Speaker | null = null;
    ctx.prevUnclaimed = null;
    for (const sent of splitSentences(article.text, p.start, paraEnd, opaque)) {
      const items = tokenize(article.text, sent.start, sent.end, segments);
      const before = ctx.out.length;
      paraSpeaker = processSentence(ctx, items, paraSpeaker);
      ctx.prevUnclaimed = ctx.out.length === before && !items.some((t) => t.type === 'q') ? items : null;
    }
    flushPending(ctx, null);
  });
  ctx.out.sort((a, b) => a.start - b.start || a.end - b.end);
  return { quotes: ctx.out, speakers: ctx.reg.speakers };
}

function processSentence(ctx: Ctx, items: Item[], paraSpeaker: Speaker | null): Speaker | null {
  registerAcronyms(ctx.reg, items);
  const mentions = scanPersonMentions(ctx.reg, items);
  const log = ctx.focus.log;
  log.sentence++;
  for (const m of mentions) {
    addMention(log, { speaker: m.speaker, name: m.speaker.name, kind: 'person', head: null, roles: roleWords(m.speaker.role), start: m.start, subject: m.subjectLike, weak: false });
  }
  scanMentions(log, items);
  const claims: Claim[] = [];
  const used = new Set<number>(); // item indices consumed as content
  for (let v = 0; v < items.length; v++) {
    if (used.has(v)) continue;
    const claim = attributionAt(ctx, items, v, claims);
    if (!claim) continue;
    for (const c of claim.content) used.add(items.indexOf(c));
    claim.speaker = claim.ref.commit();
    claims.push(claim);
    logSpeaker(log, claim.speaker, claim.mention?.start ?? items[v]!.start);
  }
  // Quotes attributed directly ("“…,” said X") win over a reported clause running into them ("Y said Z “…,” said X").
  for (const c of claims) for (const q of c.quotes) pushQuote(ctx, q, c.speaker!, true, c.mention ? [c.mention] : [], c.cue, c.how);
  for (const c of claims) emitClaim(ctx, c);
  if (ctx.pending.length) flushPending(ctx, namedHere(ctx, items, claims));
  // Quotes with no attribution in their sentence: continuation of the paragraph's speaker, a source named before a
  // colon or dash ("X had a simple message: “…”"), the next sentence's speaker, or the nearest person mentioned.
  let last: Speaker | null = claims.at(-1)?.speaker ?? paraSpeaker;
  items.forEach((it, idx) => {
    if (it.type !== 'q' || ctx.segSpeaker.has(it.seg!)) return;
    const seg = ctx.segments[it.seg!]!;
    let sp: Speaker | null = null;
    let how: Attribution = 'continuation';
    if (seg.continuesPrevious) sp = ctx.segSpeaker.get(it.seg! - 1) ?? null;
    const leadsSentence = idx === 0 || (items[idx - 1]?.type === 'q' && ctx.segSpeaker.has(items[idx - 1]!.seg!));
    if (!sp && last && leadsSentence) sp = last;
    if (!sp) {
      sp = labelSpeaker(ctx, items, idx);
      if (sp) how = 'before-quote';
    }
    if (!sp) {
      const src = messageSource(ctx, items, idx);
      if (src) { sp = src.commit(); how = 'before-quote'; }
    }
    if (!sp && idx === 0) {
      ctx.pending.push({ q: it, fallback: wordCount(it.text) >= 4 ? contextSpeaker(ctx, it.start) : null });
      return;
    }
    if (!sp) return;
    pushQuote(ctx, it, sp, true, null, null, how);
    last = sp;
  });
  return last;
}

/** A speaker's mention joins the log: what "he", "they", "it" or "the agency" may refer to later. */
function logSpeaker(log: MentionLog, sp: Speaker, start: number): void {
  const desc = sp.name.replace(/\s*\(unnamed\)$/, '');
  const head = desc.split(' ').at(-1)!.toLowerCase();
  const kind = sp.kind === 'person' ? 'person' : sp.group ? 'group'
    : sp.kind === 'organization' || ORG_HEAD_NOUNS.has(head) ? 'organization' : 'person';
  addMention(log, { speaker: sp, name: sp.name, kind, head: sp.kind === 'unnamed' ? head : null, roles: roleWords(sp.role), start, subject: true, weak: false });
}

/**
 * The source a sentence names, for a quote left without one just before it: its first attribution's speaker, or a
 * person named next to a speech verb ("That is how Grace Lin, who lives nearby, described the blast.").
 */
function namedHere(ctx: Ctx, items: Item[], claims: Claim[]): Speaker | null {
  const named = claims.find((c) => c.mention);
  if (named) return named.speaker!;
  if (!items.some((t) => t.type === 'w' && SPEECH_VERB_FORMS.has(lower(t.text)))) return null;
  const m = personInSentence(ctx.focus.log, Infinity);
  return m ? refMention(ctx.reg, m).commit() : null;
}

/** A bare quote's speaker from context: the nearest person mentioned, else the last source quoted. */
function contextSpeaker(ctx: Ctx, at: number): Speaker | null {
  const m = nearestPerson(ctx.focus.log, at) ?? lastSpeaker(ctx.focus.log, at);
  return m ? refMention(ctx.reg, m).commit() : null;
}

/** Gives the waiting quotes the next sentence's speaker, or their fallback (the context when they were read). */
function flushPending(ctx: Ctx, named: Speaker | null): void {
  for (const { q, fallback } of ctx.pending) {
    const sp = named ?? fallback;
    if (sp) pushQuote(ctx, q, sp, true, null, null, named ? 'after-quote' : 'context');
  }
  ctx.pending = [];
}

/** "The message from Governor X was blunt — “…”", "X had a simple message: “…”": the person or organisation named. */
function messageSource(ctx: Ctx, items: Item[], idx: number): SpeakerRef | null {
  if (idx < 3 || !isPunct(items[idx - 1], ':\u2014\u2013')) return null;
  if (!items.slice(0, idx - 1).some((t) => t.type === 'w' && MESSAGE_NOUNS.has(lower(t.text)))) return null;
  const m = personInSentence(ctx.focus.log, items[idx]!.start) ?? orgInSentence(ctx.focus.log, items[idx]!.start);
  return m ? refMention(ctx.reg, m) : null;
}

/**
 * An interview transcript's label opening the sentence ("ANGELA STENT: “…”", "Mara Holt: “…”"): the person named,
 * under the full name the article introduced them with.
 */
function labelSpeaker(ctx: Ctx, items: Item[], idx: number): Speaker | null {
  if (idx < 3 || idx > 5 || !isPunct(items[idx - 1], ':')) return null;
  const words = items.slice(0, idx - 1);
  const titled = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();
  // A name of two to four words, none of them a common or organisation word ("Breaking News:", "Police Chief:").
  const nameWord = (t: Item) => t.type === 'w' && isCap(t.text) && /\p{Ll}|^\p{Lu}{2,}$/u.test(t.text) &&
    !ORG_WORDS.has(titled(t.text)) && !NON_NAME_CAPS.has(titled(t.text)) && !isSpeakerNoun(t.text.toLowerCase());
  if (!words.every(nameWord)) return null;
  const surname = titled(words.at(-1)!.text);
  const name = ctx.focus.log.surnames.get(surname) ?? words.map((t) => titled(t.text)).join(' ');
  return registerPerson(ctx.reg, name, null, name);
}


/** Tries to read an attribution whose cue word is items[v]. */
function attributionAt(ctx: Ctx, items: Item[], v: number, earlier: Claim[]): Claim | null {
  const it = items[v]!;
  if (it.type !== 'w') return null;
  // A capitalised word inside the sentence is a name ("Omar Said"), not a verb.
  if (v > 0 && isCap(it.text) && it.text !== 'According' && !(items[v - 1]?.type === 'q' || isPunct(items[v - 1], '\u2014\u2013'))) return null;
  let verb = lower(it.text);
  let vEnd = v;
  const next = items[v + 1];
  if (verb === 'according' && next?.type === 'w' && next.text === 'to') return according(ctx, items, v);
  if (MESSAGE_NOUNS.has(verb)) {
    const c = nounCue(ctx, items, v);
    if (c) return c; // else perhaps a verb ("are warning drivers")
  }
  // Two-word verbs ("pointed out", "called on", "appealed to").
  if (next?.type === 'w' && SPEECH_VERB_FORMS.has(`${verb} ${lower(next.text)}`)) { verb += ` ${lower(next.text)}`; vEnd = v + 1; }
  const sv = SPEECH_VERB_FORMS.get(verb);
  if (!sv) return null;
  const cls = sv.cls;
  if (negatedOrPassive(items, v, sv)) return null;
  if (items[vEnd + 1]?.type === 'w' && items[vEnd + 1]!.text === 'by') return null; // "the island claimed by China"
  // A participle used as an adjective: "the number of confirmed cases", "a reported 30 deaths".
  if (sv.form === 'past' && items[v - 1]?.type === 'w' && /^(?:the|a|an|of|its|their|his|her|our|no|any|all|some|more|many|two|three)$/i.test(items[v - 1]!.text)) return null;
  // "said of the launch" tells what the words were about, not what was said.
  if (items[vEnd + 1]?.type === 'w' && items[vEnd + 1]!.text === 'of' && sv.cls === 'say') return null;
  // "reports", "calls": a noun as often as a verb; a verb when "that" or a quotation follows.
  // After a plural subject ("campaigners claim", "they report") the plain form is the verb.
  const pluralSubject = sv.form === 'base' && items[v - 1]?.type === 'w' &&
    (/^(?:they|we|you|i)$/i.test(items[v - 1]!.text) || (isSpeakerNoun(lower(items[v - 1]!.text)) && /(?:[^s]s|people|police)$/.test(lower(items[v - 1]!.text))));
  if ((sv.form === 's' || sv.form === 'base') && NOUN_TOO.has(sv.lemma) && !pluralSubject && !(items[vEnd + 1]?.text === 'that' || items[vEnd + 1]?.type === 'q')) return null;

  // Inverted: `"…," said X` or `CLAUSE, said X, a spokesman.`
  const prev = items[v - 1];
  // Inversion ("…,” said X") is for verbs without an object; "“…,” the leader, Ann Briggs, told the BBC" is not one.
  if (prev && (prev.type === 'q' || isPunct(prev, ',')) && (cls === 'say' || cls === 'claim' || cls === 'quoteOnly' || sv.lemma === 'ask') && sv.lemma !== 'tell') {
    const inv = invertedSpeaker(ctx, items, vEnd + 1);
    if (inv) {
      const claim: Claim = { ref: inv.speaker, mention: inv.mention, cue: verb, how: 'after-quote', content: [], quotes: [] };
      const q = prev.type === 'q' ? prev : items[v - 2]?.type === 'q' ? items[v - 2]! : null;
      if (q) {
        claim.quotes.push(q);
        const after = items[inv.endIdx];
        if (isPunct(after, ',:') && items[inv.endIdx + 1]?.type === 'q') claim.quotes.push(items[inv.endIdx + 1]!);
        return claim;
      }
      const content = trimContent(items.slice(0, v - 1));
      if (wordsOf(content) < 3) return null;
      claim.how = 'reported-before';
      claim.content = content;
      return claim;
    }
  }

  // Participles ("…, adding that …", "… reporting the man did not …"): the speaker is the clause's agent.
  if (sv.form === 'ing' && !beBefore(items, v)) {
    const prevSp = earlier.at(-1)?.speaker;
    const sp = prevSp ? refTo(prevSp) : sentenceSubject(ctx, items, v);
    if (!sp) return null;
    const content = complement(items, vEnd + 1, sv);
    if (!content) return null;
    return { ref: sp, mention: null, cue: verb, how: 'reported', content: content.items, quotes: content.quotes };
  }

  // "… said the outbreak was under control, but warned that …": a coordinated verb shares the earlier source.
  const shared = earlier.at(-1);
  const subj = shared && items[v - 1]?.type === 'w' && /^(?:and|but)$/.test(items[v - 1]!.text) && isPunct(items[v - 2], ',')
    ? { speaker: refTo(shared.speaker!), mention: shared.mention, startIdx: v }
    : subjectBefore(ctx, items, v);
  if (!subj) return null;
  const claim: Claim = { ref: subj.speaker, mention: subj.mention, cue: verb, how: 'reported', content: [], quotes: [] };
  // Skip time adverbials right after the verb ("said Friday", "said late Thursday").
  let p = vEnd + 1;
  while (isTimeWord(items[p]) || (items[p]?.type === 'w' && /^(?:on|late|early)$/i.test(items[p]!.text) && lower(items[p + 1]?.text ?? '') in WEEKDAYS)) p++;
  let rest = items.slice(p);
  // "… Bailey told lawmakers, adding …": the object of "told" does not make the rest a claim.
  if (sv.lemma === 'tell') {
    const o = objectEnd(items, p) - p;
    if (o > 0 && (o === rest.length || rest.slice(o).every((t) => t.type === 'p') || onlyAdverbial(rest.slice(o)) || (isPunct(rest[o], ',') && /^[a-z]+ing$/.test(rest[o + 1]?.text ?? '')))) rest = rest.slice(o);
  }
  const beforeNp = items[subj.startIdx - 1];
  // "…, the air force said Friday, adding that …": the participle starts a claim of its own.
  // Any participle phrase after the comma ("…, speaking on condition of anonymity") ends the attribution.
  const participleAt = rest.findIndex((t, i) => i > 0 && isPunct(rest[i - 1], ',') && t.type === 'w' && /^[a-z]+ing$/.test(t.text));
  const restEmpty = rest.every((t) => t.type === 'p') || onlyAdverbial(rest) ||
    (participleAt > 0 && (participleAt === 1 || onlyAdverbial(rest.slice(0, participleAt - 1))));
  if (restEmpty) {
    const q = beforeNp?.type === 'q' ? beforeNp : isPunct(beforeNp, ',') && items[subj.startIdx - 2]?.type === 'q' ? items[subj.startIdx - 2]! : null;
    if (q) { claim.how = 'after-quote'; claim.quotes.push(q); return claim; }
    // "…, a new report predicts." and, after a dashed aside, "… obese—or very overweight—a new report predicts."
    if (isPunct(beforeNp, ',\u2014\u2013') && cls !== 'directive' && cls !== 'quoteOnly') {
      const content = trimContent(items.slice(0, subj.startIdx - 1));
      if (wordsOf(content) < 3) return null;
      claim.how = 'reported-before';
      claim.content = content;
      return claim;
    }
    return null;
  }
  // `X said: "…"`, `He wrote, "…"`, `X said "…"`.
  if (rest[0]?.type === 'q' || (isPunct(rest[0], ':,') && rest[1]?.type === 'q')) {
    const q = rest[0]!.type === 'q' ? rest[0]! : rest[1]!;
    claim.how = 'before-quote';
    claim.quotes.push(q);
    return claim;
  }
  if (cls === 'quoteOnly') {
    const q = rest.slice(0, 10).find((t) => t.type === 'q');
    if (!q) return null;
    claim.how = 'before-quote';
    claim.quotes.push(q);
    return claim;
  }
  // Parenthetical: "Now, he said, the U.S. is …", "The river—officials said—was rising".
  const aside = isPunct(rest[0], ',') ? ',' : isPunct(rest[0], '\u2014\u2013') ? '\u2014\u2013' : null;
  if (aside && isPunct(beforeNp, aside)) {
    const left = items.slice(0, subj.startIdx - 1);
    const right = trimContent(rest.slice(1));
    if (wordsOf(right) < 2) return null;
    claim.how = 'parenthetical';
    // "The decision, the minister said, was final": the words before are the subject the claim needs.
    claim.content = wordsOf(left) > 2 || (wordsOf(left) > 0 && isVerbish(right[0])) ? trimContent([...left, ...right]) : right;
    return claim;
  }
  const content = complement(items, p, sv);
  if (!content) {
    const qi = rest.slice(0, 6).findIndex((t) => t.type === 'q');
    if (qi < 0 || rest.slice(0, qi).some((t) => isVerbish(t) || t.type !== 'w')) return null;
    claim.how = 'before-quote';
    claim.quotes.push(rest[qi]!);
    return claim;
  }
  claim.content = content.items;
  claim.quotes = content.quotes;
  // "Measles is so rare, nowadays, officials say many doctors …": a clause of its own before the source belongs
  // to the claim, which then starts where the sentence starts (not "In a statement released Friday, …").
  const left = trimContent(items.slice(0, subj.startIdx - 1));
  const opener = left[0]?.type === 'w' ? lower(left[0].text) : '';
  const coordinated = /^(?:and|but|or|so|yet|while)$/i.test(items[subj.startIdx]?.text ?? ''); // "…, and Ivan Ruiz said …"
  if (isPunct(beforeNp, ',') && !coordinated && earlier.length === 0 && wordsOf(left) >= 3 && !left.some((t) => t.type === 'q') &&
    left.slice(1).some((t) => isVerbish(t)) && !PREP_START.test(opener) && !BOUNDARY.has(opener) && !SUBJ_SKIP.has(opener)) {
    claim.content = [...left, ...content.items];
  }
  return claim;
}

/**
 * A message noun as the cue (PARC's nominal cues): "officials issued warnings for people to take precautions",
 * "the ministry gave assurances that …", "a directive by the president that …".
 */
function nounCue(ctx: Ctx, items: Item[], v: number): Claim | null {
  const noun = lower(items[v]!.text);
  let source: { speaker: SpeakerRef; mention: Span | null } | null = null;
  let p = v + 1;
  // "a directive by President X that …": the source follows the noun.
  if (items[p]?.type === 'w' && /^(?:by|from)$/.test(items[p]!.text)) {
    let e = p + 1;
    while (e < items.length && e - p <= 6 && items[e]!.type === 'w' && items[e]!.text !== 'that') e++;
    const np = items.slice(p + 1, e);
    const sp = items[e]?.text === 'that' && np.length ? resolveNP(ctx.reg, np, ctx.focus) : null;
    if (!sp || sp.kind === 'unnamed') return null;
    source = { speaker: sp, mention: { start: np[0]!.start, end: np.at(-1)!.end } };
    p = e;
  } else {
    // "… issued (new) warnings …": a support verb a few words before the noun, its subject the source.
    let k = v - 1;
    while (k >= 0 && v - k <= 3 && items[k]!.type === 'w' && !SUPPORT_VERB_FORMS.has(lower(items[k]!.text))) k--;
    if (k < 0 || items[k]?.type !== 'w' || !SUPPORT_VERB_FORMS.has(lower(items[k]!.text))) return null;
    if (items.slice(k + 1, v).some((t) => isVerbish(t))) return null;
    const subj = subjectBefore(ctx, items, k);
    if (!subj) return null;
    source = { speaker: subj.speaker, mention: subj.mention };
  }
  const claim: Claim = { ref: source.speaker, mention: source.mention, cue: noun, how: 'reported', content: [], quotes: [] };
  if (items[p]?.text === 'that') {
    const content = trimContent(items.slice(p + 1));
    if (!content.slice(1, 8).some((t) => isVerbish(t))) return null;
    claim.content = content;
    return claim;
  }
  if (items[p]?.type === 'w' && /^(?:for|to)$/.test(items[p]!.text)) {
    const to = infinitiveAfter(items, objectEnd(items, p + 1));
    if (to < 0) return null;
    claim.content = trimContent(items.slice(to));
    return wordsOf(claim.content) >= 3 ? claim : null;
  }
  return null;
}

/**
 * Negation ("did not specifically say"), passive ("were reported"), infinitive/modal ("declined to say"); a
 * progressive ("is warning", "has been saying") or perfect ("has said") is an active speech verb.
 */
function negatedOrPassive(items: Item[], v: number, sv: SpeechVerb): boolean {
  for (let k = v - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const t = items[k]!;
    if (t.type !== 'w') break;
    const w = lower(t.text);
    if (/^(?:not|never|no|n't)$/.test(w) || /n't$/.test(w)) return true;
    if (sv.form === 'ing' && BE.test(w)) continue;
    if (/^(?:be|to|would|could|might|may|can|should|must)$/.test(w) || BE.test(w)) return true;
    if (w === 'the' || w === 'a' || w === 'an' || w === 'his' || w === 'her' || w === 'their' || w === 'its') return true;
    if (!SUBJ_SKIP.has(w) && !isAdverbLy(w)) break;
  }
  return false;
}

/** An "-ly" adverb ("reportedly", "publicly"), not an "-ly" noun ("the family said", "an ally said"). */
const isAdverbLy = (w: string) => /^[a-z]{3,}ly$/.test(w) && !LY_NOUNS.has(w);
const BE = /^(?:is|are|was|were|been|am|'s|'re)$/;
/** A form of "be" right before the verb (adverbs skipped): "are warning", "is now reporting". */
function beBefore(items: Item[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && items[k]!.type === 'w' && /^(?:also|now|still|already|again|increasingly|repeatedly)$/i.test(items[k]!.text)) k--;
  return items[k]?.type === 'w' && BE.test(lower(items[k]!.text));
}

/** Adverbial remainder after a clause-final verb: "in a statement", "at a news conference in Prague". */
function onlyAdverbial(rest: Item[]): boolean {
  if (rest.some((t) => t.type === 'q')) return false;
  const words = rest.filter((t) => t.type === 'w' && !isTimeWord(t));
  if (words.length === 0) return true;
  if (!PREP_START.test(lower(words[0]!.text))) return false;
  // Participles may sit in the adverbial ("in a statement released on arrival"); finite verbs may not.
  return !rest.some((t) => t.type === 'w' && (AUX.test(lower(t.text)) || t.text === 'that' || speechVerbAt(t)?.cls === 'say'));
}

/** The NP after an inverted verb ("said Coloma", "said a defense ministry spokesman, …"). */
function invertedSpeaker(ctx: Ctx, items: Item[], from: number): { speaker: SpeakerRef; mention: Span; endIdx: number } | null {
  let j = from;
  while (j < items.length && items[j]!.type === 'w' && !isTimeWord(items[j]) && !isBoundary(items[j]!) &&
    !/^(?:at|in|on|during|after|before|from|to|with|adding|while|when|as|and|via)$/.test(lower(items[j]!.text)) &&
    !isVerbish(items[j]) && j - from < 9) j++;
  const np = items.slice(from, j);
  if (np.length === 0) return null;
  // "said the club's chairman, Peter Hale.": the name after the description is the speaker.
  if (isPunct(items[j], ',')) {
    const named = appositiveName(ctx, items, j + 1);
    if (named && (named.end >= items.length || isPunct(items[named.end], '.,;:!?'))) {
      return { speaker: named.speaker, mention: named.mention, endIdx: named.end };
    }
  }
  // What follows must close the attribution: end, a comma + appositive/quote, or an adverbial.
  let k = j;
  while (isTimeWord(items[k])) k++;
  const rest = items.slice(k);
  const ok = rest.length === 0 || rest.every((t) => t.type === 'p') ||
    (isPunct(rest[0], ',') && (rest[1]?.type === 'q' || !rest.slice(1).some((t) => isVerbish(t) && !/^[a-z]+ed$/.test(t.text)))) ||
    (isPunct(rest[0], '.:;') ) || rest[0]?.type === 'q' || onlyAdverbial(rest) ||
    // "…,” said X, adding that …": a participle phrase after the speaker.
    (isPunct(rest[0], ',') && rest[1]?.type === 'w' && /^[a-z]{3,}ing$/.test(rest[1].text));
  if (!ok) return null;
  const speaker = resolveNP(ctx.reg, np, ctx.focus);
  if (!speaker) return null;
  return { speaker, mention: { start: np[0]!.start, end: np.at(-1)!.end }, endIdx: k };
}

/** Whether items[e] closes an acronym in parentheses right after a capitalised word: "Survey (USGS)". */
function parenAcronymAt(items: Item[], e: number): boolean {
  return e >= 3 && isPunct(items[e], ')') && isAcronymWord(items[e - 1]) && isPunct(items[e - 2], '(') &&
    items[e - 3]!.type === 'w';
}
const isAcronymWord = (t: Item | undefined) => !!t && t.type === 'w' && /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(t.text);

/** The subject NP before a speech verb, handling appositives ("Sonny Coloma, a presidential spokesman, said"). */
function subjectBefore(ctx: Ctx, items: Item[], v: number): { speaker: SpeakerRef; mention: Span; startIdx: number } | null {
  let k = v - 1;
  while (k >= 0 && items[k]!.type === 'w' && (SUBJ_SKIP.has(lower(items[k]!.text)) || BE.test(lower(items[k]!.text)) || isAdverbLy(items[k]!.text) || lower(items[k]!.text) in WEEKDAYS)) k--;
  if (parenAcronymAt(items, k)) k -= 3; // "the Joint Chiefs of Staff (JCS) said"
  if (k < 0) return null;
  let endIdx = k;
  let appositive: Item[] = [];
  if (isPunct(items[k], ',')) {
    let c = k - 1;
    while (c >= 0 && !isPunct(items[c], ',') && items[c]!.type !== 'q') c--;
    if (c < 1 || !isPunct(items[c], ',')) return null;
    appositive = items.slice(c + 1, k);
    endIdx = c - 1;
  }
  if (items[endIdx]?.type !== 'w') return null;
  if (lower(items[endIdx]!.text) === 'and') return coordinated(ctx, items, endIdx);
  let j = endIdx;
  let acronym = parenAcronymAt(items, k + 3) ? items[k + 2]!.text : null;
  // A subject pronoun is the whole subject: "…, and he tweeted that …".
  if (/^(?:he|she|they|it)$/i.test(items[endIdx]!.text) && appositive.length === 0) j = endIdx - 1;
  // An acronym in parentheses inside the NP ("the U.S. Geological Survey (USGS) said") is skipped.
  else {
    for (;;) {
      while (j >= 0 && items[j]!.type === 'w' && !isBoundary(items[j]!)) j--;
      if (!parenAcronymAt(items, j)) break;
      acronym = null;
      j -= 3;
    }
  }
  const np = items.slice(j + 1, endIdx + 1).filter((t) => t.type === 'w');
  if (np.length === 0 || np.some((t) => isVerbish(t))) return null;
  // "The mayor, Jane Doe, said", "Britain's weather agency, the Met Office, said": the name in the appositive speaks.
  if (appositive.length > 0) {
    const named = appositiveName(ctx, items, items.indexOf(appositive[0]!));
    if (named && named.end === items.indexOf(appositive.at(-1)!) + 1) return { speaker: named.speaker, mention: named.mention, startIdx: j + 1 };
  }
  const resolved = resolveNP(ctx.reg, np, ctx.focus);
  if (!resolved) return null;
  const speaker = acronym ? namedByAcronym(ctx.reg, resolved, acronym) : resolved;
  return { speaker, mention: { start: np[0]!.start, end: np.at(-1)!.end }, startIdx: j + 1 };
}

/**
 * A name in apposition starting at items[from]: one to four capitalised words, "the" allowed first ("Peter Hale",
 * "the Met Office", "NASA"), that resolve to a person or an organisation.
 */
function appositiveName(ctx: Ctx, items: Item[], from: number): { speaker: SpeakerRef; mention: Span; end: number } | null {
  let s = from;
  if (items[s]?.type === 'w' && /^the$/i.test(items[s]!.text) && isCap(items[s + 1]?.text ?? '')) s++;
  let e = s;
  while (e < items.length && e - s < 5 && items[e]!.type === 'w' && (isCap(items[e]!.text) || (/^(?:of|for|and)$/.test(items[e]!.text) && isCap(items[e + 1]?.text ?? '')))) e++;
  if (e === s || e - s > 4 || (items[e]?.type === 'w')) return null;
  const np = items.slice(from, e);
  const sp = resolveNP(ctx.reg, np, ctx.focus);
  if (!sp || (sp.kind !== 'person' && sp.kind !== 'organization')) return null;
  return { speaker: sp, mention: { start: items[s]!.start, end: items[e - 1]!.end }, end: e };
}

/** "Mission leaders established contact … and said …": the subject of the first verb. */
function coordinated(ctx: Ctx, items: Item[], andIdx: number): { speaker: SpeakerRef; mention: Span; startIdx: number } | null {
  const sp = sentenceSubjectNP(items, andIdx);
  if (!sp) return null;
  const speaker = resolveNP(ctx.reg, sp.np, ctx.focus);
  if (!speaker) return null;
  return { speaker, mention: { start: sp.np[0]!.start, end: sp.np.at(-1)!.end }, startIdx: sp.startIdx };
}

function sentenceSubjectNP(items: Item[], limit: number): { np: Item[]; startIdx: number } | null {
  let s = 0;
  // Skip an introductory phrase ending in a comma ("On Tuesday, …").
  const comma = items.findIndex((t, i) => i < limit && isPunct(t, ','));
  // ("At approximately 6 p.m. on the evening of January 11th, …": long, but with no verb).
  if (comma > 0 && comma < 14 && items[0]?.type === 'w' && (PREP_START.test(lower(items[0].text)) || /^(?:however|meanwhile|separately)$/i.test(items[0].text))
    && !items.slice(1, comma).some((t) => isVerbish(t))) s = comma + 1;
  let e = s;
  while (e < limit && items[e]!.type === 'w' && !isVerbish(items[e])) e++;
  if (e === s || e >= limit || !isVerbish(items[e])) return null;
  return { np: items.slice(s, e), startIdx: s };
}

function sentenceSubject(ctx: Ctx, items: Item[], limit: number): SpeakerRef | null {
  const sp = sentenceSubjectNP(items, limit);
  return sp ? resolveNP(ctx.reg, sp.np, ctx.focus) : null;
}

/** The reported words after a verb: skips adverbials, "that", the object of "told". */
function complement(items: Item[], from: number, sv: SpeechVerb): { items: Item[]; quotes: Item[] } | null {
  const { cls, lemma } = sv;
  let p = from;
  let directive = false;
  const end = items.length;
  const thatAhead = (limit: number) => {
    for (let k = p; k < Math.min(end, p + limit); k++) {
      const t = items[k]!;
      if (t.type !== 'w') return -1;
      if (t.text === 'that') return k;
      if (isVerbish(t)) return -1;
    }
    return -1;
  };
  const t = DIRECTIVE_TOO.has(lemma) ? thatAhead(9) : -1;
  if (t >= 0) p = t + 1;
  else if (DIRECTIVE_TOO.has(lemma)) {
    // An object, then an infinitive ("urged residents to boil …", "warned drivers to avoid …") or, after
    // "told", the reported clause ("told police the driver had been speeding").
    const o = objectEnd(items, p);
    const to = o > p ? infinitiveAfter(items, o) : -1;
    if (to >= 0) { p = to; directive = true; }
    else if (lemma === 'tell' && o > p) p = o;
    else if (cls === 'directive' || lemma === 'tell') return null;
  }
  if (t < 0 && !directive && !(lemma === 'tell' && p > from)) {
    if (items[p]?.type === 'w' && PREP_START.test(lower(items[p]!.text))) {
      const t = thatAhead(9);
      if (t >= 0) p = t + 1;
      else {
        const c = items.findIndex((x, k) => k > p && k < p + 9 && isPunct(x, ','));
        if (c > 0 && !items.slice(p, c).some((x) => isVerbish(x) || x.type === 'q')) p = c + 1;
      }
    } else if (items[p]?.text === 'that') p++;
  }
  if (isPunct(items[p], ',') && /^(?:citing|quoting)$/i.test(items[p + 1]?.text ?? '')) {
    const t = items.findIndex((x, k) => k > p && x.type === 'w' && x.text === 'that');
    if (t > 0) p = t + 1;
  }
  // An indirect question ("did not say whether …", "asked if …") is no claim; "said that if …" is.
  if (items[p - 1]?.text !== 'that' && items[p]?.type === 'w' && /^(?:if|whether|why|how|what|when|where)$/i.test(items[p]!.text)) return null;
  // The content stops at a quotation that an inverted attribution claims: "… “…,” said X".
  let stop = items.length;
  for (let k = p; k < items.length; k++) {
    if (items[k]!.type !== 'q') continue;
    const n = isPunct(items[k + 1], ',') ? k + 2 : k + 1;
    const cls2 = items[n]?.type === 'w' ? SPEECH_VERB_FORMS.get(lower(items[n]!.text))?.cls : undefined;
    if (cls2 === 'say' || cls2 === 'claim') { stop = k + 1; break; }
  }
  // "…, adding that …" starts a claim of its own; so does "…, while others argue that …".
  for (let k = p + 1; k < stop; k++) {
    if (!isPunct(items[k - 1], ',')) continue;
    if (SPEECH_VERB_FORMS.get(items[k]!.text)?.form === 'ing') { stop = k - 1; break; }
    if (/^(?:while|whereas|but|and|although|though)$/.test(items[k]!.text) && items.slice(k + 1, k + 6).some((t) => speechVerbAt(t))) { stop = k - 1; break; }
  }
  const content = trimContent(items.slice(p, stop));
  if (wordsOf(content) + content.filter((t) => t.type === 'q').length < 2 && !content.some((t) => t.type === 'q')) return null;
  const startsWithThat = items[p - 1]?.text === 'that';
  if (directive) return { items: content, quotes: [] };
  if (cls === 'directive') return null;
  if (cls === 'claim') {
    const first6 = content.slice(0, 7);
    const clause = first6.some((t) => isVerbish(t) && t !== content[0]) || content[0]?.type === 'q';
    const gerund = GERUND_OK.has(lemma) && /ing$/.test(content[0]?.text ?? '');
    // A reported fact with a noun object is a claim too: "police reported 32 arrests", "announced partial results".
    const reportedFact = (lemma === 'report' || lemma === 'announce') && wordsOf(content) >= 2 &&
      !/^(?:me|us|him|her|them|you|his|their|its|our|my|your)$/i.test(content[0]?.text ?? ''); // "announced his resignation" is an act
    if (!startsWithThat && !((CLAUSE_WITHOUT_THAT.has(lemma) && clause) || gerund || reportedFact)) return null;
  } else if (cls === 'quoteOnly') return null;
  if (content[0]?.type === 'w' && /^to$/.test(content[0].text) && cls === 'say') return null;
  return { items: content, quotes: [] };
}

/** Words that open a clause's subject, so they end an object before it ("told police the driver …"). */
const CLAUSE_OPENER = /^(?:the|a|an|he|she|it|they|we|i|you|there|his|her|their|its|our|my|this|these|those|no|some|all|that|to)$/i;
const OBJ_PRONOUN = /^(?:me|us|him|her|them|you|everyone|everybody|people)$/i;

/** End of the object NP starting at items[p]: a name, a pronoun or a short noun phrase (no verb inside). */
function objectEnd(items: Item[], p: number): number {
  let k = p;
  const w = (i: number) => (items[i]?.type === 'w' ? items[i]!.text : '');
  if (OBJ_PRONOUN.test(w(k))) return k + 1;
  if (/^(?:the|a|an|local|all|many|his|her|their|its|our)$/i.test(w(k))) k++;
  if (isCap(w(k))) {
    while (isCap(w(k)) || (/^(?:of|for|and)$/.test(w(k)) && isCap(w(k + 1)))) k++;
    return k;
  }
  const s = k;
  while (k < s + 4 && w(k) && !CLAUSE_OPENER.test(w(k)) && !PREP_START.test(w(k)) && !isVerbish(items[k]) && /^\p{Ll}/u.test(w(k))) k++;
  return k > s ? k : p;
}

/**
 * The "to" of the infinitive after a directive's object, also past a post-modifier ("reminds everyone on the
 * water, whether diving or swimming, to stay vigilant"); -1 when a verb or quotation comes first.
 */
function infinitiveAfter(items: Item[], o: number): number {
  for (let k = o; k < Math.min(items.length, o + 24); k++) {
    const t = items[k]!;
    if (t.type === 'q' || isVerbish(t)) return -1;
    if (t.type === 'w' && t.text === 'to' && items[k + 1]?.type === 'w' && !CLAUSE_OPENER.test(items[k + 1]!.text) && !/^\d/.test(items[k + 1]!.text)) return k;
  }
  return -1;
}

function according(ctx: Ctx, items: Item[], v: number): Claim | null {
  let j = v + 2;
  while (j < items.length && items[j]!.type === 'w' && !/^(?:in|on|at|which|who|that|during)$/.test(items[j]!.text) && j - v < 12) j++;
  let np = items.slice(v + 2, j);
  // "according to a statement from the ministry": the source is the document's author.
  const doc = np.findIndex((t, i) => i <= 2 && /^(?:statement|report|release|post|tweet|letter|document|announcement|notice|filing|transcript)s?$/i.test(t.text));
  if (doc >= 0 && /^(?:from|by|of)$/.test(np[doc + 1]?.text ?? '') && np.length > doc + 2) np = np.slice(doc + 2);
  const speaker = np.length ? resolveNP(ctx.reg, np, ctx.focus) : null;
  if (!speaker) return null;
  const before = trimContent(items.slice(0, v));
  let content: Item[];
  // "Pollution kills 1.7 million children. This is according to the WHO.": the claim is the previous sentence.
  const anaphoric = before.length === 2 && /^(?:this|that|it)$/i.test(before[0]!.text) && /^(?:is|was)$/.test(before[1]!.text);
  if (anaphoric && ctx.prevUnclaimed) content = trimContent(ctx.prevUnclaimed);
  else if (wordsOf(before) >= 3) content = before;
  else {
    let k = j;
    while (k < items.length && !isPunct(items[k], ',')) k++;
    content = trimContent(items.slice(k + 1));
  }
  if (wordsOf(content) < 2) return null;
  return { ref: speaker, mention: { start: np[0]!.start, end: np.at(-1)!.end }, cue: 'according to', how: 'according-to', content, quotes: [] };
}

/** Drops leading/trailing punctuation and a leading "that". */
function trimContent(items: Item[]): Item[] {
  let s = 0;
  let e = items.length;
  while (s < e && items[s]!.type === 'p') s++;
  // A wire dateline opening the sentence ("KYIV, Ukraine (AP) —") is not part of the claim.
  const dash = items.findIndex((t, i) => i >= s && i < s + 12 && isPunct(t, '\u2014\u2013-'));
  if (dash > s && items.slice(s, dash).every((t) => t.type === 'p' || /^[\p{Lu}\d]/u.test(t.text))) s = dash + 1;
  if (items[s]?.type === 'w' && items[s]!.text === 'that') s++;
  // Sentence punctuation ends no claim; a closing "%" or bracket belongs to it ("turnout was 59.7%").
  while (e > s && items[e - 1]!.type === 'p' && !/^[%)\]]$/.test(items[e - 1]!.text)) e--;
  if (isPunct(items[e - 1], ')]') && !items.slice(s, e - 1).some((t) => isPunct(t, '(['))) e--;
  return items.slice(s, e);
}

function emitClaim(ctx: Ctx, c: Claim): void {
  const sp = c.speaker!;
  const mentions = c.mention ? [c.mention] : [];
  for (const q of c.quotes) pushQuote(ctx, q, sp, true, mentions, c.cue, c.how);
  if (c.content.length === 0) return;
  const qIdx = c.content.findIndex((t) => t.type === 'q');
  if (qIdx < 0) {
    // "say the jet was too slow, and that the pilot tried to abort": one claim per "that"-clause.
    const and = c.content.findIndex((t, k) => k > 2 && t.type === 'w' && t.text === 'that' && c.content[k - 1]?.text === 'and');
    if (and > 0) {
      pushReported(ctx, c, c.content.slice(0, and - 1), mentions);
      pushReported(ctx, c, c.content.slice(and + 1), mentions);
    } else pushReported(ctx, c, c.content, mentions);
    return;
  }
  // Reported words running into a quotation: keep the lead-in as its own claim only when it is a
  // clause of its own ("such studies can provide valuable information “about …”"); scare quotes
  // inside a clause ("had successfully “touched” the sun") stand for the whole claim.
  const prefix = c.content.slice(0, qIdx);
  const after = c.content.slice(qIdx + 1).filter((t) => t.type === 'w');
  const lastWord = [...prefix].reverse().find((t) => t.type === 'w');
  const words = prefix.filter((t) => t.type === 'w');
  // A long lead-in with its own verb is a clause of its own even when the quotation ends its phrase
  // ("she took into account the years he spent in a brig after being declared an “enemy combatant.”").
  const dangling = !!lastWord && DANGLING.test(lower(lastWord.text)) && 
    !(words.length >= 10 && words.some((t) => isVerbish(t)) && /^(?:a|an|the)$/i.test(lastWord.text));
  // A subordinate clause ending in a comma is a clause of its own too: "said that if talks failed, “we will …”".
  const subordinate = !!words[0] && /^(?:if|unless|when|once|because|although|though|while|after|before|until)$/i.test(words[0].text) &&
    words.slice(1).some((t) => isVerbish(t)) && isPunct(prefix.at(-1), ',');
  // Words after the quotation make it part of one clause ("had successfully “touched” the sun"), unless the
  // lead-in is a long clause of its own ("the jetliner that crashed Saturday was flying “significantly below” …").
  const longLeadIn = words.length >= 10 && words.some((t) => isVerbish(t));
  if ((wordsOf(prefix) >= 5 || subordinate) && (after.length === 0 || longLeadIn) && !dangling) pushReported(ctx, c, prefix, mentions);
  for (const q of c.content) if (q.type === 'q') pushQuote(ctx, q, sp, true, mentions, c.cue, c.how);
}

/** Words after which a clause is unfinished without the quotation that follows ("because of", "in his words"). */
const DANGLING = /^(?:of|to|for|with|by|from|in|on|at|as|about|into|than|like|the|a|an|his|her|their|its|our|my|your|words|called|dubbed|described|is|are|was|were|be|been)$/;

function pushReported(ctx: Ctx, c: Claim, content: Item[], mentions: Span[]): void {
  const items = trimContent(content);
  if (items.length === 0) return;
  const start = items[0]!.start;
  const end = items.at(-1)!.end;
  ctx.out.push({
    text: ctx.text.slice(start, end), speaker: c.speaker!.name, speakerId: c.speaker!.id, direct: false, start, end,
    speakerMentions: mentions, cue: c.cue, attribution: c.how,
  });
}

function pushQuote(ctx: Ctx, q: Item, sp: Speaker, direct: boolean, mentions: Span[] | null, cue: string | null, how: Attribution): void {
  if (ctx.segSpeaker.has(q.seg!)) return;
  ctx.segSpeaker.set(q.seg!, sp);
  ctx.out.push({
    text: ctx.text.slice(q.start, q.end), speaker: sp.name, speakerId: sp.id, direct, start: q.start, end: q.end,
    speakerMentions: mentions ?? [], cue, attribution: how,
  });
}
