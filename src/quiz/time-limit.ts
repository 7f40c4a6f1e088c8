/** Reading and showing a time limit: all the start screen needs (the running clock lives in timer.ts). */

/**
 * Reads a `time-limit` attribute: `10` or `10m` is ten minutes, `90s` ninety seconds, `1h` an hour.
 * Returns milliseconds, or null for no limit (absent, empty, `0`, `off`, or unreadable).
 */
export function parseTimeLimit(value: string | null | undefined): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(h|m|min|s|sec)?\s*$/i.exec(value ?? '');
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? 'm').toLowerCase();
  const ms = amount * (unit === 'h' ? 3_600_000 : unit.startsWith('s') ? 1000 : 60_000);
  return ms > 0 ? Math.round(ms) : null;
}

/** "4:05" for a clock; rounded up, so 0:00 is shown only when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
