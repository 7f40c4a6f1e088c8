// The list of articles whose question files we keep (questions/articles.json): which text makes which file,
// with which options. Pure: the CLI reads and writes the files, tests regenerate them in memory.
import type { GenerateOptions } from './quiz.js';

export interface ManifestEntry {
  /** The article text, relative to the manifest's folder. */
  text: string;
  /** The question file to write, relative to the manifest's folder. */
  output: string;
  title?: string;
  source?: string;
  url?: string;
  id?: string;
}

const KEYS = new Set(['text', 'output', 'title', 'source', 'url', 'id']);

/** Checks parsed manifest JSON; throws an Error naming the first problem. */
export function parseManifest(data: unknown): ManifestEntry[] {
  if (!Array.isArray(data)) throw new Error('expected an array of {"text", "output", …} entries');
  return data.map((entry, i) => {
    const at = `entry ${i}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`${at}: expected an object`);
    for (const [k, v] of Object.entries(entry)) {
      if (!KEYS.has(k)) throw new Error(`${at}: unknown key "${k}" (allowed: ${[...KEYS].join(', ')})`);
      if (typeof v !== 'string' || v.trim() === '') throw new Error(`${at}.${k}: expected a non-empty string`);
    }
    const e = entry as Record<string, string>;
    if (!e.text || !e.output) throw new Error(`${at}: "text" and "output" are required`);
    return e as unknown as ManifestEntry;
  });
}

/** Generator options for an entry; the default id is derived from the output's file name. */
export function entryOptions(entry: ManifestEntry): GenerateOptions {
  const name = entry.output.split('/').at(-1)!.replace(/\.json$/i, '');
  const { title, source, url, id } = entry;
  return { ...(title ? { title } : {}), ...(source ? { source } : {}), ...(url ? { url } : {}), ...(id ? { id } : {}), name };
}
