/**
 * Time limits that follow WCAG 2.2.1 (Timing Adjustable): the student is warned before time runs out and can
 * extend it with one action, as often as they need. Pure arithmetic on timestamps; the element owns the clock.
 */

/** Warn this long before the end (at least the 20 seconds WCAG asks for). */
export const WARNING_MS = 60_000;

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

export interface TimerState {
  remainingMs: number;
  warning: boolean;
  expired: boolean;
}

/** Where a run stands, given when it started, the limit and the time the student has added. */
export function timerState(startedAt: number, now: number, limitMs: number, extendedMs = 0): TimerState {
  const remainingMs = Math.max(0, startedAt + limitMs + extendedMs - now);
  return {remainingMs, expired: remainingMs === 0, warning: remainingMs > 0 && remainingMs <= Math.min(WARNING_MS, limitMs / 2)};
}

/** How much one "more time" adds: half the original limit, at least two minutes. */
export function extensionFor(limitMs: number): number {
  return Math.max(120_000, Math.round(limitMs / 2));
}

/** "4:05" for a clock; rounded up, so 0:00 is shown only when time is really up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "4 minutes" for a screen reader, said less often than the clock ticks. */
export function describeRemaining(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (ms > 60_000) return `${minutes} minutes left`;
  const seconds = Math.ceil(ms / 1000);
  return `${seconds} second${seconds === 1 ? '' : 's'} left`;
}
