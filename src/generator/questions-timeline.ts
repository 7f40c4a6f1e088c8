// Timeline questions: 3-5 events the article dates, to be put in order. An event is the clause its date sits
// in (or the event noun the date qualifies: "its latest nuclear test in January"), in the article's own
// words with the date taken out, so the order has to be worked out from the article. Only dates the dateline
// fixes, and only dates that cannot overlap: 2022-02 comes before 2024, but 2024 and 2024-05 cannot be
// ordered, so at most one of them is used. Rules, not a model: a clause that does not parse this way is skipped.
import type { TimelineItem, TimelineQuestion } from '../format/types.js';
import type { Span } from './article.js';
import { dayNumber, formatDateKey, formatDateline } from './calendar.js';
import type { Context } from './context.js';
import { antecedentPerson, recordAnswer, skip, uniqueId } from './context.js';
import type { DateFact } from './dates.js';
import { sentenceAt, toEvidence } from './evidence.js';
import { SPEECH_VERB_SRC } from './lexicon.js';
import { countLeading } from './search.js';
import { danglingPronoun, slug, tidyEnd, typographic, upperFirst, WIRE_DATELINE, wordCount } from './wording.js';

const MIN_ITEMS = 3;
const MAX_ITEMS = 5;
const MIN_WORDS = 2;
const MAX_WORDS = 20;

/** Days covered by a date value, inclusive: a year, a month or one day. */
export interface Interval {
  from: number;
  to: number;
}

export function intervalOf(value: string): Interval {
  const span = value.split('/'); // a span of years, "1999/2008"
  if (span.length === 2) return { from: intervalOf(span[0]!).from, to: intervalOf(span[1]!).to };
  const [y, m, d] = value.split('-').map(Number) as [number, number?, number?];
  if (!m) return { from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) };
  if (!d) return { from: dayNumber(y, m, 1), to: dayNumber(y, m + 1, 1) - 1 };
  const n = dayNumber(y, m, d);
  return { from: n, to: n };
}

/** True when every day of `a` is before every day of `b`: only then is "a happened first" certain. */
export const surelyBefore = (a: Interval, b: Interval): boolean => a.to < b.from;

/** The value in words: "2024", "March 2016", "March 6, 2017". */
export function formatValue(value: string): string {
  if (value.includes('/')) return value.split('/').map(formatValue).join('\u2013');
  const [y, m = 0, d = 0] = value.split('-').map(Number) as [number, number?, number?];
  const shape = d ? 'full' : m ? 'month-year' : 'year';
  return formatDateKey({ shape, y, m, d, wd: 0 });
}

export interface TimelineEvent {
  fact: DateFact;
  /** What happened, article words without the date, pronouns resolved. */
  text: string;
  /** The article words the text is made of. */
  pieces: Span[];
  interval: Interval;
  when: string;
}

