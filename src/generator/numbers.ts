// Number grammar as written in news copy: numerals ("19", "1,200", "6.1"), words ("nineteen", "forty-two",
// "a hundred"), a numeral or word with a scale word ("2.5 million", "14-hundred", "fifteen hundred"), "and a half",
// and fractions of a unit ("half a", "a quarter of a", "three-100ths of a", "two-thirds of an").

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Denominators of a fraction word: "half", "third(s)", "quarter(s)", "tenth(s)", "hundredth(s)". */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
};

const UNIT_WORDS = Object.keys(UNITS).filter((w) => w !== 'dozen' && w !== 'zero').join('|');
const TEN_WORDS = Object.keys(TENS).join('|');

/** Regex source for a spelled-out number up to the hundreds: "nineteen", "twenty-five", "a hundred"
 * ("two hundred and four hundred" is a range, not 20,400). */
const BELOW_HUNDRED = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS})`;
const HUNDRED_TAIL = `\\s+hundred(?:\\s+(?:and\\s+)?${BELOW_HUNDRED}(?!\\s+hundred))?`;
export const WORD_NUMBER_SRC =
  `(?:(?:${BELOW_HUNDRED}|zero|a dozen|dozen)(?:${HUNDRED_TAIL})?|an?${HUNDRED_TAIL}|an?\\s+thousand)`;

/** Regex source for a numeral with thousands separators or decimals: "1,200", "6.1", ".5". */
export const NUMERAL_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|\s+[1-9]\/[1-9]|[½¼¾])?|\.\d+|[1-9]\/[1-9]|[½¼¾]`;

/** Scale word following a number: "6.1 million". */
export const SCALE_SRC = String.raw`(?:hundred|thousand|million|billion|trillion)`;

/** A full number: numeral or words, an optional scale word after a space or hyphen ("14-hundred"), and an
 * optional "and a half" ("two and a half"). */
export const NUMBER_SRC =
  `(?:(?:${NUMERAL_SRC})|${WORD_NUMBER_SRC})(?:[\\s-]+${SCALE_SRC}(?![\\s-]+${SCALE_SRC}))?(?:[\\s-]+and[\\s-]+a[\\s-]+half)?`;

const DENOMINATOR_SRC = `(?:${Object.keys(DENOMINATORS).map((w) => (w === 'half' || w === 'halves' ? w : `${w}s?`)).join('|')}|\\d+(?:st|nd|rd|th)s?)`;

/** Regex source for a fraction of one unit, up to the unit: "half a ", "a quarter of a ", "three-100ths of a ",
 * "two-thirds of an ". Group 1: the numerator (may be empty), group 2: the denominator word. */
export const FRACTION_SRC =
  `(?:(?:(${WORD_NUMBER_SRC}|\\d+|an?)[\\s-]+)?(${DENOMINATOR_SRC})\\s+of\\s+(?:an?|one)|(half)\\s+(?:an?|one))\\s+`;

/** The value of a fraction phrase from FRACTION_SRC's groups: ("three", "100ths") -> 0.03; NaN if unreadable. */
export function parseFraction(numerator: string | undefined, denominator: string): number {
  const num = !numerator || /^an?$/i.test(numerator) ? 1 : parseNumber(numerator);
  const d = denominator.toLowerCase();
  const digits = /^(\d+)/.exec(d)?.[1];
  if (digits && !numerator) return NaN; // "the 5th of a month" is a day, not a fifth
  const den = DENOMINATORS[d] ?? DENOMINATORS[d.replace(/s$/, '')] ?? Number(digits);
  return den > 0 ? num / den : NaN;
}

/** Parses a numeral or number-word phrase with an optional trailing scale word; NaN if not a number. */
export function parseNumber(raw: string): number {
  const s = raw.toLowerCase().replace(/[\u2010-\u2013]/g, '-').replace(/\s+/g, ' ').trim();
  const half = /^(.*?)[\s-]+and[\s-]+a[\s-]+half$/.exec(s);
  if (half) return parseNumber(half[1]!) + 0.5;
  const m = /^(.*?)(?:[\s-]+(hundred|thousand|million|billion|trillion)|(?<=\d)(m|mn|bn))?$/.exec(s);
  if (!m) return NaN;
  const head = m[1]!;
  const scale = m[2] ? SCALES[m[2]]! : m[3] ? (m[3] === 'bn' ? 1e9 : 1e6) : 1; // "1.5m" = 1.5 million
  let n: number;
  const frac = /^(?:(\d+)\s*)?(?:(\d)\/(\d)|([½¼¾]))$/.exec(head);
  if (frac) {
    const f = frac[4] ? { '½': 0.5, '¼': 0.25, '¾': 0.75 }[frac[4]]! : Number(frac[2]) / Number(frac[3]);
    n = Number(frac[1] ?? 0) + f;
  } else if (/^[\d,]*\.?\d+$/.test(head)) n = Number(head.replace(/,/g, ''));
  else if (head === 'a' || head === 'an') n = 1; // "a hundred"
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
