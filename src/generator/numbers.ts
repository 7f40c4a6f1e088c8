// Number words and numerals as written in news copy: "19", "1,200", "6.1 million", "nineteen", "twenty-five".

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const UNIT_WORDS = Object.keys(UNITS).filter((w) => w !== 'dozen' && w !== 'zero').join('|');
const TEN_WORDS = Object.keys(TENS).join('|');

/** Regex source for a spelled-out number up to the hundreds: "nineteen", "twenty-five", "a hundred"
 * ("two hundred and four hundred" is a range, not 20,400). */
export const WORD_NUMBER_SRC =
  `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|zero|a dozen|dozen)(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS})(?!\\s+hundred))?)?`;

/** Regex source for a numeral with thousands separators or decimals: "1,200", "6.1", ".5". */
export const NUMERAL_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|\s+[1-9]\/[1-9]|[½¼¾])?|\.\d+|[1-9]\/[1-9]|[½¼¾]`;

/** Scale word following a number: "6.1 million". */
export const SCALE_SRC = String.raw`(?:hundred|thousand|million|billion|trillion)`;

/** Parses a numeral or number-word phrase with an optional trailing scale word; NaN if not a number. */
export function parseNumber(raw: string): number {
  const s = raw.toLowerCase().replace(/[\u2010-\u2013]/g, '-').trim();
  const m = /^(.*?)(?:\s+(hundred|thousand|million|billion|trillion))?$/.exec(s);
  if (!m) return NaN;
  const head = m[1]!;
  const scale = m[2] ? SCALES[m[2]]! : 1;
  let n: number;
  const frac = /^(?:(\d+)\s*)?(?:(\d)\/(\d)|([½¼¾]))$/.exec(head);
  if (frac) {
    const f = frac[4] ? { '½': 0.5, '¼': 0.25, '¾': 0.75 }[frac[4]]! : Number(frac[2]) / Number(frac[3]);
    n = Number(frac[1] ?? 0) + f;
  } else if (/^[\d,]*\.?\d+$/.test(head)) n = Number(head.replace(/,/g, ''));
  else n = parseWords(head);
  return n * scale;
}

function parseWords(s: string): number {
  const words = s.replace(/\band\b/g, ' ').split(/[\s-]+/).filter(Boolean);
  if (words.length === 0) return NaN;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w === 'a' || w === 'an') { current += current === 0 ? 1 : 0; continue; }
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) { total += (current || 1) * SCALES[w]!; current = 0; }
    else return NaN;
  }
  return total + current;
}