// A preposition before the date that makes it something other than the time of an event.
const NOT_EVENT_PREP: Record<string, string> = {
  since: 'a period (“since …”), not an event', from: 'the start of a period, not an event', until: 'the end of a period, not an event',
  till: 'the end of a period, not an event', through: 'the end of a period, not an event', to: 'the end of a period, not an event',
  between: 'a period, not an event', by: 'a deadline, not an event', before: 'a reference point, not the event’s own date',
  after: 'a reference point, not the event’s own date', of: 'part of a longer date phrase',
};
const PREP_BEFORE = /(?<![\p{L}])(in|on|at|during|since|from|until|till|through|to|between|by|before|after|of|and|or)\s+$/iu;
// Words a clause (its subject) can open with: a name, a number, a determiner, a pronoun.
const CLAUSE_START = /^(?:[\p{Lu}\p{N}]|(?:the|a|an|this|these|those|there|some|many|most|all|no|every|each|one|two|three|several|both|its|his|her|their|he|she|it|they)\b)/u;
const FINITE = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|said|says|did|does|do)(?![\p{L}])/u;
const FUTURE = /(?<![\p{L}])(?:will|would|shall|['\u2019]ll|plans? to|planned to|expected to|set to|scheduled to|due to|is to|are to)(?![\p{L}])/iu;
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me|[Yy]ou|[Yy]our)(?![\p{L}'\u2019])/u;
const SPEECH_AT_END = new RegExp(`(?:^|\\s)(?:${SPEECH_VERB_SRC})(?:\\s+that)?$`, 'u'); // lower case: "the United States" is no saying
const SPEECH_IN = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_SRC})(?![\\p{L}])`, 'u'); // speech verbs in lower case, as in SPEECH_AT_END
const SPEECH_FRAME = new RegExp(`^([^,;]{1,80}?)\\s+(?:${SPEECH_VERB_SRC})\\s+(?:that\\s+)?(?=\\S)`, 'u');
// Nouns that name something that happens, for "after the end of the Korean War in 1953", "for its nuclear test in January".
const EVENT_NOUNS = new Set(`test launch invasion war attack attacks strike strikes election elections earthquake quake storm typhoon hurricane
  crash visit meeting summit talks vote referendum end start beginning collapse explosion blast fire wildfire flood flooding ceasefire
  agreement deal treaty decision announcement speech protest protests revolution coup trial verdict ruling death birth landing opening
  founding discovery accident disaster outbreak pandemic eruption shooting bombing raid offensive withdrawal arrest release launching
  flight mission rally congress conference inauguration independence occupation massacre sinking shutdown closure merger takeover`.split(/\s+/));
const NOMINAL = /(?:^|\s)(?:after|following|for|against|amid|during|over|and)\s+((?:the|a|an|its|their|his|her)\s+[^,;]+?)\s*$/i;
const AGENTIVE = /^((?:the|a|an|its|their|his|her)\s.+?)\s+(\p{Ll}+ed)\s+by\s+(.+)$/iu;
// A comma ends the clause, but not inside a number ("25,000 troops"), nor a colon inside a time ("1:30 a.m.").
const RIGHT_CUT = /,(?!\d{3}\b)|:(?!\d{2}\b)|[;()\u2014\u2013"\u201c\u201d]|\s(?:who|which|that|while|when|after|before|because|since|until|but|and|so|though|although|following|amid|despite|where|saying|adding)\s/;
// A clause tells an event when it has a verb in the past (news reports events in the past tense).
const PAST_VERB = /(?<![\p{L}])(?:\p{Ll}{2,}ed|was|were|had|has|have|did|began|begun|won|lost|met|made|took|gave|went|came|said|told|sent|hit|fell|rose|built|bought|sold|left|led|ran|saw|found|held|kept|brought|became|broke|chose|drove|flew|grew|knew|paid|set|shot|spent|stood|sank|threw|wrote|fought|taught|caught|sought|bent|spoke|froze|stole|burnt|dealt|meant|felt|split|spread|quit|cut|put|let|shut|beat|hid|lit|rode|rang|sang|shook|slept|struck|swept|swam|tore|wore|withdrew|overthrew|undertook|arose|blew|drew|dug|forgot|hung|laid|lay|slew|sprang|swung|underwent|upheld|sat|ate|fled|shed|bled|bore|stung|wept)(?![\p{L}])/u;
const PROPER = /\p{Lu}[\p{L}\p{N}.'\u2019-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{N}.'\u2019-]*)*/gu;
const OPENERS = /^(?:The|A|An|In|On|At|But|And|So|Then|After|Before|During|Earlier|Later|Last|This|That|It|He|She|They|We)$/;

/** The date facts overlapping [start, end): a binary search in the sorted list, so the whole pass stays linear. */
function datesIn(ctx: Context, start: number, end: number): DateFact[] {
  const dates = ctx.facts.dates;
  const out: DateFact[] = [];
  for (let i = countLeading(dates, (d) => d.end <= start); i < dates.length && dates[i]!.start < end; i++) out.push(dates[i]!);
  return out;
}

/** `nominal`: the event is a noun phrase ("The end of the Korean War"), not a clause. */
type Built = { text: string; pieces: Span[]; nominal?: boolean } | string;

/** The event a dated clause tells, or why it tells none we can show. */
export function eventText(ctx: Context, fact: DateFact): Built {
  const text = ctx.text;
  const s = sentenceAt(ctx.layout, fact.start);
  let sStart = s.start;
  const wire = WIRE_DATELINE.exec(text.slice(sStart, Math.min(s.end, sStart + 80)));
  if (wire && wire[0] && sStart + wire[0].length <= fact.start) sStart += wire[0].length;
  const sEnd = s.end;
  const others = datesIn(ctx, s.start, s.end).filter((d) => d !== fact);

  // The date's own preposition, and the ones that make it no event's date.
  let prepStart = fact.start;
  const before = text.slice(Math.max(sStart, fact.start - 12), fact.start);
  const prep = PREP_BEFORE.exec(before);
  if (prep) {
    const p = prep[1]!.toLowerCase();
    if (NOT_EVENT_PREP[p]) return NOT_EVENT_PREP[p]!;
    if (p === 'and' || p === 'or') {
      const at = fact.start - prep[0].length;
      if (others.some((d) => d.end <= at && at - d.end <= 3)) return 'one of a list or range of dates';
    } else prepStart = fact.start - prep[0].length;
  }
  const after = text.slice(fact.end, sEnd);
  if (/^['\u2019]s\b/.test(after)) return 'a date that qualifies a noun (“Tuesday’s …”)';
  if (/(?<![\p{L}])(?:the|a|an|this|that|its|their)\s+$/iu.test(text.slice(sStart, prepStart))) return 'a date that qualifies a noun (“the 1985 earthquake”)';
  if (/^\s*(?:-|\u2013|to|through|until|and)\s+(?:\d|[A-Z][a-z]+\s+\d)/.test(after) && others.some((d) => d.start > fact.end && d.start - fact.end <= 12)) return 'one of a list or range of dates';

  const rightEnd = (from: number): number => {
    const rest = text.slice(from, sEnd);
    const cut = RIGHT_CUT.exec(rest);
    let end = cut ? from + cut.index : sEnd;
    const next = others.find((d) => d.start >= from && d.start < end);
    if (next) {
      // The phrase holding the other date goes whole: "sanctions on North Korea in March [for its test in January]".
      const phrase = /(?:^|\s)(?:for|after|before|following|during|against|amid|over|with|in|on|at)\s/.exec(text.slice(from, next.start));
      const p = PREP_BEFORE.exec(text.slice(Math.max(from, next.start - 12), next.start));
      end = phrase ? from + phrase.index : next.start - (p ? p[0].length : 0);
    }
    return end;
  };

  const left = text.slice(sStart, prepStart);
  // "Earlier this year, he bent …", "On Tuesday, U.S. President Donald Trump sent …": the clause that follows.
  if (/^\s*(?:(?:but|and|so|then|also)\s*)?$/i.test(left)) {
    const comma = /^\s*,?\s*/.exec(after)!;
    const from = fact.end + comma[0].length;
    if (!CLAUSE_START.test(text.slice(from, sEnd))) return 'its clause has no clear subject';
    const end = rightEnd(from);
    // "the company, which was founded in 1990, moved to Boston": the insertion goes, the clause goes on.
    const insertion = /^,\s+(?:who|which|a|an|the)\s[^,;]*,\s+(?=\p{Ll})/u.exec(text.slice(end, sEnd));
    if (insertion) {
      const on = end + insertion[0].length;
      return { text: `${text.slice(from, end)} ${text.slice(on, rightEnd(on))}`, pieces: [{ start: from, end }, { start: on, end: rightEnd(on) }] };
    }
    return { text: text.slice(from, end), pieces: [{ start: from, end }] };
  }

  // The clause holding the date: after a semicolon or dash, after "that", a relative clause with its noun.
  let clauseStart = sStart;
  const pieces: Span[] = [];
  const strong = [...left.matchAll(/[;:]\s+|\s[\u2014\u2013]\s+|\s--\s+/g)].at(-1);
  if (strong) clauseStart = sStart + strong.index! + strong[0].length;
  const thatRe = /(?<![\p{L}])that\s+/gu;
  let lastThat: RegExpExecArray | null = null;
  for (let m = thatRe.exec(left); m; m = thatRe.exec(left)) if (sStart + m.index >= clauseStart && CLAUSE_START.test(left.slice(m.index + m[0].length))) lastThat = m;
  if (lastThat) clauseStart = sStart + lastThat.index + lastThat[0].length;
  const relative = /,?\s+(?:who|which)\s+(?=\S)/g;
  let lastRel: RegExpExecArray | null = null;
  for (let m = relative.exec(left); m; m = relative.exec(left)) if (sStart + m.index >= clauseStart) lastRel = m;
  if (lastRel) {
    const relAt = sStart + lastRel.index;
    const np = /(?:^|\s)((?:the|a|an)\s+(?:[^\s,;]+\s+){0,4}[^\s,;]+)$/i.exec(text.slice(clauseStart, relAt));
    if (!np) return 'a relative clause without a clear subject';
    const npStart = relAt - np[1]!.length;
    pieces.push({ start: npStart, end: relAt });
    clauseStart = relAt + lastRel[0].length;
  } else {
    // Commas: the last comma-separated part when it starts a clause; else "Subject, insertion, verb …".
    const segs: Span[] = [];
    let at = clauseStart;
    for (const m of text.slice(clauseStart, prepStart).matchAll(/,\s+/g)) {
      segs.push({ start: at, end: clauseStart + m.index! });
      at = clauseStart + m.index! + m[0].length;
    }
    segs.push({ start: at, end: prepStart });
    if (segs.length > 1) {
      const last = segs.at(-1)!;
      const lastText = text.slice(last.start, last.end);
      const first = segs[0]!;
      const firstText = text.slice(first.start, first.end);
      const conj = /^(?:and|but|while|so|yet)\s+/.exec(lastText);
      if (conj && CLAUSE_START.test(lastText.slice(conj[0].length))) clauseStart = last.start + conj[0].length;
      else if (CLAUSE_START.test(lastText) && wordCount(lastText) >= 2) clauseStart = last.start;
      else if (wordCount(firstText) <= 6 && /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(firstText) && /^\p{Ll}/u.test(lastText) && !/^(?:after|following|for|against|amid|during|over|and|in|on|at|with|as)\s/.test(lastText)) {
        pieces.push(first);
        clauseStart = last.start;
      } else return 'its clause has no clear subject';
    }
  }

  // "the invasion launched by Russian President Vladimir Putin in February 2022", "after the end of the Korean War in 1953".
  const clause = text.slice(clauseStart, prepStart);
  const nominal = pieces.length === 0 ? NOMINAL.exec(clause) : null;
  if (nominal) {
    const np = nominal[1]!;
    const npStart = prepStart - (clause.length - clause.trimEnd().length) - np.length;
    const agentive = AGENTIVE.exec(np);
    const words = np.split(/\s+/);
    const head = (np.includes(' of ') ? np.slice(0, np.indexOf(' of ')) : np).split(/\s+/).at(-1)!.toLowerCase().replace(/['\u2019]s$/, '');
    const span = { start: npStart, end: npStart + np.length };
    if (words.length <= 12 && !FINITE.test(np)) {
      if (agentive && wordCount(agentive[3]!) <= 6) {
        const object = agentive[1]!.replace(/^(The|A|An)\s/, (w) => w.toLowerCase());
        return { text: `${agentive[3]} ${agentive[2]} ${object}`, pieces: [span] };
      }
      if (EVENT_NOUNS.has(head) || EVENT_NOUNS.has(head.replace(/s$/, ''))) return { text: np, pieces: [span], nominal: true };
    }
  }

  // A reported event ("North Korea said its attempt … ended in failure Monday"): the event, not the report.
  if (!fact.event.speech && pieces.length === 0) {
    const frame = SPEECH_FRAME.exec(clause);
    if (frame && wordCount(frame[1]!) <= 8 && CLAUSE_START.test(clause.slice(frame[0].length))) clauseStart += frame[0].length;
  }
  if (clauseStart < prepStart) pieces.push({ start: clauseStart, end: prepStart });
  const rEnd = rightEnd(fact.end);
  if (rEnd > fact.end && text.slice(fact.end, rEnd).trim()) pieces.push({ start: fact.end, end: rEnd });
  return { text: pieces.map((p) => text.slice(p.start, p.end).trim()).join(' '), pieces };
}

/** The nearest proper name before `at` in its sentence (not a date, not a sentence opener): what "its" points to. */
function ownerBefore(ctx: Context, at: number): string | null {
  const s = sentenceAt(ctx.layout, at);
  const seg = ctx.text.slice(s.start, at);
  let best: string | null = null;
  for (const m of seg.matchAll(PROPER)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (datesIn(ctx, start, end).length) continue;
    const name = m[0].replace(/^(?:The|A|An)\s+/, '');
    if (OPENERS.test(name)) continue;
    best = m[0].replace(/^(The|A|An)\s/, (w) => w.toLowerCase());
  }
  return best;
}

const possessive = (name: string) => (/s$/.test(name) ? `${name}\u2019` : `${name}\u2019s`);

/** The event's words made to stand alone: pronouns resolved or refused, no first person, a sensible length. */
function finish(ctx: Context, fact: DateFact, built: { text: string; pieces: Span[]; nominal?: boolean }): TimelineEvent | string {
  const text = eventWords(ctx, fact, built);
  if (text.startsWith('\u0000')) return text.slice(1);
  return { fact, text, pieces: built.pieces, interval: intervalOf(fact.value!), when: whenOf(fact) };
}

/** What happened on a date, in the article's words without the date ("Russia launched its invasion of Ukraine"), or why it cannot be told. */
export function dateEvent(ctx: Context, fact: DateFact): string | { text: string } {
  const built = eventText(ctx, fact);
  if (typeof built === 'string') return built;
  const text = eventWords(ctx, fact, built);
  return text.startsWith('\u0000') ? text.slice(1) : { text };
}

/** The event's words, checked and with pronouns resolved; a reason it has none starts with U+0000. */
function eventWords(ctx: Context, fact: DateFact, built: { text: string; pieces: Span[]; nominal?: boolean }): string {
  const why = (reason: string) => `\u0000${reason}`;
  let text = tidyEnd(built.text.replace(/\s+/g, ' ').replace(/\s+,/g, ','), true);
  const s = sentenceAt(ctx.layout, fact.start);
  const others = datesIn(ctx, s.start, s.end).filter((d) => d !== fact);
  if (built.pieces.some((p) => others.some((d) => d.start < p.end && p.start < d.end))) return why('its clause holds another date');
  if (FIRST_PERSON.test(text)) return why('its words speak in the first person');
  if (SPEECH_AT_END.test(text)) return why('it dates a saying whose words are elsewhere');
  const future = FUTURE.exec(text);
  if (future && !SPEECH_IN.test(text.slice(0, future.index))) return why('a plan, not an event that happened');
  if (!built.nominal && !PAST_VERB.test(text)) return why('no verb in the past tense tells what happened');
  const from = built.pieces[0]!.start;
  const KEEP = '\uE000';
  for (let guard = 0; guard < 6; guard++) {
    const hit = danglingPronoun(text);
    if (!hit) break;
    const w = hit.word.toLowerCase();
    const rest = text.slice(hit.index + hit.word.length);
    let by: string | null = null;
    if (w === 'he' || w === 'she' || w === 'his') {
      const person = antecedentPerson(ctx, from);
      if (person) by = w === 'his' ? possessive(person.name) : person.name;
    } else if ((w === 'its' || w === 'their') && /^\s+\p{Lu}/u.test(rest)) {
      by = 'the';
    } else if (w === 'its') {
      // "Russia launched its invasion": the owner is in the words already (kept, marked so the check moves on).
      const inText = [...text.slice(0, hit.index).matchAll(PROPER)].some((m) => !OPENERS.test(m[0]));
      const owner = inText ? null : ownerBefore(ctx, from);
      by = inText ? `${KEEP}${hit.word}` : owner ? possessive(owner) : null;
    }
    if (!by) return why(`its “${hit.word}” points to something outside the clause`);
    text = text.slice(0, hit.index) + by + rest;
  }
  text = text.replaceAll(KEEP, '');
  const n = wordCount(text);
  if (n < MIN_WORDS) return why('too few words to tell what happened');
  if (n > MAX_WORDS) return why('its clause is too long for a timeline event');
  return upperFirst(typographic(text));
}

const normal = (s: string) => s.toLowerCase().replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(/[,.]/g, '').replace(/\s+/g, ' ').trim();

/** The date as shown after answering: the article's words, with the value when the words alone do not give it. */
export function whenOf(fact: DateFact): string {
  const words = typographic(fact.text);
  const value = formatValue(fact.value!);
  if (fact.kind === 'absolute' && normal(value).includes(normal(words))) return value;
  if (fact.kind === 'absolute' && /\b\d{4}\b/.test(words)) return words;
  const lowered = /^(?:Earlier|Later|Early|Late|Last|This|Next|Today|Yesterday|Tomorrow|Tonight)\b/.test(words) ? words[0]!.toLowerCase() + words.slice(1) : words;
  return `${lowered} (${value})`;
}

/**
 * The largest set of events whose dates are pairwise orderable (earliest end first, then text order), at
 * most MAX_ITEMS spread over it. Linear after sorting; the events are few.
 */
export function orderable(events: readonly TimelineEvent[]): { chosen: TimelineEvent[]; clashing: Set<TimelineEvent> } {
  const sorted = [...events].sort((a, b) => a.interval.to - b.interval.to || a.interval.from - b.interval.from || a.fact.start - b.fact.start);
  const chain: TimelineEvent[] = [];
  // An event left out here overlaps the chain's last one (it starts before that one ends, and ends no earlier).
  const clashing = new Set<TimelineEvent>();
  for (const e of sorted) {
    if (!chain.length || surelyBefore(chain.at(-1)!.interval, e.interval)) chain.push(e);
    else clashing.add(e);
  }
  if (chain.length <= MAX_ITEMS) return { chosen: chain, clashing };
  return { chosen: Array.from({ length: MAX_ITEMS }, (_, i) => chain[Math.round((i * (chain.length - 1)) / (MAX_ITEMS - 1))]!), clashing };
}

export function timelineQuestion(ctx: Context): TimelineQuestion | null {
  const published = intervalOf(ctx.dateline.value);
  const events: TimelineEvent[] = [];
  const texts = new Set<string>();
  for (const fact of ctx.facts.dates) {
    const what = `timeline event \u201c${fact.text}\u201d`;
    if (!fact.value) { skip(ctx, what, 'the dateline does not fix its value'); continue; }
    if (/\bweeks?\b/i.test(fact.text)) { skip(ctx, what, 'a week is no date a quiz can name'); continue; }
    if (surelyBefore(published, intervalOf(fact.value))) { skip(ctx, what, 'it is after the article’s date: not an event that happened'); continue; }
    const built = eventText(ctx, fact);
    if (typeof built === 'string') { skip(ctx, what, built); continue; }
    const event = finish(ctx, fact, built);
    if (typeof event === 'string') { skip(ctx, what, event); continue; }
    if (texts.has(event.text.toLowerCase())) { skip(ctx, what, 'the same event is already an item'); continue; }
    texts.add(event.text.toLowerCase());
    events.push(event);
  }
  const { chosen, clashing } = orderable(events);
  const kept = new Set(chosen);
  for (const e of events) {
    if (kept.has(e)) continue;
    skip(ctx, `timeline event \u201c${e.fact.text}\u201d`, clashing.has(e) ? 'its date overlaps another event’s, so the two cannot be put in order' : `the timeline has its ${MAX_ITEMS} events`);
  }
  if (chosen.length < MIN_ITEMS) {
    skip(ctx, 'timeline question', `only ${chosen.length} event${chosen.length === 1 ? '' : 's'} with dates that can be put in order (${MIN_ITEMS} needed)`);
    return null;
  }

  const itemIds = new Set<string>();
  const items: TimelineItem[] = [];
  for (const e of chosen) {
    const s = sentenceAt(ctx.layout, e.fact.start);
    const evidence = toEvidence(ctx.layout, s, { start: e.fact.start, end: e.fact.end });
    if (!evidence) continue;
    // Ids from the words, not the position: the file lists the items in the right order.
    const stem = `event-${slug(e.text, 32)}`;
    let id = stem;
    for (let n = 2; itemIds.has(id); n++) id = `${stem}-${n}`;
    itemIds.add(id);
    items.push({ id, text: e.text, when: e.when, evidence });
  }
  if (items.length < MIN_ITEMS) { skip(ctx, 'timeline question', 'the evidence of an event crosses a paragraph'); return null; }

  const used = chosen.filter((e) => items.some((i) => i.text === e.text));
  for (const e of used) {
    ctx.timeline.dates.add(e.fact);
    // No later prompt may show an event's date: it would give part of the order away.
    recordAnswer(ctx, ctx.text.slice(e.fact.start, e.fact.end));
    for (const m of ctx.facts.measures) if (e.pieces.some((p) => m.start < p.end && p.start < m.end)) ctx.timeline.measures.add(m);
    // An event that names who said it ("Kim Jong Un said his country would …") answers "who said" that quote.
    ctx.facts.quotes.forEach((q, qi) => {
      if (e.pieces.some((p) => q.start < p.end && p.start < q.end) && q.speakerMentions.some((m) => e.pieces.some((p) => m.start >= p.start && m.end <= p.end))) ctx.usedQuotes.add(qi);
    });
  }
  const unfixed = used.some((e) => !/\b\d{4}\b/.test(e.fact.text));
  const explanation = `The right order, earliest first: ${items.map((i, n) => `(${n + 1}) ${i.when}: ${i.text}`).join('; ')}.` +
    (unfixed ? ` The article is dated ${formatDateline(ctx.dateline)}, which fixes the dates it gives without a year.` : '');
  return {
    id: uniqueId(ctx, 'timeline-events'), category: 'date', kind: 'timeline',
    prompt: 'In what order did these events happen, according to the article?',
    explanation, evidence: items[0]!.evidence, items,
    // One point per neighbouring pair: the score is the share of pairs in the right order.
    points: items.length - 1,
  };
}
