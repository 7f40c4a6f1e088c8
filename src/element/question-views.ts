/**
 * How a student answers each kind of question: native radios (single choice), a number field with a unit
 * (numeric), Earlier/Later buttons (timeline: keyboard and pointer, no drag-only moves, WCAG 2.5.7) and native
 * selects (matching). Fetched as soon as a quiz is loaded, while the start screen shows.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {MatchingQuestion, NumericQuestion, Question, SingleChoiceQuestion, TimelineQuestion, Unit} from '../format/types.js';
import {unitChoices, unitName} from '../quiz/units.js';
import type {Draft} from '../quiz/drafts.js';

export type {Draft} from '../quiz/drafts.js';
import {speakerOptions} from '../quiz/matching.js';
import {withStrings} from './strings.js';

export const questionStyles = css`
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition: border-color 0.15s ease;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  /* Feedback borders (below) outrank the selection border: both classes and :has() add up. */
  .choice:has(input:checked) {
    border-width: 2px;
    border-color: var(--_accent);
  }
  .choices .choice.choice--correct {
    border: 2px solid var(--_correct);
  }
  .choices .choice.choice--incorrect {
    border: 2px solid var(--_incorrect);
  }
  .choice-mark {
    margin-inline-start: auto;
    font-weight: 600;
  }

  .numeric {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
  }
  .numeric input,
  .numeric select {
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .numeric input {
    width: 9rem;
  }
  .numeric input[aria-invalid='true'] {
    border: 2px solid var(--_incorrect);
  }
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

/** This module's interface text (English); `useStrings` applies the locale's and the page's replacements. */
export const questionStrings = {
  rightAnswerMark: '✓ Right answer',
  yourAnswerMark: '✗ Your answer',
  yourAnswer: 'Your answer',
  unit: 'Unit',
  unitName,
  timelineHint: 'Put the events in the order they happened, earliest first. Use Earlier and Later to move an event.',
  earlier: '↑ Earlier',
  later: '↓ Later',
  moveEarlier: (text: string) => `Move “${text}” earlier`,
  moveLater: (text: string) => `Move “${text}” later`,
  matchingHint: 'Choose who said each quote.',
  chooseSpeaker: 'Choose who said it',
};
let t = questionStrings;

export function useStrings(overrides: {[key: string]: unknown}): void {
  t = withStrings(questionStrings, overrides);
}

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
    <p class="hint" id="timeline-hint">${t.timelineHint}</p>
    <ol class="timeline" aria-describedby="timeline-hint">
      ${ctx.order.map(
        (id, i) => html`
          <li class="timeline-item" data-item=${id}>
            <span class="position" aria-hidden="true">${i + 1}</span>
            <span>${text.get(id)}</span>
            <span class="moves">
              <button type="button" part="button" data-step="-1" aria-label=${t.moveEarlier(text.get(id)!)} ?disabled=${ctx.disabled || i === 0} @click=${(e: Event) => move(e, id, -1)}>${t.earlier}</button>
              <button type="button" part="button" data-step="1" aria-label=${t.moveLater(text.get(id)!)} ?disabled=${ctx.disabled || i === ctx.order.length - 1} @click=${(e: Event) => move(e, id, 1)}>${t.later}</button>
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
    <p class="hint">${t.matchingHint}</p>
    <div class="matching">
      ${ctx.order.map((id) => {
        const chosen = ctx.matches[id] ?? '';
        return html`
          <div class="match">
            <label for="match-${id}">“${pairs.get(id)!.prompt}”</label>
            <select id="match-${id}" ?disabled=${ctx.disabled} .value=${live(chosen)} @change=${(e: Event) => ctx.onMatch(id, (e.target as HTMLSelectElement).value)}>
              <option value="">${t.chooseSpeaker}</option>
              ${options.map((o) => html`<option .value=${o} ?selected=${o === chosen}>${o}</option>`)}
            </select>
          </div>
        `;
      })}
    </div>
  `;
}


export interface AnswerInputContext {
  question: Question;
  /** The run's display order of the question's choices, events or quotes. */
  order: readonly string[];
  draft: Draft;
  /** The answer has been checked: controls are read-only and choices show right and wrong. */
  checked: boolean;
  /** Radio group name, new for each question so the browser never carries a selection over. */
  name: string;
  inputError: string;
  onDraft(change: Draft): void;
  /** A timeline event moved (for the live region); resolves once the element has re-rendered. */
  onMoved(text: string, position: number, total: number): Promise<unknown>;
}

// Plain property bindings (no live()): every change the student makes goes through the element's state, so
// what Lit last set and what the control shows never drift apart.
function renderChoices(ctx: AnswerInputContext, question: SingleChoiceQuestion): TemplateResult {
  const selected = ctx.draft.choiceId;
  const byId = new Map(question.choices.map((c) => [c.id, c.text]));
  return html`
    <div class="choices">
      ${ctx.order.map((id) => {
        const state = ctx.checked && id === question.answer ? 'correct' : ctx.checked && id === selected ? 'incorrect' : '';
        return html`
          <label part="choice" class="choice ${state ? `choice--${state}` : ''}">
            <input type="radio" name=${ctx.name} .value=${id} .checked=${id === selected} @change=${() => ctx.onDraft({choiceId: id})} />
            <span>${byId.get(id)}</span>
            ${state ? html`<span class="choice-mark">${state === 'correct' ? t.rightAnswerMark : t.yourAnswerMark}</span>` : ''}
          </label>
        `;
      })}
    </div>
  `;
}

function renderNumeric(ctx: AnswerInputContext, question: NumericQuestion): TemplateResult {
  const unit = ctx.draft.unit ?? question.answer.unit;
  const invalid = Boolean(ctx.inputError);
  return html`
    <div class="numeric">
      <div class="field">
        <label for="numeric-answer">${t.yourAnswer}</label>
        <input
          id="numeric-answer"
          part="numeric-input"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${ctx.draft.text ?? ''}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'input-error' : nothing}
          @input=${(e: Event) => ctx.onDraft({...ctx.draft, text: (e.target as HTMLInputElement).value})}
        />
      </div>
      <div class="field">
        <label for="numeric-unit">${t.unit}</label>
        <select id="numeric-unit" @change=${(e: Event) => ctx.onDraft({...ctx.draft, unit: (e.target as HTMLSelectElement).value as Unit})}>
          ${unitChoices(question.answer.unit).map((u) => html`<option value=${u} ?selected=${u === unit}>${t.unitName(u, true)}</option>`)}
        </select>
      </div>
    </div>
  `;
}

/** The controls for answering `ctx.question`, whatever its kind. */
export function renderAnswerInput(ctx: AnswerInputContext): TemplateResult {
  const {question} = ctx;
  switch (question.kind) {
    case 'single-choice':
      return renderChoices(ctx, question);
    case 'numeric':
      return renderNumeric(ctx, question);
    case 'timeline':
      return renderTimeline({
        question,
        order: ctx.draft.order ?? ctx.order,
        disabled: ctx.checked,
        onOrder: (next, moved) => {
          ctx.onDraft({order: next});
          return ctx.onMoved(question.items.find((item) => item.id === moved)!.text, next.indexOf(moved) + 1, next.length);
        },
      });
    case 'matching':
      return renderMatching({
        question,
        order: ctx.order,
        matches: ctx.draft.matches ?? {},
        disabled: ctx.checked,
        onMatch: (pairId, speaker) => ctx.onDraft({matches: {...ctx.draft.matches, [pairId]: speaker}}),
      });
  }
}
