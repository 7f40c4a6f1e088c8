// Finds direct-quote segments: one per opening quotation mark, straight or curly, mixed as published.
import type { Paragraph } from './article.js';

export interface QuoteSegment {
  /** Offsets of the quoted words, quotation marks excluded. */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote is left open. */
  outerEnd: number;
  closed: boolean;
  paragraph: number;
  /** The segment opens a paragraph right after a quote left open at the previous paragraph's end. */
  continuesPrevious: boolean;
}

const OPENERS = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSERS = new Set(['\u201d', '\u00bb']);

/** Decides the role of a straight double quote from its neighbours, falling back to the open/closed state. */
function straightRole(text: string, i: number, isOpen: boolean, paraStart: number, paraEnd: number): 'open' | 'close' {
  const prev = i > paraStart ? text[i - 1]! : ' ';
  const next = i + 1 < paraEnd ? text[i + 1]! : ' ';
  const prevSpace = /[\s(\[\u2014\u2013\-/]/.test(prev);
  const nextSpace = /[\s.,;:!?)\]\u2014\u2013]/.test(next);
  if (prevSpace && !nextSpace) return 'open';
  if (!prevSpace && nextSpace) return 'close';
  return isOpen ? 'close' : 'open';
}

/** A single mark that opens a quote: after a space, bracket or dash, before a word that is no elision ('90s, 'em). */
function singleOpens(text: string, i: number, paraStart: number, paraEnd: number): boolean {
  const prev = i > paraStart ? text[i - 1]! : ' ';
  if (!/[\s(\[\u2014\u2013\-/"\u201c]/.test(prev) || i + 1 >= paraEnd) return false;
  const rest = text.slice(i + 1, i + 5);
  return /^[\p{L}\p{N}\u2026]/u.test(rest) && !/^(?:\d0s|em\b|tis\b|twas\b|n\b|cause\b|til\b)/i.test(rest);
}

/**
 * A single mark that may close a quote: after a word or punctuation, before a space or punctuation. After an "s"
 * and before a space it may be a plural possessive ("the players' union"): a weak close, taken only when no
 * other close follows.
 */
function singleCloses(text: string, i: number, paraEnd: number): 'strong' | 'weak' | null {
  const prev = text[i - 1]!;
  const next = i + 1 < paraEnd ? text[i + 1]! : ' ';
  if (/\s/.test(prev) || /[\p{L}\p{N}]/u.test(next)) return null;
  return prev === 's' && /\s/.test(next) ? 'weak' : 'strong';
}

export function findQuoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let previousLeftOpen = false;
  paragraphs.forEach((p, pi) => {
    const paraEnd = p.start + p.text.length;
    let openAt = -1;
    // Double marks quote in American style, single marks in British style; the other kind nests inside.
    let kind: 'double' | 'single' | null = null;
    let weakClose = -1;
    const finish = (closeAt: number, closed: boolean, markLength = 1) => {
      let s = openAt + 1;
      let e = closeAt;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        out.push({
          start: s, end: e, open: openAt, outerEnd: closed ? closeAt + markLength : paraEnd, closed, paragraph: pi,
          continuesPrevious: previousLeftOpen && openAt === p.start,
        });
      }
      openAt = -1;
      kind = null;
      weakClose = -1;
    };
    for (let i = p.start; i < paraEnd; i++) {
      const c = text[i]!;
      if (c === '\u2018' || c === '\u2019' || c === "'") {
        // Two apostrophes close a double quotation in some wire copy ("… on these fires,'' said …").
        if (kind === 'double' && c === "'" && text[i + 1] === "'") {
          finish(i, true, 2);
          i++;
          continue;
        }
        if (kind === 'double') continue;
        if (kind === 'single') {
          const close = c === '\u2018' ? null : singleCloses(text, i, paraEnd);
          if (close === 'strong') finish(i, true);
          else if (close === 'weak' && weakClose < 0) weakClose = i;
          else if (!close && weakClose >= 0 && singleOpens(text, i, p.start, paraEnd)) { finish(weakClose, true); openAt = i; kind = 'single'; }
        } else if (c !== '\u2019' && singleOpens(text, i, p.start, paraEnd)) {
          openAt = i;
          kind = 'single';
        }
        continue;
      }
      let role: 'open' | 'close' | null = null;
      if (OPENERS.has(c)) role = 'open';
      else if (CLOSERS.has(c)) role = openAt >= 0 ? 'close' : null;
      else if (c === '"') role = straightRole(text, i, openAt >= 0, p.start, paraEnd);
      if (role === null || kind === 'single') continue;
      if (role === 'open') {
        if (openAt >= 0) finish(i, false); // a new opening mark ends an unclosed segment
        openAt = i;
        kind = 'double';
      } else if (role === 'close' && openAt >= 0) {
        finish(i, true);
      }
    }
    // A single mark never closed was an apostrophe, unless a weak close ("… the players' ") ends it or it opens
    // the paragraph: a quote running on into the next paragraph, as British copy does.
    if (kind === 'single') {
      if (weakClose >= 0) finish(weakClose, true);
      else if (openAt !== p.start) { openAt = -1; kind = null; }
    }
    const leftOpen = openAt >= 0;
    if (leftOpen) finish(paraEnd, false);
    previousLeftOpen = leftOpen;
  });
  return out;
}
