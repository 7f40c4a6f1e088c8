// "Who said it" questions: a choice among people named in the article, or (for groups, organisations and
// unnamed sources, whose membership we cannot know, and for variety) "According to the article, did X say …?".
import type { SingleChoiceQuestion } from '../format/types.js';
import type { Span } from './article.js';
import type { Context } from './context.js';
import { givesAway, sentenceCase, skip, speakerName, uniqueId } from './context.js';
import type { Speaker } from './entities.js';
import { arrange } from './distractors.js';
import { paragraphAt, sentencesCovering, toEvidence } from './evidence.js';
import type { Person } from './people.js';
import { affiliationIn, maySamePerson, mentionsIn, personOfSpeaker } from './people.js';
import type { QuoteFact } from './quotes.js';
import { IRREGULAR_PAST } from './lexicon.js';
import { coreClaim, danglingPronoun, lowerOpener, quoted, slug, trimQuotation, upperFirst, wordCount } from './wording.js';

const MAX_QUOTE_QUESTIONS = 5;
const MAX_PER_SPEAKER = 4;
/** Every third quote of a person is asked as yes/no instead of "who said", so both forms appear. */
const YES_NO_EVERY = 3;
const MAX_YES_NO = 3;

// Verbs that report an order or a label, not a statement: "urged employees to …" is no claim to attribute.
const NOT_A_STATEMENT = /^(?:urged|urges|encouraged|encourages|reminded|reminds|asked|asks|advised|advises|called on|calls on|instructed|ordered|called|calls|described|describes|dubbed|termed)$/;
// Reported speech must open like a clause, not mid-phrase ("time, it was not …", "employees to get …").
// These openers start one by themselves: a name, a quotation, "there", "it", a subordinate clause
// ("once North Korea starts …, that number could …"). Any other opener is a noun phrase and needs its verb.
const CLAUSE_START = /^(?:[\p{Lu}\u201c"]|(?:there|it\s|once|if|when|while|after|before|because|although|unless|until|as soon as)\b)/u;
const SUBORDINATE = /^(?:once|if|when|while|after|before|because|although|unless|until|as soon as)\b/i;
// A noun phrase opening with one of these is plainly one ("the land on which … could …").
const DETERMINER_START = /^(?:the|a|an|this|that|these|those|some|many|most|all|no|none|every|each|more|less|fewer|one|two|three|several|both|neither|such|his|her|their|its|\p{N}[\p{N},.]*)$/u;
// A bare noun phrase never opens with a pronoun, an infinitive, a participle or a preposition ("being with …", "to get …").
const NOT_A_SUBJECT = /^(?:he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your|to|in|on|at|of|for|with|by|from|into|over|under|about|after|before|during|since|until|through|across|against|among|amid|around|between|despite|near|toward|towards|upon|via|within|without|than|as|like|and|but|or|nor|so|yet|what|who|whom|whose|which|why|how|where|whether|not|also|\p{L}{2,}ing(?<!thing))$/u;
// "at least 3,500 homes …": a quantity before a number belongs to the noun phrase.
const QUANTITY = /^(?:at (?:least|most)|up to|more than|less than|fewer than|about|around|over|under|nearly|almost|roughly)\s+(?=\p{N})/u;
const NP_WORDS = 6;
// Auxiliaries, modals and past forms that are never participles ("prices rose to …").
const FINITE = /^(?:(?:is|are|was|were|has|have|had|would|could|might|must|should|does|do|did)(?:n['\u2019]t)?|will|can|may|shall|cannot|won['\u2019]t|can['\u2019]t|rose|fell|came|went|began|took|gave|saw|flew|grew|knew|ran|spoke|wrote|became|broke|chose|drove|threw|sank|shook|froze|stole|tore)$/;
// After these a verb cannot follow at once: "the will of …", "the injured man", "20 injured", "the country's armed forces".
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|some|any|many|much|most|all|no|every|each|more|less|fewer|several|both|such|other|another|few|\p{N}.*|.*['\u2019]s)$/u;
// In a bare noun phrase a relative clause or an infinitive makes the words an object, not a clause ("employees to get …").
const ENDS_PHRASE = /^(?:to|who|whom|whose|which|that|where|being|having|he|she|it|they|we|i|you)$/;
const PREPOSITION = /^(?:in|on|at|of|for|with|by|from|into|over|under|about|after|before|during|since|through|across|against|among|around|between|near|than|as)$/;
const NOT_ED_VERB = /^(?:need|speed|seed|feed|breed|bleed|greed|deed|weed|steed|shed|hundred|sacred|naked|wicked|hatred|kindred)$/;
const PLURAL = /^(?:[a-z]{2,}[^su'\u2019]s|people|children|men|women|police)$/;
// Words that follow a plural noun inside a noun phrase or a clause without being its verb.
const NOT_A_VERB = /^(?:to|and|or|but|nor|so|yet|if|when|while|because|although|since|until|who|whom|whose|which|that|where|what|how|why|he|she|it|they|we|you|him|her|them|us|me|also|still|now|only|just|even|already|ever|never|not|too|very|here|there|then|again|ago|together|alone|ahead|away|back|down|up|out|off|own|each|alike|today|yesterday|tomorrow|last|next|this|these|those|all|both|any|some|no|more|most|less|few|many|much|such)$/;

/**
 * The claim's first clause (up to a comma) has a finite verb after its opening noun phrase: an auxiliary or modal
 * anywhere, else right after a plain noun a past form ("-ed", "struck") or a present one ("kills", "the talks
 * continue"); after a preposition only one followed by its object ("the rescue of people trapped in …" holds no
 * verb). A bare noun phrase ("air pollution is …") must find its verb within six words, before "to", "who" or
 * "that", and there a past form before a preposition ("measures aimed at …") or a present one without its object
 * ("safety measures for …") is not trusted. A noun phrase opened by a determiner may hold a relative clause ("the
 * land on which … could …"). Unsure means no.
 */
function verbFollows(core: string, bare: boolean): boolean {
  const words = core.split(/[,;:]\s|\s[\u2014\u2013-]\s/)[0]!.split(/\s+/)
    .map((w) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'\u2019]+$/gu, ''));
  let preposition = false;
  for (let i = 1; i < words.length && (!bare || i <= NP_WORDS); i++) {
    const w = words[i]!, prev = words[i - 1]!, next = words[i + 1] ?? '';
    if (bare && ENDS_PHRASE.test(w)) return false;
    if (FINITE.test(w) && !DETERMINER.test(prev)) return true;
    if (!DETERMINER.test(prev) && !/(?:ly|ing|ed)$/.test(prev) && !/^(?:and|or|not)$/.test(prev)) {
      // After a preposition ("the ground under the city made the …") only a verb with its object is trusted.
      const object = DETERMINER.test(next) && !/^(?:this|that|each|every)$/.test(next); // not "killed this week"
      const past = /^[a-z]{2,}ed$/.test(w) ? !NOT_ED_VERB.test(w) : IRREGULAR_PAST.has(w);
      // "people killed by …": a participle, not the verb.
      if (past && next !== 'by' && (object || (!preposition && !(bare && (next === 'to' || PREPOSITION.test(next)))))) return true;
      // A present verb: "-s" after a singular noun, plain after a plural one ("the talks continue").
      const plain = /^[a-z]{3,}$/.test(w) && !/(?:s|ly|ing)$/.test(w) && (!/ed$/.test(w) || NOT_ED_VERB.test(w)) && !NOT_A_VERB.test(w) && !PREPOSITION.test(w);
      const present = PLURAL.test(prev) ? plain : !/s$/.test(prev) && /^[a-z]+[^su]s$/.test(w);
      if (present && (object || (!preposition && !bare))) return true;
    }
    // "three of the missiles came …", "thousands of residents fled": "of" after a quantity starts no phrase of its own.
    if (PREPOSITION.test(w) && !(w === 'of' && (DETERMINER_START.test(prev) || /^(?:dozens|hundreds|thousands|millions|billions)$/.test(prev)))) preposition = true;
  }
  return false;
}

/** The claim opens a clause: a word that starts one, the speaker's own subject pronoun, or a noun phrase and its verb. */
function opensClause(core: string, speaker: boolean): boolean {
  if (CLAUSE_START.test(core) || (speaker && /^(?:he|she|they)\s/i.test(core))) return true;
  const np = core.replace(QUANTITY, '');
  const first = np.split(/\s/)[0]!.toLowerCase();
  // A possessive stands for the speaker only when it agrees ("Mexico's president said his country's …").
  if (/^(?:his|her|their|its)$/.test(first) && !speaker) return false;
  if (DETERMINER_START.test(first)) return verbFollows(np, false);
  return !NOT_A_SUBJECT.test(first) && verbFollows(np, true);
}

// "Fox said she hopes …", "officials said they will …", "the ministry said it would …": in reported speech a subject
// pronoun opening the claim is the speaker when it agrees with the speaker's kind; so is a possessive
// ("Mexico's president said his country's forces will …"). Each opener with the words that
// point back to the same one later in the claim ("she has not talked to her family").
const SAME_AS_OPENER: Record<string, RegExp> = {
  he: /^(?:he|him|his)$/i, she: /^(?:she|her|hers)$/i, they: /^(?:they|them|their|theirs)$/i, it: /^(?:it|its)$/i,
};
const SUBJECT_OF: Record<string, string> = { he: 'he', his: 'he', she: 'she', her: 'she', they: 'they', their: 'they', it: 'it', its: 'it' };
// An unnamed source that is one body ("the ministry", "the government"), which "it" may stand for.
const BODY = /\b(?:agency|ministry|department|company|government|military|army|organi[sz]ation|group|firm|office|administration|committee|council|commission|court|service|network|newspaper|broadcaster)$/i;
// "told Smith he …" may mean Smith: after "told", only a hearer the pronoun cannot stand for is safe.
const NOT_A_PERSON = /^(?:me|us|you|them|reporters|journalists|lawmakers|listeners|viewers|supporters|\p{Lu}{2,})$/u; // "VOA"
const HEARER_OK: Record<string, RegExp> = {
  he: NOT_A_PERSON, she: NOT_A_PERSON, they: /^(?:me|us|you|him|her)$/, it: /^(?:me|us|you|him|her|them|reporters|journalists|lawmakers|listeners|viewers|supporters)$/,
};

/** The pronouns of the speaker when the claim opens with one that can only be the speaker, else null. */
function speakerPronoun(ctx: Context, q: QuoteFact, core: string): RegExp | null {
  // A claim before its attribution ("She hopes …, Fox said") takes its pronoun from the sentence before.
  if (q.attribution !== 'reported' || !q.cue) return null;
  const word = /^(he|she|they|it|his|her|their|its)\s/i.exec(core)?.[1]!.toLowerCase();
  const opener = word && SUBJECT_OF[word];
  const sp = ctx.facts.speakers.find((s) => s.id === q.speakerId);
  if (!opener || !sp) return null;
  const body = sp.kind === 'organization' || (sp.kind === 'unnamed' && BODY.test(sp.name.replace(/\s*\(unnamed\)$/, '')));
  const agrees = opener === 'they' ? sp.kind === 'group' || sp.group || body
    : opener === 'it' ? body : sp.kind === 'person' && !sp.group;
  if (!agrees) return null;
  if (/^(?:told|tells|tell|telling)$/.test(q.cue)) {
    const before = ctx.text.slice(Math.max(0, q.start - 80), q.start);
    const at = before.lastIndexOf(q.cue);
    const hearer = before.slice(at + q.cue.length).replace(/\bthat\s*$/, '').trim();
    if (at < 0 || (hearer && !HEARER_OK[opener]!.test(hearer))) return null;
  }
  return SAME_AS_OPENER[opener]!;
}

export interface Said {
  /** The words as a prompt shows them: `: “…”` for a direct quote, ` that …` for reported speech. */
  what: string;
  /** The same for the explanation. */
  words: string;
  /** The words open with a pronoun standing for their speaker ("she hopes …", "his country’s forces will …"). */
  speakerPronoun?: boolean;
}

/** The words a question shows for a quote (a direct quotation trimmed to `maxWords`), or why it cannot show them. */
export function content(ctx: Context, q: QuoteFact, maxWords = 28): Said | string {
  if (q.direct) {
    const t = trimQuotation(q.text, maxWords);
    if (wordCount(t) < 6) return 'the quotation is too short to recognise';
    if (!/^[\p{Lu}\p{N}]/u.test(t)) return 'the quotation is a fragment of a sentence';
    if (danglingPronoun(t)) return 'the quotation starts from a pronoun it does not explain';
    return { what: `: ${quoted(t)}`, words: quoted(t) };
  }
  if (q.cue && NOT_A_STATEMENT.test(q.cue)) return `\u201c${q.cue}\u201d reports no statement`;
  const core = coreClaim(q.text);
  if (!core) return 'the reported claim is too long to ask about';
  const speaker = speakerPronoun(ctx, q, core);
  if (!opensClause(core, !!speaker)) return 'the reported claim does not start a clause';
  // A subordinate clause alone is no claim: its main clause must follow the comma.
  if (SUBORDINATE.test(core) && !core.includes(', ')) return 'the reported claim does not start a clause';
  const claim = sentenceCase(ctx, lowerOpener(core));
  if (wordCount(claim) < 6) return 'the reported claim is too short';
  if (danglingPronoun(claim, speaker ?? undefined)) return 'the reported claim has a pronoun it does not explain';
  return { what: ` that ${quoted(claim).slice(1, -1)}`, words: quoted(claim), speakerPronoun: !!speaker };
}

/** The words naming the speaker for the evidence: the attribution itself, or a mention of the person in the paragraph. */
export function nameSpan(ctx: Context, q: QuoteFact, person: number): Span | null {
  const named = q.speakerMentions.find((m) => !/^(?:he|she|they|it|we|i)$/i.test(ctx.text.slice(m.start, m.end)));
  if (named) return named;
  if (person < 0) return null;
  const pi = paragraphAt(ctx.layout, q.start);
  const p = ctx.layout.paragraphs[pi];
  if (!p) return null;
  const ms = mentionsIn(ctx.people, person, p.start, p.start + p.text.length);
  // The nearest mention before the quote (its attribution), else the first one after it.
  return [...ms].reverse().find((m) => m.end <= q.start) ?? ms.find((m) => m.start >= q.end) ?? null;
}

/** Words the key's own name is made of: a prompt containing them gives the answer away. */
function namesIn(sp: Speaker, person: Person | undefined): string[] {
  const words = [sp.name, ...sp.aliases, ...(person ? [person.name, ...person.aliases] : [])]
    .flatMap((a) => a.split(/\s+/)).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w) && !/^(?:The|Secretary|State|President|Minister|General|Director)$/.test(w));
  return [...new Set(words)];
}

/** At most `max` questions (one fewer when a matching question already asks who said what). */
export function quoteQuestions(ctx: Context, max = MAX_QUOTE_QUESTIONS): SingleChoiceQuestion[] {
  const out: SingleChoiceQuestion[] = [];
  const perSpeaker = new Map<string, number>();
  let personQuotes = 0;
  const yesNo = { yes: 0, no: 0 };
  const { people } = ctx.people;
  ctx.facts.quotes.forEach((q, qi) => {
    if (out.length >= max) return;
    const what = `quote \u201c${q.text.slice(0, 40)}\u2026\u201d`;
    if (ctx.usedQuotes.has(qi)) { skip(ctx, what, 'another question already names its speaker'); return; }
    if (q.attribution === 'context') { skip(ctx, what, 'its speaker is only inferred from context'); return; }
    const sp = ctx.facts.speakers.find((s) => s.id === q.speakerId);
    if (!sp) { skip(ctx, what, 'no speaker'); return; }
    if ((perSpeaker.get(sp.id) ?? 0) >= MAX_PER_SPEAKER) { skip(ctx, what, 'enough questions about this speaker'); return; }
    const said = content(ctx, q);
    if (typeof said === 'string') { skip(ctx, what, said); return; }
    const pi = personOfSpeaker(ctx.people, sp);
    const person = people[pi];
    if (namesIn(sp, person).some((w) => new RegExp(`\\b${w}\\b`).test(said.what))) { skip(ctx, what, 'the words name their speaker'); return; }
    const name = nameSpan(ctx, q, pi);
    if (!name) { skip(ctx, what, 'the paragraph does not name its speaker'); return; }
    const cover = sentencesCovering(ctx.layout, Math.min(q.start, name.start), Math.max(q.end, name.end));
    const evidence = toEvidence(ctx.layout, cover, name);
    if (!evidence) { skip(ctx, what, 'its speaker is named in another paragraph'); return; }

    const who = speakerName(sp, ctx.text);
    const others = person ? people.filter((p) => !maySamePerson(p, person)) : [];
    const asWho = person && others.length >= 2 && personQuotes++ % YES_NO_EVERY !== YES_NO_EVERY - 1;
    let question: SingleChoiceQuestion;
    if (asWho) {
      const prompt = `Who said${said.what}?`;
      if (ctx.prompts.has(prompt)) return;
      if (givesAway(ctx, prompt)) { skip(ctx, what, 'its words show the answer of another question'); return; }
      const id = uniqueId(ctx, `quote-${slug(q.text.split(/\s+/).slice(0, 6).join(' '), 40)}`);
      const { choices, answer } = arrange(id, person.name, others.slice(0, 3).map((p) => p.name));
      question = {
        id, category: 'quote', kind: 'single-choice', prompt, choices, answer,
        explanation: `${upperFirst(who)} said it.`, evidence, points: 1,
      };
    } else {
      // Alternate "no" and "yes"; "no" needs someone surely outside the speaker's group. Never more "yes" than
      // "no" plus one: a run of questions that are all "yes" teaches nothing.
      if (yesNo.yes + yesNo.no >= MAX_YES_NO) { skip(ctx, what, 'enough yes/no questions'); return; }
      // "Did [a person] say that they …" for a group's words would not agree with its own pronoun.
      const wrong = yesNo.no <= yesNo.yes && !(said.speakerPronoun && !person) ? wrongSpeaker(sp, person, people) : null;
      if (!wrong && yesNo.yes > yesNo.no) { skip(ctx, what, 'a yes/no question here would be one more “yes”'); return; }
      const asked = wrong ? wrong.name : who;
      const prompt = `According to the article, did ${asked} say${said.what}?`;
      if (ctx.prompts.has(prompt)) return;
      if (givesAway(ctx, prompt)) { skip(ctx, what, 'its words show the answer of another question'); return; }
      const id = uniqueId(ctx, `quote-yes-no-${slug(q.text.split(/\s+/).slice(0, 6).join(' '), 40)}`);
      const choices = [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }];
      const explanation = wrong
        ? `No. The article gives these words to ${who}, not to ${wrong.name}.`
        : `Yes. The article gives these words to ${who}.`;
      question = { id, category: 'quote', kind: 'single-choice', prompt, choices, answer: wrong ? 'no' : 'yes', explanation, evidence, points: 1 };
    }
    if (question.answer === 'yes') yesNo.yes++;
    if (question.answer === 'no') yesNo.no++;
    ctx.prompts.add(question.prompt);
    ctx.usedQuotes.add(qi);
    perSpeaker.set(sp.id, (perSpeaker.get(sp.id) ?? 0) + 1);
    out.push(question);
  });
  return out;
}

/**
 * Someone who surely did not say it: another person (never an alias of the speaker), or, for a group,
 * organisation or unnamed source, a person the text ties to another country (a Russian president is no
 * "U.S. official"; Secretary of State Blinken may well be one, so he is never offered).
 */
function wrongSpeaker(sp: Speaker, person: Person | undefined, people: readonly Person[]): Person | null {
  if (person) return people.find((p) => !maySamePerson(p, person)) ?? null;
  const home = affiliationIn([sp.name, ...sp.aliases].join(' '));
  if (!home) return null;
  return people.find((p) => p.affiliation !== null && p.affiliation !== home) ?? null;
}

