// Shared helpers for generator tests.
import { readFileSync } from 'node:fs';
import { extractFacts } from '../../src/generator/facts.js';
import type { Facts } from '../../src/generator/facts.js';

// Our seed article, kept verbatim next to its quiz.
export const SEED_PATH = 'questions/kharkiv-strikes.txt';
export const readSeed = (): string => readFileSync(SEED_PATH, 'utf8');

export const facts = (text: string): Facts => extractFacts(text);

/** The quote item whose text starts with `prefix`. */
export function quoteStarting(f: Facts, prefix: string) {
  return f.quotes.find((q) => q.text.startsWith(prefix));
}
