// Reading an article file safely: a clear message naming the file for every way it can be unusable.
import { readFileSync, statSync } from 'node:fs';

export const MAX_BYTES = 5 * 1024 * 1024;

export class InputError extends Error {}

/** Reads and validates an article file: exists, not empty, not binary, valid UTF-8, at most 5 MB. */
export function readArticle(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`${path}: not a regular file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_BYTES) throw new InputError(`${path}: file is ${size} bytes, over the 5 MB limit`);
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(`${path}: file is empty`);
  return text;
}
