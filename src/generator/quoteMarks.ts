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

export function findQuoteSegments(text: string, paragraphs: readonly Paragraph[]): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let previousLeftOpen = false;
  paragraphs.forEach((p, pi) => {
    const paraEnd = p.start + p.text.length;
    let openAt = -1;
    const finish = (closeAt: number, closed: boolean) => {
      let s = openAt + 1;
      let e = closeAt;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) {
        out.push({
          start: s, end: e, open: openAt, outerEnd: closed ? closeAt + 1 : paraEnd, closed, paragraph: pi,
          continuesPrevious: previousLeftOpen && openAt === p.start,
        });
      }
      openAt = -1;
    };
    for (let i = p.start; i < paraEnd; i++) {
      const c = text[i]!;
      let role: 'open' | 'close' | null = null;
      if (OPENERS.has(c)) role = 'open';
      else if (CLOSERS.has(c)) role = openAt >= 0 ? 'close' : null;
      else if (c === '"') role = straightRole(text, i, openAt >= 0, p.start, paraEnd);
      if (role === 'open') {
        if (openAt >= 0) finish(i, false); // a new opening mark ends an unclosed segment
        openAt = i;
      } else if (role === 'close' && openAt >= 0) {
        finish(i, true);
      }
    }
    const leftOpen = openAt >= 0;
    if (leftOpen) finish(paraEnd, false);
    previousLeftOpen = leftOpen;
  });
  return out;
}
