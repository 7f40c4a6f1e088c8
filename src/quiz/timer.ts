/**
 * Time limits that follow WCAG 2.2.1 (Timing Adjustable): the student is warned before time runs out and can
 * extend it with one action, as often as they need. Pure arithmetic on timestamps; the element owns the clock.
 */

/** Warn this long before the end (at least the 20 seconds WCAG asks for). */
export const WARNING_MS = 60_000;

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
