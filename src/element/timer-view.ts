/**
 * The time-limit clock and its warning (WCAG 2.2.1: warned before the end, more time with one action).
 * Loaded only for quizzes with a time limit.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {formatClock} from '../quiz/time-limit.js';
import {extensionFor, timerState} from '../quiz/timer.js';
import {withStrings} from './strings.js';

export {extensionFor, timerState};

/** This module's interface text (English); `useStrings` applies the locale's and the page's replacements. */
export const timerStrings = {
  timeLeft: 'Time left',
  minutesLeft: (n: number) => `${n} minutes left`,
  secondsLeft: (n: number) => (n === 1 ? '1 second left' : `${n} seconds left`),
  addTime: (minutes: number) => `Add ${minutes} more minutes`,
};
let t = timerStrings;

export function useStrings(overrides: {[key: string]: unknown}): void {
  t = withStrings(timerStrings, overrides);
}

/** "4 minutes left", said less often than the clock ticks. */
export function describeRemaining(ms: number): string {
  return ms > 60_000 ? t.minutesLeft(Math.ceil(ms / 60_000)) : t.secondsLeft(Math.ceil(ms / 1000));
}

export const timerStyles = css`
  .timer {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .time-warning {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_incorrect);
    border-radius: var(--_radius);
    font-weight: 600;
  }
`;

export function renderTimer(state: ReturnType<typeof timerState>, limitMs: number, onAddTime: () => void): TemplateResult {
  return html`
    <p part="timer" class="timer">${t.timeLeft}: <span role="timer" aria-label=${t.timeLeft}>${formatClock(state.remainingMs)}</span></p>
    ${state.warning
      ? html`<div class="time-warning" role="alert">
          <span>${describeRemaining(state.remainingMs)}.</span>
          <button part="button" type="button" @click=${onAddTime}>${t.addTime(Math.round(extensionFor(limitMs) / 60_000))}</button>
        </div>`
      : nothing}
  `;
}
