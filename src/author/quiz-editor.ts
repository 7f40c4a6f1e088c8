import {LitElement, css, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {UNITS_BY_DIMENSION, type Question, type QuizFile} from '../format/types.js';
import {
  addItem,
  carryOver,
  curatedQuiz,
  draftOf,
  editItem,
  freeId,
  moveItem,
  removeItem,
  restoreItem,
  validateItem,
  type Curated,
  type Draft,
  type DraftItem,
  type Edit,
  type Issues,
} from './edits.js';
import {questionFromFact} from './fact-questions.js';
import type {FactSeed, FactSeeds} from './fact-seeds.js';
import {questionLabel} from './summary.js';

const LETTERS = 'ABCDEFGH';

/** Which control to focus once the list is drawn again: a part of a question (`up`, `remove`, `prompt`, …). */
interface FocusTarget {
  id: string;
  part: string;
}

/**
 * The authoring page's question editor: every question of a made quiz with its evidence, to edit (prompt,
 * explanation, choices and key, or value, unit and tolerance), remove, restore, move, and add from a fact. Edits
 * are checked as they are typed with the question file's validator, its message next to the field; when a new
 * `quiz` is set (the article made again), the edits are carried over to it and those that could not be are
 * listed. All text is rendered as text.
 *
 * @summary Curates a generated quiz before it is downloaded.
 * @fires quiz-edit - After each change the teacher makes; `detail.ok` says whether the quiz can be downloaded.
 */
export class QuizEditor extends LitElement {
  static override properties = {
    quiz: {attribute: false},
    seeds: {attribute: false},
    draft: {state: true},
    dropped: {state: true},
    announcement: {state: true},
  };

  static override styles = css`
    :host { display: block; }
    ol.items { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
    fieldset { border: 1px solid var(--line, #888); border-radius: 0.5rem; padding: 0.75rem 1rem; display: grid; gap: 0.75rem; min-width: 0; }
    fieldset.removed { border-style: dashed; }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .field { display: grid; gap: 0.25rem; }
    .pair { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); }
    input, select, button, textarea { font: inherit; min-height: 2.5rem; box-sizing: border-box; }
    input, textarea, select { width: 100%; }
    textarea { font-family: inherit; }
    button { padding: 0.25rem 1rem; cursor: pointer; }
    button[aria-disabled='true'] { cursor: not-allowed; border-style: dashed; }
    .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; }
    .hint, .evidence .label { color: var(--muted, inherit); font-size: 0.85rem; margin: 0; }
    .evidence { margin: 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--line, #888); }
    mark { background: Mark; color: MarkText; }
    .problem { margin: 0; font-weight: 600; }
    .problem::before { content: '⚠ '; }
    [aria-invalid='true'] { outline: 2px solid var(--brand, #b3261e); outline-offset: 1px; }
    .notice { border: 2px solid var(--brand, #b3261e); border-radius: 0.5rem; padding: 0.5rem 1rem; margin-bottom: 1rem; }
    .status:empty { margin: 0; }
    ul.read-only { margin: 0; padding-inline-start: 1.25rem; }
    :focus-visible { outline: 3px solid var(--focus, #1a56db); outline-offset: 2px; }
  `;

  /** The quiz as the generator made it. Set again after the article is made again: the edits carry over. */
  quiz: QuizFile | null = null;
  /** The facts a question can be added from (the page's facts table). */
  seeds: FactSeeds | null = null;
  private draft: Draft | null = null;
  /** Edits that could not be carried over to the last quiz set. */
  private dropped: string[] = [];
  private announcement = '';
  private focusAfter: FocusTarget | null = null;
  private readonly issues = new WeakMap<DraftItem, Issues>();

  /** The quiz with the teacher's edits, or why it cannot be downloaded yet. */
  get curated(): Curated {
    return this.draft ? curatedQuiz(this.draft) : {ok: false, empty: true, invalid: []};
  }

  /** Moves focus to the first field with a problem (or the first question with one). */
  focusFirstProblem(): void {
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('fieldset.has-problem button'))?.focus();
  }

  /** Adds a question about `seed` at the end; returns why none could be made, or null. */
  addFromFact(seed: FactSeed): string | null {
    if (!this.draft) return 'there is no quiz to add to yet';
    const others = this.seeds ? [...this.seeds.dates, ...this.seeds.measures, ...this.seeds.quotes].filter((s): s is FactSeed => s !== null && s !== seed) : [];
    const question = questionFromFact(seed, others, this.draft.quiz.article.paragraphs, freeId(this.draft, 'added'));
    if (typeof question === 'string') {
      this.announcement = `No question can be made from this fact: ${question}.`;
      return question;
    }
    this.draft = addItem(this.draft, question);
    const n = this.draft.items.length;
    this.changed(`Added question ${n}, ${questionLabel(question).kind}, at the end of the list. Check its prompt.`, {id: question.id, part: 'prompt'});
    return null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('quiz')) return;
    if (!this.quiz) {
      this.draft = null;
      this.dropped = [];
    } else if (this.draft && this.draft.quiz !== this.quiz) {
      const carried = carryOver(this.draft, this.quiz);
      this.draft = carried.draft;
      this.dropped = carried.dropped;
    } else if (!this.draft) {
      this.draft = draftOf(this.quiz);
    }
  }

  protected override updated(): void {
    const target = this.focusAfter;
    if (!target) return;
    this.focusAfter = null;
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`${target.id}-${target.part}`)}`)?.focus();
  }

  private changed(announcement: string | null, focus: FocusTarget | null = null): void {
    if (announcement !== null) this.announcement = announcement;
    this.focusAfter = focus;
    this.dispatchEvent(new CustomEvent('quiz-edit', {bubbles: true, composed: true, detail: {ok: this.curated.ok}}));
  }

  private issuesOf(item: DraftItem): Issues {
    let issues = this.issues.get(item);
    if (!issues) this.issues.set(item, (issues = item.removed ? {} : validateItem(item, this.draft!.quiz)));
    return issues;
  }

  private edit(index: number, edit: Edit): void {
    this.draft = editItem(this.draft!, index, edit);
    this.changed(null);
  }

  private move(index: number, delta: -1 | 1): void {
    const draft = this.draft!;
    const id = draft.items[index]!.question.id;
    const part = delta < 0 ? 'up' : 'down';
    const to = index + delta;
    if (to < 0 || to >= draft.items.length) {
      this.announcement = `Question ${index + 1} is already ${delta < 0 ? 'first' : 'last'}.`;
      return;
    }
    this.draft = moveItem(draft, index, delta);
    this.changed(`Question ${index + 1} moved ${part}: now question ${to + 1} of ${draft.items.length}.`, {id, part});
  }

  private setRemoved(index: number, removed: boolean): void {
    const id = this.draft!.items[index]!.question.id;
    this.draft = (removed ? removeItem : restoreItem)(this.draft!, index);
    this.changed(
      removed ? `Question ${index + 1} removed: it is left out of the downloads. Restore brings it back.` : `Question ${index + 1} restored.`,
      {id, part: removed ? 'restore' : 'remove'}
    );
  }

  override render(): TemplateResult | typeof nothing {
    const draft = this.draft;
    if (!draft) return nothing;
    const kept = draft.items.filter((i) => !i.removed).length;
    const toFix = draft.items.filter((i) => !i.removed && Object.keys(this.issuesOf(i)).length > 0).length;
    return html`
      ${this.dropped.length
        ? html`<div class="notice" id="dropped">
            <p>The quiz was made again. ${this.dropped.length === 1 ? 'One edit' : `${this.dropped.length} edits`} could not be kept:</p>
            <ul>${this.dropped.map((d) => html`<li>${d}</li>`)}</ul>
          </div>`
        : nothing}
      <p class="hint" id="summary">
        ${kept} of ${draft.items.length} questions in the quiz${toFix ? html`; <strong>${toFix === 1 ? '1 question has' : `${toFix} questions have`} a problem to fix before downloading</strong>` : nothing}.
      </p>
      <ol class="items" id="a-questions" aria-labelledby="summary">
        ${repeat(draft.items, (item) => item.question.id, (item, i) => html`<li>${this.renderItem(item, i, draft.items.length)}</li>`)}
      </ol>
      <p class="status" role="status" id="announce">${this.announcement}</p>
    `;
  }

  private renderItem(item: DraftItem, index: number, count: number): TemplateResult {
    const q = item.question;
    const id = q.id;
    const issues = this.issuesOf(item);
    const shown = new Set<string>();
    const label = questionLabel(q).kind;
    const state = item.removed ? ' (removed)' : item.origin === 'added' ? ' (added)' : item.edited ? ' (edited)' : '';
    const fields = item.removed ? html`<p>${q.prompt}</p>` : this.renderFields(item, index, issues, shown);
    // Problems of no field shown here (the number of choices, the evidence): under the fields.
    const problems = Object.entries(issues).filter(([path]) => !shown.has(path));
    return html`
      <fieldset class=${item.removed ? 'removed' : Object.keys(issues).length ? 'has-problem' : ''}>
        <legend id="${id}-legend">Question ${index + 1}: ${label}${state}</legend>
        ${fields}
        ${problems.map(([path, message]) => html`<p class="problem">${path || 'Question'}: ${message}</p>`)}
        ${this.renderEvidence(q)}
        <div class="row">
          <button type="button" id="${id}-up" aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => this.move(index, -1)}>Move up</button>
          <button type="button" id="${id}-down" aria-disabled=${index === count - 1 ? 'true' : 'false'} @click=${() => this.move(index, 1)}>Move down</button>
          ${item.removed
            ? html`<button type="button" id="${id}-restore" @click=${() => this.setRemoved(index, false)}>Restore</button>`
            : html`<button type="button" id="${id}-remove" @click=${() => this.setRemoved(index, true)}>Remove</button>`}
        </div>
      </fieldset>
    `;
  }

  private renderFields(item: DraftItem, index: number, issues: Issues, shown: Set<string>): TemplateResult {
    const q = item.question;
    const field = (path: string, part: string, label: string, value: string, edit: (text: string) => Edit, options: {multiline?: boolean; number?: boolean; hint?: string} = {}) => {
      shown.add(path);
      const id = `${q.id}-${part}`;
      const problem = issues[path];
      const describedBy = [options.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
      const onInput = (event: Event) => this.edit(index, edit((event.target as HTMLInputElement | HTMLTextAreaElement).value));
      return html`<div class="field">
        <label for=${id}>${label}</label>
        ${options.multiline
          ? html`<textarea id=${id} rows="3" .value=${value} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput}></textarea>`
          : html`<input id=${id} type="text" inputmode=${options.number ? 'decimal' : nothing} autocomplete="off" .value=${value} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy || nothing} @input=${onInput} />`}
        ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
        ${problem ? html`<p class="problem" id="${id}-error">${problem}</p>` : nothing}
      </div>`;
    };
    const select = (path: string, part: string, label: string, value: string, options: TemplateResult, edit: (value: string) => Edit) => {
      shown.add(path);
      const id = `${q.id}-${part}`;
      const problem = issues[path];
      return html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${problem ? `${id}-error` : nothing} @change=${(e: Event) => this.edit(index, edit((e.target as HTMLSelectElement).value))}>
          ${options}
        </select>
        ${problem ? html`<p class="problem" id="${id}-error">${problem}</p>` : nothing}
      </div>`;
    };
    const text = (field: 'prompt' | 'explanation') => (t: string): Edit => ({field, text: t});
    return html`
      ${field('prompt', 'prompt', 'Prompt', q.prompt, text('prompt'), {multiline: true})}
      ${this.renderAnswer(q, item, field, select)}
      ${field('explanation', 'explanation', 'Explanation (shown after answering)', q.explanation, text('explanation'), {multiline: true})}
    `;
  }

  private renderAnswer(
    q: Question,
    item: DraftItem,
    field: (path: string, part: string, label: string, value: string, edit: (text: string) => Edit, options?: {number?: boolean; hint?: string}) => TemplateResult,
    select: (path: string, part: string, label: string, value: string, options: TemplateResult, edit: (value: string) => Edit) => TemplateResult
  ): TemplateResult {
    if (q.kind === 'single-choice') {
      return html`
        ${q.choices.map((c, i) => field(`choices[${i}].text`, `choice-${i}`, `Choice ${LETTERS[i]}`, c.text, (t) => ({field: 'choice', index: i, text: t})))}
        ${select(
          'answer',
          'answer',
          'Right answer',
          q.answer,
          html`${q.choices.map((c, i) => html`<option value=${c.id} ?selected=${c.id === q.answer}>${LETTERS[i]}: ${c.text}</option>`)}`,
          (choice) => ({field: 'answer', choice})
        )}
      `;
    }
    if (q.kind === 'numeric') {
      const raw = (name: string, value: number) => item.raw[`answer.${name}`] ?? String(value);
      return html`<div class="pair">
        ${field('answer.value', 'value', 'Right answer (a number)', raw('value', q.answer.value), (t) => ({field: 'value', text: t}), {number: true})}
        ${select(
          'answer.unit',
          'unit',
          'Unit',
          q.answer.unit,
          html`${Object.entries(UNITS_BY_DIMENSION).map(
            ([dimension, units]) => html`<optgroup label=${dimension}>${units.map((u) => html`<option value=${u} ?selected=${u === q.answer.unit}>${u}</option>`)}</optgroup>`
          )}`,
          (t) => ({field: 'unit', text: t})
        )}
        ${field('answer.tolerance', 'tolerance', 'Tolerance', raw('tolerance', q.answer.tolerance), (t) => ({field: 'tolerance', text: t}), {
          number: true,
          hint: 'The largest difference from the answer that still counts as right, in its unit.',
        })}
      </div>`;
    }
    if (q.kind === 'timeline') {
      return html`<p class="hint">Events, earliest first:</p>
        <ul class="read-only">${q.items.map((i) => html`<li>${i.text} (${i.when})</li>`)}</ul>`;
    }
    return html`<p class="hint">Quotes and who said them:</p>
      <ul class="read-only">${q.pairs.map((p) => html`<li>${p.prompt} — ${p.answer}</li>`)}</ul>`;
  }

  private renderEvidence(q: Question): TemplateResult {
    const e = q.evidence;
    const p = this.draft!.quiz.article.paragraphs[e.paragraph] ?? '';
    const h = e.highlight ?? {start: e.end, end: e.end};
    return html`<p class="evidence">
      <span class="label">Evidence:</span> ${p.slice(e.start, h.start)}<mark>${p.slice(h.start, h.end)}</mark>${p.slice(h.end, e.end)}
    </p>`;
  }
}

/** Defines the element (once). Called by the page: the package's `sideEffects` list lets a bundler drop a bare import. */
export function defineQuizEditor(): void {
  if (!customElements.get('article-quiz-editor')) customElements.define('article-quiz-editor', QuizEditor);
}
defineQuizEditor();

declare global {
  interface HTMLElementTagNameMap {
    'article-quiz-editor': QuizEditor;
  }
}
