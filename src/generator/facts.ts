// Fact extraction entry point: dates, measures and quotes (with speakers) from an article's text.
// Pure and deterministic; no Node APIs, so it runs in the browser too.
import type { Article, Dateline, Span } from './article.js';
import { byParagraph, parseArticle, splitSentences } from './article.js';
import type { DateEvent, DateFact } from './dates.js';
import { extractDates } from './dates.js';
import type { Speaker, SpeakerKind } from './entities.js';
import type { MeasureFact } from './measures.js';
import { extractMeasures } from './measures.js';
import { findQuoteSegments } from './quoteMarks.js';
import type { Attribution, QuoteFact } from './quotes.js';
import { extractQuotes } from './quotes.js';
import type { MeasureCategory } from './units.js';

export type { Article, Attribution, DateEvent, DateFact, Dateline, MeasureCategory, MeasureFact, QuoteFact, Span, Speaker, SpeakerKind };

export interface Facts {
  dateline: Dateline | null;
  dates: DateFact[];
  measures: MeasureFact[];
  quotes: QuoteFact[];
  /** Speakers referred to by quotes[].speakerId (only those that are quoted). */
  speakers: Speaker[];
}

export function extractFacts(text: string): Facts {
  const article = parseArticle(text);
  return extractFactsFromArticle(article);
}

export function extractFactsFromArticle(article: Article): Facts {
  const { text, paragraphs } = article;
  const segments = findQuoteSegments(text, paragraphs);
  const sentences: Span[] = [];
  const perParagraph = byParagraph(segments, paragraphs.length);
  paragraphs.forEach((p, pi) => {
    const opaque = perParagraph[pi]!.map((s) => ({ start: s.open, end: s.outerEnd }));
    sentences.push(...splitSentences(text, p.start, p.start + p.text.length, opaque));
  });
  const first = paragraphs[0];
  const body: Span = { start: first ? first.start : text.length, end: text.length };
  const dates = extractDates(text, body, article.dateline, sentences);
  const measures = extractMeasures(text, body, sentences);
  const { quotes, speakers } = extractQuotes(article, segments);
  const quoted = new Set(quotes.map((q) => q.speakerId));
  return {
    dateline: article.dateline,
    dates,
    // A year inside a measure ("1,200 km") or a measure that is a date are kept apart by their patterns.
    measures,
    quotes,
    speakers: speakers.filter((s) => quoted.has(s.id)),
  };
}
