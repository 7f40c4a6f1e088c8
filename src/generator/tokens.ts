// A small tokenizer for one sentence: words, punctuation and whole direct-quote segments, with offsets.
import type { QuoteSegment } from './quoteMarks.js';
import { countLeading } from './search.js';

export interface Item {
  type: 'w' | 'p' | 'q';
  text: string;
  start: number;
  end: number;
  /** Index of the quote segment for type 'q'. */
  seg?: number;
}

// Abbreviations that keep their final period inside the token.
const ABBR = /^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|St|Jr|Sr|Rev|Mt|Ft|No|Bldg|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Corp|Inc|Co|Ltd|Gov|Pres|Dept|Supt|Insp|Det|Cpl|Pvt|Brig|Cmdt)$/;

const WORD = /[\p{L}\p{N}]+(?:(?:['\u2019\-.]|(?<=\d),(?=\d{3}))[\p{L}\p{N}]+)*/uy;

/**
 * Tokenizes text[start, end); quote segments (with their marks) become single 'q' items so that
 * attribution rules see `"...," said X` as [q , said X].
 */
export function tokenize(text: string, start: number, end: number, segments: readonly QuoteSegment[]): Item[] {
  const out: Item[] = [];
  // First segment ending after `start` (binary search keeps long articles linear).
  let s = countLeading(segments, (seg) => seg.outerEnd <= start);
  let i = start;
  while (i < end) {
    const seg = segments[s];
    if (seg && seg.open <= i && i < seg.outerEnd) {
      out.push({ type: 'q', text: text.slice(seg.start, seg.end), start: seg.start, end: seg.end, seg: s });
      i = Math.min(seg.outerEnd, end);
      // Punctuation inside the closing mark (",”") belongs to the quote; skip to after the segment.
      s++;
      continue;
    }
    if (seg && seg.open < i) { s++; continue; }
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let w = m[0];
      let e = i + w.length;
      // A middle initial keeps its period too: "Jeffrey H. Wood" is one name.
      const initial = /^\p{Lu}$/u.test(w) && /^\.\s+\p{Lu}\p{Ll}/u.test(text.slice(e, e + 4));
      if (text[e] === '.' && (ABBR.test(w) || /^(?:\p{L}\.)+\p{L}$/u.test(w) || initial)) { w += '.'; e++; }
      out.push({ type: 'w', text: w, start: i, end: e });
      i = e;
    } else {
      out.push({ type: 'p', text: c, start: i, end: i + 1 });
      i++;
    }
  }
  return out;
}

export const isWord = (it: Item | undefined, re?: RegExp): boolean =>
  !!it && it.type === 'w' && (re ? re.test(it.text) : true);
export const isPunct = (it: Item | undefined, chars: string): boolean =>
  !!it && it.type === 'p' && chars.includes(it.text);
export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
export const lower = (w: string): string => w.toLowerCase().replace(/\u2019/g, "'");
export const stripPossessive = (w: string): string => w.replace(/['\u2019]s$/, '');
export const isPossessive = (w: string): boolean => /['\u2019]s$/.test(w);
