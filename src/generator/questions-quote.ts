// Questions on what was said: "Who said …?" among the article's sources that surely are not the speaker,
// "Which of these did X say?" among other sources' claims, and "According to the article, did X say …?" with as
// many "no"s as "yes"es. The words a question shows come from content(), which keeps only whole clauses.
import type { Evidence, SingleChoiceQuestion } from '../format/types.js';
import type { Context } from './context.js';
import { givesAway, sentenceCase, skip, uniqueId } from './context.js';
import { arrange } from './distractors.js';
import { hashSeed } from '../quiz/random.js';
import type { QuoteFact } from './quotes.js';
import { IRREGULAR_PAST } from './lexicon.js';
import type { Claim, Source } from './questions-said.js';
import { claimChoice, namesSource, sourceOfQuote, speakerEvidence, surelyDistinct, whichChoices, whoChoices, wrongSources } from './questions-said.js';
import { coreClaim, danglingPronoun, lowerOpener, quoted, slug, trimQuotation, upperFirst, wordCount } from './wording.js';

/** Enough for the quotes of a long article: a quiz draws `count` questions from the file. */
const MAX_QUOTE_QUESTIONS = 10;
const MAX_PER_SPEAKER = 5;

// Verbs that report an order or a label, not a statement: "urged employees to …" is no claim to attribute.
const NOT_A_STATEMENT = /^(?:urged|urges|encouraged|encourages|reminded|reminds|asked|asks|advised|advises|called on|calls on|instructed|ordered|called|calls|described|describes|dubbed|termed)$/;
// Reported speech must open like a clause, not mid-phrase ("time, it was not …", "employees to get …").
// These openers start one by themselves: a name, a quotation, "there", "it", a subordinate clause
// ("once North Korea starts …, that number could …"). Any other opener is a noun phrase and needs its verb.
const CLAUSE_START = /^(?:[\p{Lu}\u201c"]|(?:there|it\s|once|if|when|while|after|before|because|although|unless|until|as soon as)\b)/u;
const SUBORDINATE = /^(?:once|if|when|while|after|before|because|although|unless|until|as soon as)\b/i;
// A noun phrase opening with one of these is plainly one ("the land on which … could …").
const DETERMINER_START = /^(?:the|a|an|this|that|these|those|some|many|most|all|no|none|every|each|more|less|fewer|one|two|three|several|both|neither|such|his|her|their|its|\p{N}[\p{N},.]*)$/u;
// A bare noun phrase never opens with an auxiliary ("is no indication …": its "there" was cut off), a pronoun, an
// infinitive, a participle or a preposition ("being with …", "to get …").
const NOT_A_SUBJECT = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|do|did|he|she|it|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your|to|in|on|at|of|for|with|by|from|into|over|under|about|after|before|during|since|until|through|across|against|among|amid|around|between|despite|near|toward|towards|upon|via|within|without|than|as|like|and|but|or|nor|so|yet|what|who|whom|whose|which|why|how|where|whether|not|also|\p{L}{2,}ing(?<!thing))$/u;
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
  // "But the unusual thing …, according to Nagle": a joining word opens no claim of its own.
  const whole = coreClaim(q.text);
  if (!whole) return 'the reported claim is too long to ask about';
  const core = whole.replace(/^(?:But|And|Or|So|Yet)\s+(?=\p{L})/u, '');
  const speaker = speakerPronoun(ctx, q, core);
  // After a joining word, or before "according to", a capitalised "The …" opens no more than the words it starts.
  const opener = core !== whole || q.attribution === 'according-to' ? lowerOpener(core) : core;
  if (!opensClause(core, !!speaker) || !opensClause(opener, !!speaker)) return 'the reported claim does not start a clause';
  // A subordinate clause alone is no claim: its main clause must follow the comma.
  if (SUBORDINATE.test(core) && !core.includes(', ')) return 'the reported claim does not start a clause';
  const claim = sentenceCase(ctx, lowerOpener(core));
  if (wordCount(claim) < 6) return 'the reported claim is too short';
  // "… called the evidence against her husband" and then “fabricated”: the article's quotation finishes the clause.
  const last = q.text.trim().split(/\s+/).at(-1)!.replace(/[^\p{L}\p{N}]+$/u, '');
  if (/^\s*[\u201c"]/.test(ctx.text.slice(q.end, q.end + 4)) && claim.endsWith(last)) return 'the reported claim is cut short';
  // "… after being declared an" (the article's quotation marks cut it): the clause stops before its end.
  if (/\s(?:a|an|the|of|to|in|on|at|for|with|as|by|from|and|or|but|that|his|her|their|its|our|my|your)$/i.test(claim)) return 'the reported claim is cut short';
  if (danglingPronoun(claim, speaker ?? undefined)) return 'the reported claim has a pronoun it does not explain';
  return { what: ` that ${quoted(claim).slice(1, -1)}`, words: quoted(claim), speakerPronoun: !!speaker };
}


type Form = 'who' | 'which' | 'yes-no';

interface Candidate {
  qi: number;
  q: QuoteFact;
  key: Source;
  said: Said;
  evidence: Evidence;
  /** Other sources to offer in "Who said …?" (fewer than two: not asked so). */
  who: string[];
  /** Other sources' claims for "Which of these did X say?" (null: not asked so). */
  which: Claim[] | null;
  claim: Claim;
  /** Sources that surely did not say it, for a "no". */
  wrong: Source[];
}

/** Claims a "Which of these" question chooses its wrong ones from: the first ones of the article are enough. */
const MAX_CLAIMS = 100;

/** Every quote a question may ask (while `wanted` says its speaker is still wanted), with the forms it can take. */
function* candidates(ctx: Context, wanted: (src: Source) => boolean): Generator<Candidate> {
  const claims: { claim: Claim; src: Source }[] = [];
  const own = new Map<Source, string[]>();
  const usable = ctx.facts.quotes.map((q, qi) => {
    const what = `quote \u201c${q.text.slice(0, 40)}\u2026\u201d`;
    const src = sourceOfQuote(ctx, q);
    if (src) own.set(src, [...(own.get(src) ?? []), q.text]);
    if (q.attribution === 'context') { skip(ctx, what, 'its speaker is only inferred from context'); return null; }
    if (!src) { skip(ctx, what, 'no speaker'); return null; }
    const said = content(ctx, q);
    if (typeof said === 'string') { skip(ctx, what, said); return null; }
    if (namesSource(said.what, src)) { skip(ctx, what, 'the words name their speaker'); return null; }
    const claim = claimChoice(said.words, q.direct, qi);
    // Among several sources' words "his country …" does not say whose country; words whose paragraph does not name
    // their speaker may be someone else's, so they are no sure wrong choice either.
    if (!said.speakerPronoun && claims.length < MAX_CLAIMS && speakerEvidence(ctx, q, src)) claims.push({ claim, src });
    return { q, qi, src, said, claim, what };
  });
  for (const u of usable) {
    if (!u) continue;
    const { q, qi, src, said, claim, what } = u;
    if (ctx.usedQuotes.has(qi)) { skip(ctx, what, 'another question already names its speaker'); continue; }
    if (!wanted(src)) { skip(ctx, what, 'enough questions about this speaker'); continue; }
    const evidence = speakerEvidence(ctx, q, src);
    if (!evidence) { skip(ctx, what, 'its paragraph does not name its speaker'); continue; }
    // Words another question already gives to their speaker (a matching pair) would tell that question's answer.
    const others = claims.filter((c) => c.src !== src && !ctx.usedQuotes.has(c.claim.qi) && surelyDistinct(src, c.src)).map((c) => c.claim);
    // "Did [a person] say that they …" for a group's words would not agree with its own pronoun.
    const wrong = wrongSources(ctx, src, said.what).filter((w) => !said.speakerPronoun || w.individual === src.individual);
    yield {
      qi, q, key: src, said, evidence, claim, wrong,
      who: whoChoices(ctx, src, said.what),
      which: said.speakerPronoun ? null : whichChoices(ctx, claim, src, others, own.get(src) ?? []),
    };
  }
}

/**
 * Questions on the article's quotes, at most `max`, in the article's order: "Who said …?" among sources that
 * surely are not the speaker, "Which of these did X say?" among other sources' claims, and "According to the
 * article, did X say …?", each form in turn as the quote allows. Yes/no items are about as many "no"s as "yes"es,
 * and a "no" names a source of the speaker's own kind where one surely did not say it, so
 * neither the answer nor the kind of source named gives the key away.
 */
export function quoteQuestions(ctx: Context, max = MAX_QUOTE_QUESTIONS): SingleChoiceQuestion[] {
  const made: { qi: number; question: SingleChoiceQuestion }[] = [];
  const perSpeaker = new Map<Source, number>();
  const count: Record<Form | 'yes' | 'no', number> = { who: 0, which: 0, 'yes-no': 0, yes: 0, no: 0 };
  /** How many "no"s each wrong source has been named in: the next "no" names another one. */
  const named = new Map<Source, number>();

  const formsOf = (c: Candidate): Form[] => [...(c.who.length >= 2 ? ['who' as const] : []), ...(c.which ? ['which' as const] : []), 'yes-no'];
  const promptOf = (c: Candidate, form: Form, wrong?: Source): string =>
    form === 'who' ? `Who said${c.said.what}?`
      : form === 'which' ? `Which of these did ${c.key.name} say, according to the article?`
        : `According to the article, did ${(wrong ?? c.key).name} say${c.said.what}?`;
  const wrongFor = (c: Candidate) => [...c.wrong].sort((a, b) => (named.get(a) ?? 0) - (named.get(b) ?? 0))
    .find((w) => !ctx.prompts.has(promptOf(c, 'yes-no', w)));
  const usable = (c: Candidate, form: Form, no = false): boolean => {
    const prompt = promptOf(c, form, no ? wrongFor(c) : undefined);
    return !(no && !wrongFor(c)) && !ctx.prompts.has(prompt) && (form === 'which' || !givesAway(ctx, prompt));
  };

  const add = (c: Candidate, form: Form, no = false) => {
    const wrong = no ? wrongFor(c) : undefined;
    const prompt = promptOf(c, form, wrong);
    const stem = slug(c.q.text.split(/\s+/).slice(0, 6).join(' '), 40);
    const id = uniqueId(ctx, `quote-${form === 'who' ? '' : `${form}-`}${stem}`);
    const base = { id, category: 'quote' as const, kind: 'single-choice' as const, prompt, evidence: c.evidence, points: 1 };
    let question: SingleChoiceQuestion;
    if (form === 'who') {
      question = { ...base, ...arrange(id, c.key.name, c.who), explanation: `${upperFirst(c.key.name)} said it.` };
    } else if (form === 'which') {
      question = {
        ...base, ...arrange(id, c.claim.text, c.which!.map((w) => w.text)),
        explanation: `The article gives ${c.said.words} to ${c.key.name}; the other words are other sources\u2019.`,
      };
    } else {
      question = {
        ...base, choices: [{ id: 'yes', text: 'Yes' }, { id: 'no', text: 'No' }], answer: wrong ? 'no' : 'yes',
        explanation: wrong ? `No. The article gives these words to ${c.key.name}, not to ${wrong.name}.` : `Yes. The article gives these words to ${c.key.name}.`,
      };
      if (wrong) named.set(wrong, (named.get(wrong) ?? 0) + 1);
      count[wrong ? 'no' : 'yes']++;
    }
    count[form]++;
    ctx.prompts.add(prompt);
    ctx.usedQuotes.add(c.qi);
    perSpeaker.set(c.key, (perSpeaker.get(c.key) ?? 0) + 1);
    made.push({ qi: c.qi, question });
  };
  const skipQuote = (c: Candidate, why: string) => skip(ctx, `quote \u201c${c.q.text.slice(0, 40)}\u2026\u201d`, why);

  const yesNo: Candidate[] = [];
  const asked = (src: Source) => (perSpeaker.get(src) ?? 0) + yesNo.filter((y) => y.key === src).length;
  for (const c of candidates(ctx, (src) => asked(src) < MAX_PER_SPEAKER)) {
    if (made.length + yesNo.length >= max) break;
    // Each form in turn (the one asked least so far first); yes/no is decided below, once all are known.
    const form = formsOf(c).sort((a, b) => count[a] - count[b]).find((f) => f === 'yes-no' || usable(c, f));
    if (form === 'yes-no') { count[form]++; yesNo.push(c); } else if (form) add(c, form);
  }

  // As many "no"s as "yes"es: a "no" where a source surely did not say the words, a "yes" first for words only a
  // "yes" can ask about. An odd one out is a "yes" or a "no" by the hash of its words, so over many quizzes neither wins.
  const canNo = yesNo.filter((c) => c.wrong.length > 0);
  const onlyYes = yesNo.filter((c) => c.wrong.length === 0);
  const extraYes = yesNo.length % 2 === 1 && hashSeed(`yes-no:${yesNo[0]!.q.text}`) % 2 === 0 ? 1 : 0;
  const nNo = Math.min(canNo.length, Math.floor(yesNo.length / 2) + (yesNo.length % 2) - extraYes);
  const nYes = Math.min(yesNo.length - nNo, nNo + extraYes);
  const answers = new Map<Candidate, 'yes' | 'no'>();
  canNo.slice(0, nNo).forEach((c) => answers.set(c, 'no'));
  [...onlyYes, ...canNo.slice(nNo)].slice(0, nYes).forEach((c) => answers.set(c, 'yes'));
  // The "no"s first: a "yes" is asked only while the "no"s made allow it.
  let yesRoom = extraYes;
  for (const answer of ['no', 'yes'] as const) {
    for (const c of yesNo) {
      if (answers.get(c) !== answer) continue;
      const ok = (answer === 'no' || yesRoom > 0) && usable(c, 'yes-no', answer === 'no');
      if (ok) {
        add(c, 'yes-no', answer === 'no');
        if (answer === 'no') yesRoom = count.no + extraYes - count.yes; else yesRoom--;
      } else answers.delete(c);
    }
  }
  for (const c of yesNo) {
    if (answers.has(c)) continue;
    // No room for one more "yes": another form if the quote allows one, else it is left out.
    const other = formsOf(c).find((f) => f !== 'yes-no' && usable(c, f));
    if (other) add(c, other);
    else skipQuote(c, 'a yes/no question here would be one more \u201cyes\u201d than \u201cno\u201d, or show another answer');
  }
  return made.sort((a, b) => a.qi - b.qi).map((m) => m.question);
}
