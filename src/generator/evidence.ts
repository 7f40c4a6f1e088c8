// Where things are: paragraphs and sentences of the article (file offsets), and the conversion of a file
// span into format-1 evidence (paragraph index, offsets into that paragraph's text, highlight).
import type { Article, Paragraph, Span } from './article.js';
import { byParagraph, splitSentences } from './article.js';
import type { Evidence } from '../format/types.js';
import { findQuoteSegments } from './quoteMarks.js';
import { countLeading } from './search.js';

export interface Layout {
  text: string;
  paragraphs: readonly Paragraph[];
  /** Every sentence of the body in order, file offsets; direct quotes are not split inside. */
  sentences: Span[];
}

export function buildLayout(article: Article): Layout {
  const { text, paragraphs } = article;
  const perParagraph = byParagraph(findQuoteSegments(text, paragraphs), paragraphs.length);
  const sentences: Span[] = [];
  paragraphs.forEach((p, pi) => {
    const opaque = perParagraph[pi]!.map((s) => ({ start: s.open, end: s.outerEnd }));
    sentences.push(...splitSentences(text, p.start, p.start + p.text.length, opaque));
  });
  return { text, paragraphs, sentences };
}

/** Index of the last item whose start is <= at, or -1. */
function lastStartingAtOrBefore(items: readonly { start: number }[], at: number): number {
  return countLeading(items, (item) => item.start <= at) - 1;
}

/** The paragraph holding file offset `at`, or -1 (before the first paragraph or in a gap). */
export function paragraphAt(layout: Layout, at: number): number {
  const i = lastStartingAtOrBefore(layout.paragraphs, at);
  const p = layout.paragraphs[i];
  return p && at < p.start + p.text.length ? i : -1;
}

/** The sentence holding `at`; falls back to a zero-length span. */
export function sentenceAt(layout: Layout, at: number): Span {
  const s = layout.sentences[lastStartingAtOrBefore(layout.sentences, at)];
  return s && at < s.end ? s : { start: at, end: at };
}

/** Where the sentence before the one holding `at` starts (its own start for the first one). */
export function previousSentenceStart(layout: Layout, at: number): number {
  const i = lastStartingAtOrBefore(layout.sentences, at);
  return layout.sentences[Math.max(0, i - 1)]?.start ?? at;
}

/** The sentences from the one holding `start` to the one holding `end - 1`, as one span. */
export function sentencesCovering(layout: Layout, start: number, end: number): Span {
  const a = sentenceAt(layout, start);
  const b = sentenceAt(layout, Math.max(start, end - 1));
  return { start: Math.min(a.start, start), end: Math.max(b.end, end) };
}

/**
 * Format-1 evidence for a file span and the answer's words inside it. Null when the span crosses a
 * paragraph break or the highlight falls outside it: such evidence cannot be stored.
 */
export function toEvidence(layout: Layout, span: Span, highlight: Span): Evidence | null {
  const pi = paragraphAt(layout, span.start);
  if (pi < 0 || paragraphAt(layout, span.end - 1) !== pi) return null;
  if (highlight.start < span.start || highlight.end > span.end || highlight.end <= highlight.start) return null;
  const base = layout.paragraphs[pi]!.start;
  return {
    paragraph: pi,
    start: span.start - base,
    end: span.end - base,
    highlight: { start: highlight.start - base, end: highlight.end - base },
  };
}
