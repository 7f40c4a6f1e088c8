// The authoring page's input: pasted article text and a publication date -> the generator's input text
// (" date YYYY-MM[-DD]", a newline, paragraphs separated by blank lines). Pure: no DOM, no Node APIs.

/** The same limit as the command line (src/cli/article-file.ts). */
export const MAX_BYTES = 5 * 1024 * 1024;

export type DatePrecision = 'year' | 'month' | 'day';

export interface PublicationDate {
  value: string;
  precision: DatePrecision;
}

export type InputProblem = 'empty' | 'too-large' | 'no-date' | 'bad-date';

export type GeneratorInput =
  | {
      ok: true;
      /** The text to give generateQuiz. */
      input: string;
      published: PublicationDate;
      /** Where the date came from: a " date …" first line of the pasted text, or the date field. */
      dateFrom: 'text' | 'field';
      paragraphs: string[];
    }
  | {ok: false; problem: InputProblem; message: string};

export const MESSAGES = {
  empty: "Paste the article's text first.",
  noDate: 'Enter the date the article was published: the quiz needs it to work out dates such as “Tuesday” or “last year”.',
} as const;

// The generator's own dateline (src/generator/article.ts), and a looser one to explain a broken first line.
const DATELINE = /^[ \t\uFEFF]*date[ \t]+(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?![\d-])/;
const DATELINE_LIKE = /^[ \t\uFEFF]*date[ \t]+(\d[^\s]*)/;

/**
 * Reads a publication date as a person types it, or as `<input type="date">` gives it: `YYYY-MM-DD`,
 * or `YYYY-MM`; with `monthOnly` a full date keeps only its month. Null when it is not a real date.
 */
export function parseDate(value: string, monthOnly = false, allowYear = false): PublicationDate | null {
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1000) return null;
  if (mo === undefined) return allowYear ? {value: y!, precision: 'year'} : null;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (d === undefined || monthOnly) return {value: `${y}-${mm}`, precision: 'month'};
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return {value: `${y}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day'};
}

/** UTF-8 size of a string (at least its length, which is returned when that is over the limit already). */
export function utf8Bytes(text: string): number {
  // Every UTF-16 unit takes one to three bytes (a surrogate pair, two units, takes four): past the limit
  // in units is past it in bytes.
  if (text.length > MAX_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

const TERMINAL = /[.!?:;"'”’»)\]…]$/;

/**
 * Paragraphs from pasted text. Blank lines separate paragraphs (line endings of any system, lines of
 * spaces count as blank). Without any blank line, text copied from a word processor has one paragraph per
 * line: lines are paragraphs when they are long (not wrapped for e-mail) or most end a sentence.
 * Otherwise, and inside a paragraph, single line breaks are hard wraps and become spaces.
 */
export function splitPastedParagraphs(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[\u2028\v\f\u0085]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''));
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') {
      if (blocks.at(-1)!.length) blocks.push([]);
    } else blocks.at(-1)!.push(line.trim());
  }
  const nonEmpty = blocks.filter((b) => b.length > 0);
  if (nonEmpty.length === 1 && nonEmpty[0]!.length > 1) {
    const only = nonEmpty[0]!;
    const ended = only.slice(0, -1).filter((line) => TERMINAL.test(line)).length;
    const meanLength = only.reduce((sum, line) => sum + line.length, 0) / only.length;
    if (meanLength > 100 || ended >= 0.75 * (only.length - 1)) return only;
  }
  return nonEmpty.map((block) => block.join(' '));
}

/**
 * The generator's input from what the user gave: the pasted text (which may start with its own
 * ` date …` line: that one is used) and the date field (`YYYY-MM-DD` or `YYYY-MM`; `monthOnly` drops the day).
 * Explains, never throws: empty text, too large, no date, a date that is not one.
 */
export function buildGeneratorInput(text: string, date: string, monthOnly: boolean): GeneratorInput {
  const bytes = utf8Bytes(text);
  if (bytes > MAX_BYTES) {
    return {
      ok: false,
      problem: 'too-large',
      message: `The text is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit. Paste one article at a time.`,
    };
  }
  let body = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  let published: PublicationDate | null = null;
  let dateFrom: 'text' | 'field' = 'field';
  const own = DATELINE.exec(body);
  const ownLike = DATELINE_LIKE.exec(body);
  if (own) {
    published = parseDate(own[0].replace(/^\s*date\s+/, ''), false, true);
    if (!published) return badDate(`The first line of the text, “${own[0].trim()}”, is not a real date.`);
    dateFrom = 'text';
    body = body.slice(own[0].length);
  } else if (ownLike) {
    return badDate(`The first line of the text, “${ownLike[0].trim()}”, is not a date the quiz can read.`);
  }
  const paragraphs = splitPastedParagraphs(body);
  if (paragraphs.length === 0) return {ok: false, problem: 'empty', message: MESSAGES.empty};
  if (!published) {
    if (date.trim() === '') return {ok: false, problem: 'no-date', message: MESSAGES.noDate};
    published = parseDate(date, monthOnly);
    if (!published) return badDate(`“${date.trim()}” is not a date.`);
  }
  return {ok: true, input: ` date ${published.value}\n${paragraphs.join('\n\n')}\n`, published, dateFrom, paragraphs};
}

function badDate(what: string): GeneratorInput {
  return {
    ok: false,
    problem: 'bad-date',
    message: `${what} Enter the publication date as year-month-day (2017-09-19), or year and month (2017-09) with “Month only”.`,
  };
}
