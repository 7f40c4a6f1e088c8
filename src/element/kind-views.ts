/**
 * The timeline and matching question kinds. Loaded only for quizzes that have them. Both work by keyboard and
 * by pointer with native buttons and selects: no drag-only moves (WCAG 2.5.7).
 */
import {css, html, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {MatchingQuestion, TimelineQuestion} from '../format/types.js';
import {speakerOptions} from '../quiz/matching.js';

export const kindStyles = css`
  .timeline {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .timeline-item {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .position {
    font-weight: 700;
    min-width: 1.5rem;
  }
  .timeline-item .moves {
    display: flex;
    gap: 0.5rem;
    margin-inline-start: auto;
  }
  .moves button {
    padding: 0.25rem 0.6rem;
  }
  .matching {
    display: grid;
    gap: 1rem;
  }
  .match {
    display: grid;
    gap: 0.35rem;
  }
  .match select {
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
`;

export interface TimelineContext {
  question: TimelineQuestion;
  /** Item ids in the student's current order. */
  order: readonly string[];
  disabled: boolean;
  onOrder(order: string[], moved: string): Promise<unknown>;
}

/** Moves `id` one place earlier (-1) or later (+1). */
export function moveItem(order: readonly string[], id: string, step: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function renderTimeline(ctx: TimelineContext): TemplateResult {
  const text = new Map(ctx.question.items.map((item) => [item.id, item.text]));
  const move = async (event: Event, id: string, step: -1 | 1) => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    await ctx.onOrder(moveItem(ctx.order, id, step), id);
    // Keep focus on the moved event's button; at either end, on the one that still moves it.
    const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[data-item="${id}"] button`)];
    (buttons.find((b) => b.dataset.step === String(step) && !b.disabled) ?? buttons.find((b) => !b.disabled))?.focus();
  };
  return html`
    <p class="hint" id="timeline-hint">Put the events in the order they happened, earliest first. Use Earlier and Later to move an event.</p>
    <ol class="timeline" aria-describedby="timeline-hint">
      ${ctx.order.map(
        (id, i) => html`
          <li class="timeline-item" data-item=${id}>
            <span class="position" aria-hidden="true">${i + 1}</span>
            <span>${text.get(id)}</span>
            <span class="moves">
              <button type="button" part="button" data-step="-1" aria-label="Move “${text.get(id)}” earlier" ?disabled=${ctx.disabled || i === 0} @click=${(e: Event) => move(e, id, -1)}>↑ Earlier</button>
              <button type="button" part="button" data-step="1" aria-label="Move “${text.get(id)}” later" ?disabled=${ctx.disabled || i === ctx.order.length - 1} @click=${(e: Event) => move(e, id, 1)}>↓ Later</button>
            </span>
          </li>
        `
      )}
    </ol>
  `;
}

export interface MatchingContext {
  question: MatchingQuestion;
  /** Pair ids in display order. */
  order: readonly string[];
  matches: Readonly<Record<string, string>>;
  disabled: boolean;
  onMatch(pairId: string, speaker: string): void;
}

export function renderMatching(ctx: MatchingContext): TemplateResult {
  const pairs = new Map(ctx.question.pairs.map((p) => [p.id, p]));
  const options = speakerOptions(ctx.question);
  return html`
    <p class="hint">Choose who said each quote.</p>
    <div class="matching">
      ${ctx.order.map((id) => {
        const chosen = ctx.matches[id] ?? '';
        return html`
          <div class="match">
            <label for="match-${id}">“${pairs.get(id)!.prompt}”</label>
            <select id="match-${id}" ?disabled=${ctx.disabled} .value=${live(chosen)} @change=${(e: Event) => ctx.onMatch(id, (e.target as HTMLSelectElement).value)}>
              <option value="">Choose who said it</option>
              ${options.map((o) => html`<option .value=${o} ?selected=${o === chosen}>${o}</option>`)}
            </select>
          </div>
        `;
      })}
    </div>
  `;
}

