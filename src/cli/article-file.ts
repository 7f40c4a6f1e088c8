// Reading an article file safely: a clear message naming the file for every way it can be unusable.
import { readFileSync, statSync } from 'node:fs';

export const MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {}

/** For runCli: a problem with the input exits 1; anything else is a bug and is thrown. */
export function inputErrorCode(error: unknown): number {
  if (error instanceof InputError) return 1;
  throw error;
}

/** Reads and validates an article file: exists, not empty, not binary, valid UTF-8 (or UTF-16 with a BOM), at most 5 MB. */
export function readArticle(path: string, maxBytes = MAX_BYTES): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > maxBytes) throw new InputError(`${path}: file is ${size} bytes, over the ${maxBytes / 1024 / 1024} MB limit`);
  const bytes = readFileSync(path);
  // Windows editors save "Unicode" text as UTF-16 with a byte order mark: read it rather than refuse it.
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new InputError(`${path}: binary file (contains NUL bytes); if it is text, save it as UTF-8`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid ${encoding.toUpperCase()} text; save it as UTF-8 (Latin-1 or Windows-1252 text is not read)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${path}: file is empty`);
  return text;
}
