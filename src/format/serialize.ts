import type {QuizFile} from './types.js';

/**
 * A question file's text as every tool of ours writes it. The layout: one line per field of the file and of
 * the article, one per paragraph, and one per question, so a regenerated file diffs question by question and
 * a 10,000-question bank is a third smaller than fully indented JSON (less to download, decode and parse).
 * The characters: ASCII only, every other character written as a `\uXXXX` escape, which JSON reads back as
 * the same text, because
 * - browsers decode ASCII on a fast path (a large bank loads sooner, see `npm run bench`);
 * - a host, platform upload or editor that takes the file for Latin-1 or Windows-1252 cannot garble it;
 * - `<` is escaped too, so the same text can sit inside an HTML `<script>` element without closing it.
 * `compact` leaves out the line breaks (for embedding).
 */
export function serializeQuiz(quiz: QuizFile, {compact = false} = {}): string {
  const json = compact ? JSON.stringify(quiz) : `${layout(quiz as unknown as Record<string, unknown>)}\n`;
  return json.replace(/[^\n\x20-\x3b\x3d-\x7e]/g, escapeChar);
}

/** The top level indented, the questions one per line; any other value as JSON.stringify indents it. */
function layout(file: Record<string, unknown>): string {
  const fields = Object.keys(file).flatMap((key) => {
    const value = file[key];
    if (JSON.stringify(value) === undefined) return []; // left out, as JSON.stringify leaves it out
    const text =
      key === 'questions' && Array.isArray(value) && value.length > 0
        ? `[\n${value.map((question) => `    ${JSON.stringify(question)}`).join(',\n')}\n  ]`
        : JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
    return [`  ${JSON.stringify(key)}: ${text}`];
  });
  return fields.length ? `{\n${fields.join(',\n')}\n}` : '{}';
}

/** JSON.stringify already escapes control characters, so only `<`, DEL and non-ASCII characters get here. */
function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
