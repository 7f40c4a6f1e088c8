/**
 * Results export for teachers: CSV (one row per question, then totals) and JSON. Pure functions; the element
 * only turns the text into a download.
 */

export interface ResultRow {
  id: string;
  prompt: string;
  given: string;
  right: string;
  points: number;
  maxPoints: number;
}

export interface ResultsExport {
  quizId: string;
  title: string;
  student: string;
  seed: string;
  completedAt: string;
  score: number;
  max: number;
  percentage: number;
  rows: ResultRow[];
}

/**
 * A cell a spreadsheet cannot mistake for a formula: text starting with = + - @ (or a tab or carriage return,
 * which some programs strip first) gets a leading apostrophe, as OWASP advises; then CSV quoting.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultsToCsv(results: ResultsExport): string {
  const lines = [
    ['question id', 'prompt', 'answer given', 'right answer', 'points', 'max points'],
    ...results.rows.map((r) => [r.id, r.prompt, r.given, r.right, r.points, r.maxPoints]),
    ['total', `${results.title} (${results.student || 'no name'}, version ${results.seed})`, '', '', results.score, results.max],
  ];
  // CRLF per RFC 4180, which spreadsheet programs expect.
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function resultsToJson(results: ResultsExport): string {
  return JSON.stringify(results, null, 2) + '\n';
}

/** A file name from the quiz and student, safe on every operating system. */
export function exportFileName(results: ResultsExport, extension: 'csv' | 'json'): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s_]+/g, '-')
      .toLowerCase()
      .slice(0, 40);
  return [slug(results.quizId), slug(results.student)].filter(Boolean).join('-') + `.${extension}`;
}
