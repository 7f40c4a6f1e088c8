/**
 * The time-limit clock and its warning (WCAG 2.2.1: warned before the end, more time with one action).
 * Loaded only for quizzes with a time limit.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {formatClock} from '../quiz/time-limit.js';
import {describeRemaining, extensionFor, timerState} from '../quiz/timer.js';

export {describeRemaining, extensionFor, timerState};

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
    <p part="timer" class="timer">Time left: <span role="timer" aria-label="Time left">${formatClock(state.remainingMs)}</span></p>
    ${state.warning
      ? html`<div class="time-warning" role="alert">
          <span>${describeRemaining(state.remainingMs)}.</span>
          <button part="button" type="button" @click=${onAddTime}>Add ${Math.round(extensionFor(limitMs) / 60_000)} more minutes</button>
        </div>`
      : nothing}
  `;
}
