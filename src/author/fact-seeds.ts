// What the authoring page needs to make a question from any fact of the facts table: the fact's answer (a date,
// a measure in one of the format's units, a speaker) and its evidence in the question file's terms (paragraph,
// offsets in it, the answer's words highlighted). Computed next to the generator (in its worker), sent to the
// page as plain data, one entry per row of each table (null where no question kind fits the fact).
import type {Evidence, Unit} from '../format/types.js';
import {dimensionOf} from '../format/types.js';
import {parseArticle, splitSentences, type Span} from '../generator/article.js';
import type {Facts} from '../generator/facts.js';

export type FactSeed =
  | {kind: 'date'; text: string; value: string; evidence: Evidence}
  | {kind: 'measure'; text: string; value: number; unit: Unit; category: 'distance' | 'measure'; evidence: Evidence}
  | {kind: 'quote'; speaker: string; words: string; direct: boolean; evidence: Evidence};

/** Aligned with FactRows: `dates[i]` is the seed of the i-th date row. */
export interface FactSeeds {
  dates: (FactSeed | null)[];
  measures: (FactSeed | null)[];
  quotes: (FactSeed | null)[];
}

export function factSeeds(facts: Facts, input: string): FactSeeds {
  const paragraphs = parseArticle(input).paragraphs;
  const sentences = new Map<number, Span[]>();
  const paragraphAt = (at: number): number => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    const p = paragraphs[lo];
    return p && p.start <= at && at < p.start + p.text.length ? lo : -1;
  };
  /** The sentences of the paragraph covering `focus` (and `also`, when in the same paragraph), `focus` highlighted. */
  const evidence = (focus: Span, also: readonly Span[] = []): Evidence | null => {
    const pi = paragraphAt(focus.start);
    if (pi < 0 || paragraphAt(focus.end - 1) !== pi) return null;
    const p = paragraphs[pi]!;
    let list = sentences.get(pi);
    if (!list) sentences.set(pi, (list = splitSentences(input, p.start, p.start + p.text.length)));
    let start = focus.start;
    let end = focus.end;
    for (const s of also) {
      if (paragraphAt(s.start) !== pi || paragraphAt(s.end - 1) !== pi) continue;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
    const first = list.find((s) => s.end > start);
    const last = list.filter((s) => s.start < end).at(-1);
    start = Math.min(start, first?.start ?? start);
    end = Math.max(end, last?.end ?? end);
    return {paragraph: pi, start: start - p.start, end: end - p.start, highlight: {start: focus.start - p.start, end: focus.end - p.start}};
  };
  const seed = <T extends FactSeed>(e: Evidence | null, make: (e: Evidence) => T): T | null => (e ? make(e) : null);
  return {
    dates: facts.dates.map((d) => (d.value ? seed(evidence(d), (e) => ({kind: 'date', text: d.text, value: d.value!, evidence: e})) : null)),
    measures: facts.measures.map((m) => {
      const unit = dimensionOf(m.unit) ? (m.unit as Unit) : null;
      if (!unit || m.valueMin !== undefined) return null;
      // The article's own conversion right after ("30 kilometres (19 miles)") is hidden with the answer.
      const focus = {start: m.start, end: m.converted?.end ?? m.end};
      const category = m.category === 'distance' ? 'distance' : 'measure';
      return seed(evidence(focus), (e) => ({kind: 'measure', text: m.text, value: m.value, unit, category, evidence: e}));
    }),
    quotes: facts.quotes.map((q) => {
      // The speaker's name is the answer: highlighted, and the quote always shown with it.
      const name = q.speakerMentions.find((s) => paragraphAt(s.start) === paragraphAt(q.start));
      const words = q.text.trim();
      return seed(evidence(name ?? q, [q]), (e) => ({kind: 'quote', speaker: q.speaker, words, direct: q.direct, evidence: e}));
    }),
  };
}
