/** What every exporter returns: the output, and which questions did not survive the trip unchanged. */
export interface ExportReport {
  /** Ids of the questions in the output, simplified ones included. */
  exported: string[];
  /** In the output, but as a nearer-to-nothing type or with less (e.g. no partial credit, one unit only). */
  simplified: {id: string; why: string}[];
  /** Not in the output at all. */
  omitted: {id: string; why: string}[];
}

export interface ExportResult<T> {
  output: T;
  report: ExportReport;
}

export function emptyReport(): ExportReport {
  return {exported: [], simplified: [], omitted: []};
}

/** One line per simplified or omitted question, for a terminal or a page. */
export function reportLines(report: ExportReport): string[] {
  return [
    ...report.simplified.map((s) => `simplified ${s.id}: ${s.why}`),
    ...report.omitted.map((s) => `omitted ${s.id}: ${s.why}`),
  ];
}
