/** Numbers as students type them and as answers show them; no units here, so this stays small. */

export type NumberParse = {ok: true; value: number} | {ok: false; reason: 'empty' | 'not-a-number'};

// Digits with optional thousands separators and a decimal point (as normalised below); nothing else.
const NUMBER_PATTERN = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

/**
 * Reads what a student typed. With the English decimal point, `19`, `19.0`, ` 19 ` and `1,200` are numbers;
 * with a decimal comma (French, German, …) `19,5` is 19.5 and `1 200` or `1.200` is 1200. `forty` is not a number.
 */
export function parseNumber(raw: string, decimal: '.' | ',' = '.'): NumberParse {
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, (space) => (decimal === ',' || space === "'" ? '' : space));
  if (text === '') return {ok: false, reason: 'empty'};
  // Swap the separators so one pattern reads both conventions: "1.200,5" becomes "1,200.5".
  if (decimal === ',') text = text.replace(/[.,]/g, (c) => (c === ',' ? '.' : ','));
  if (!NUMBER_PATTERN.test(text)) return {ok: false, reason: 'not-a-number'};
  return {ok: true, value: Number(text.replace(/,/g, ''))};
}

/** The decimal separator of a language: "," for fr or de, "." for en. */
export function decimalSeparator(language: string): '.' | ',' {
  try {
    return new Intl.NumberFormat(language).formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/** Rounds for display so conversions read naturally ("30.6", not "30.577536"). */
export function roundForDisplay(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return String(rounded);
}
