// Matching questions: quotes of 2-4 named people, each to be matched to its speaker, with other people the
// article names as extra options. One quote per person (a direct quotation first, then reported speech), its
// evidence naming the speaker in the quote's own paragraph; never a group, an organisation or an unnamed source,
// whose members we cannot know; never a name the article does not contain.
import type { Evidence, MatchingPair, MatchingQuestion } from '../format/types.js';
import type { Context } from './context.js';
import { givesAway, skip, uniqueId } from './context.js';
import { paragraphAt } from './evidence.js';
import type { Person } from './people.js';
import { affiliationIn, maySamePerson, personOfSpeaker } from './people.js';
import { content } from './questions-quote.js';
import { sourceOfQuote, speakerEvidence } from './questions-said.js';
import type { QuoteFact } from './quotes.js';
import { slug } from './wording.js';

const MAX_PAIRS = 4;
const MAX_DISTRACTORS = 2;
/** Words a pair shows at most: a matching question shows them all at once. */
const MAX_QUOTE_WORDS = 18;

interface Candidate {
  qi: number;
  q: QuoteFact;
  person: number;
  /** 0 direct, 1 reported; +0.5 when cut short. */
  tier: number;
  words: string;
  evidence: Evidence;
}

/** A person the article names, not a place the extractor took for one ("North Korea said …"). */
const isPersonName = (p: Person) => p.name.includes(' ') && affiliationIn(p.name) === null;

export function matchingQuestion(ctx: Context): MatchingQuestion | null {
  const { people } = ctx.people;
  // Names proper (not role words like "North Korean leader"): the person's name and one-word aliases (surnames).
  const allNames = [...new Set(people.flatMap((p) => [p.name, ...p.aliases.filter((a) => !/\s/.test(a))].flatMap((a) => a.split(/[\s-]+/)))
    .filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).map((w) => w.replace(/['\u2019]s$/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))];
  const namesRe = allNames.length ? new RegExp(`(?<![\\p{L}])(?:${allNames.join('|')})(?![\\p{L}])`, 'u') : null;
  const candidates: Candidate[] = [];
  ctx.facts.quotes.forEach((q, qi) => {
    const what = `matching pair \u201c${q.text.slice(0, 40)}\u2026\u201d`;
    if (ctx.usedQuotes.has(qi)) return;
    const sp = ctx.facts.speakers.find((s) => s.id === q.speakerId);
    if (!sp || sp.kind !== 'person' || sp.group) return;
    const pi = personOfSpeaker(ctx.people, sp);
    const person = people[pi];
    if (!person || !isPersonName(person)) return;
    if (q.attribution === 'context') { skip(ctx, what, 'its speaker is only inferred from context'); return; }
    const said = content(ctx, q, MAX_QUOTE_WORDS);
    if (typeof said === 'string') { skip(ctx, what, said); return; }
    // Among several people's words "his country …" does not say whose country.
    if (said.speakerPronoun) { skip(ctx, what, 'the words open with their speaker\u2019s pronoun'); return; }
    const words = said.words.slice(1, -1);
    // Any name of the article in the words hints at (or away from) an option.
    if (namesRe?.test(words)) { skip(ctx, what, 'the words name a person of the article'); return; }
    if (givesAway(ctx, words)) { skip(ctx, what, 'its words show the answer of another question'); return; }
    // The evidence names the speaker: words whose name is only in an earlier paragraph are left out.
    const evidence = pairEvidence(ctx, q);
    if (!evidence) { skip(ctx, what, 'its paragraph does not name its speaker'); return; }
    // Direct words first, then reported ones; a quotation cut short ("…") after a whole one.
    const tier = (q.direct ? 0 : 1) + (words.endsWith('\u2026') ? 0.5 : 0);
    candidates.push({ qi, q, person: pi, tier, words, evidence });
  });

  // One quote per person, people in the order the article first quotes them.
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    const same = chosen.findIndex((x) => maySamePerson(people[x.person]!, people[c.person]!));
    if (same < 0) { if (chosen.length < MAX_PAIRS) chosen.push(c); } else if (c.tier < chosen[same]!.tier) chosen[same] = c;
  }
  const pairsOf = chosen;
  const answers = pairsOf.map((c) => people[c.person]!);
  const distractors = people.filter((p) => isPersonName(p) && !answers.some((a) => maySamePerson(a, p))).slice(0, MAX_DISTRACTORS).map((p) => p.name);
  // Two quotes and two names are one guess: a second pair needs another name to choose from.
  if (pairsOf.length < 3 && !(pairsOf.length === 2 && distractors.length >= 1)) {
    skip(ctx, 'matching question', `${pairsOf.length} named speaker${pairsOf.length === 1 ? '' : 's'} with a usable quote${pairsOf.length === 2 ? ' and no other person to offer' : ''} (3, or 2 and another name, needed)`);
    return null;
  }

  const pairs: MatchingPair[] = [];
  const ids = new Set<string>();
  for (const c of pairsOf) {
    const { evidence } = c;
    // Ids from the quote's words: never the speaker's name, which the page source would show.
    const stem = `quote-${slug(c.words.split(/\s+/).slice(0, 5).join(' '), 30)}`;
    let id = stem;
    for (let n = 2; ids.has(id); n++) id = `${stem}-${n}`;
    ids.add(id);
    pairs.push({ id, prompt: c.words, answer: people[c.person]!.name, evidence });
  }
  if (pairs.length < 2 || (pairs.length === 2 && distractors.length === 0)) return null;

  for (const c of pairsOf) {
    ctx.usedQuotes.add(c.qi);
    // The rest of the same saying (its continuation in the paragraph) would give the pair away.
    const pi = paragraphAt(ctx.layout, c.q.start);
    ctx.facts.quotes.forEach((o, oi) => { if (o.speakerId === c.q.speakerId && paragraphAt(ctx.layout, o.start) === pi) ctx.usedQuotes.add(oi); });
  }
  const explanation = `The article gives ${pairs.map((p) => `\u201c${p.prompt}\u201d to ${p.answer}`).join('; ')}.` +
    (distractors.length ? ` None of them is ${distractors.join('’s or ')}’s.` : '');
  return {
    id: uniqueId(ctx, 'matching-who-said-what'), category: 'quote', kind: 'matching',
    prompt: 'Who said each of these, according to the article?',
    explanation, evidence: pairs[0]!.evidence, pairs, ...(distractors.length ? { distractors } : {}),
    // One point per quote: partial credit is the share of quotes matched.
    points: pairs.length,
  };
}

/** From the sentence naming the speaker to the quote, the name highlighted; null when the paragraph does not name them. */
function pairEvidence(ctx: Context, q: QuoteFact): Evidence | null {
  const src = sourceOfQuote(ctx, q);
  return src ? speakerEvidence(ctx, q, src) : null;
}
