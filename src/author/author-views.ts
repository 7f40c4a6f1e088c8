// The authoring page's views: the form, the facts found (each with its "Add question"), the question editor, the
// preview and the downloads, as Lit templates over the page's state. All text goes through Lit, which escapes it.
import {html, nothing, type TemplateResult} from 'lit';
import type {QuizFile} from '../format/types.js';
import type {FactSeed, FactSeeds} from './fact-seeds.js';
import {readableDate, type FactRows} from './summary.js';

export interface Made {
  quiz: QuizFile;
  notes: string[];
  skipped: string[];
  rows: FactRows;
  seeds: FactSeeds;
  dateFrom: 'text' | 'field';
  published: string;
  snippet: string;
  preview: HTMLElement | null;
}

export interface GiftReport {
  file: string;
  exported: number;
  simplified: {prompt: string; why: string}[];
  omitted: {prompt: string; why: string}[];
}

export interface State {
  busy: boolean;
  error: string;
  /** Which field the error is about, for aria-invalid. */
  invalid: 'text' | 'date' | null;
  status: string;
  made: Made | null;
  actionStatus: string;
  gift: GiftReport | null;
  /** A SCORM package is being made (its button does nothing meanwhile; aria-disabled keeps its focus). */
  packaging: boolean;
}

export interface Handlers {
  submit(event: Event): void;
  textKey(event: KeyboardEvent): void;
  downloadQuiz(): void;
  copySnippet(): void;
  exportGift(): void;
  downloadScorm(): void;
  cancel(): void;
  edited(): void;
  addQuestion(seed: FactSeed): void;
}

export function view(state: State, on: Handlers): TemplateResult {
  const made = state.made;
  const describedBy = (field: 'text' | 'date', hint: string) => (state.invalid === field ? `${hint} a-error` : hint);
  return html`
    <h1>Make a quiz from an article</h1>
    <p class="hint">Paste a news article, give the day it was published, and get a quiz on its dates, distances and quotes. Everything happens in this page: the text is not sent anywhere.</p>
    <form class="author-form" @submit=${on.submit} novalidate>
      <fieldset>
        <legend>The article</legend>
        <div class="field">
          <label for="a-text">Article text</label>
          <textarea id="a-text" name="text" rows="12" spellcheck="false" aria-describedby=${describedBy('text', 'a-text-hint')} aria-invalid=${state.invalid === 'text' ? 'true' : 'false'} @keydown=${on.textKey}></textarea>
          <p class="hint" id="a-text-hint">Paragraphs separated by blank lines, at most 5 MB. Ctrl+Enter makes the quiz.</p>
        </div>
      </fieldset>
      <fieldset>
        <legend>Publication date</legend>
        <div class="field">
          <label for="a-date">Date published</label>
          <input id="a-date" name="date" type="date" aria-describedby=${describedBy('date', 'a-date-hint')} aria-invalid=${state.invalid === 'date' ? 'true' : 'false'} />
        </div>
        <label class="inline"><input id="a-month-only" name="month-only" type="checkbox" /> Month only (the day is not known)</label>
        <p class="hint" id="a-date-hint">Dates such as “Tuesday” are worked out from it. Not needed when the text's first line is “date 2017-09-19”.</p>
      </fieldset>
      <fieldset>
        <legend>About the article (optional)</legend>
        <div class="field">
          <label for="a-title">Title</label>
          <input id="a-title" name="title" autocomplete="off" aria-describedby="a-title-hint" />
          <p class="hint" id="a-title-hint">Left empty, the first sentence gives one.</p>
        </div>
        <div class="field">
          <label for="a-source">Source (publisher or author)</label>
          <input id="a-source" name="source" autocomplete="off" />
        </div>
      </fieldset>
      <div class="row">
        <button type="submit" class="primary" id="a-make">Make the quiz</button>
        ${state.busy ? html`<button type="button" id="a-cancel" @click=${on.cancel}>Cancel</button>` : nothing}
      </div>
    </form>
    <div class="error" id="a-error" role="alert">${state.error}</div>
    <p class="status" id="a-status" role="status">${state.status}</p>
    ${made ? results(made, state, on) : nothing}
  `;
}

function results(made: Made, state: State, on: Handlers): TemplateResult {
  const {rows, quiz} = made;
  const hasQuestions = quiz.questions.length > 0;
  // A fact's "Add question" (where a question kind fits it), into the editor's list; named with the fact's words.
  const add = (seed: FactSeed | null, words: string) =>
    seed ? html`<button type="button" aria-label="Add question: ${words}" @click=${() => on.addQuestion(seed)}>Add question</button>` : '';
  return html`
    <section class="results" aria-labelledby="facts-heading">
      <h2 id="facts-heading">Facts found (${rows.total})</h2>
      <p class="hint">Published ${readableDate(made.published)}${made.dateFrom === 'text' ? ', from the first line of the text' : ''}.</p>
      ${factTable('dates', `Dates (${rows.dates.length})`, ['Words in the article', 'Date', 'Where'], rows.dates.map((d, i) => [d.text, d.date, d.context, add(made.seeds.dates[i], d.text)]))}
      ${factTable('measures', `Distances and other measures (${rows.measures.length})`, ['Words in the article', 'Value', 'Unit', 'What it measures'], rows.measures.map((m, i) => [m.text, m.value, m.unit, m.what, add(made.seeds.measures[i], m.text)]))}
      ${factTable('quotes', `Quotes (${rows.quotes.length})`, ['Speaker', 'Words', 'How'], rows.quotes.map((q, i) => [q.speaker, q.words, q.how, add(made.seeds.quotes[i], `${q.speaker}: ${q.words}`)]))}
    </section>
    <section class="results" aria-labelledby="questions-heading">
      <h2 id="questions-heading">Questions</h2>
      <p class="hint">
        ${hasQuestions ? 'Edit, remove, restore or move each question, or add one' : 'No question was made from this text: add one'} with a fact's “Add question”. The downloads use the quiz as you leave it;
        making the quiz again keeps your edits where their sentence is still in the text.
      </p>
      <article-quiz-editor id="a-editor" .quiz=${quiz} .seeds=${made.seeds} @quiz-edit=${on.edited}></article-quiz-editor>
      <details id="a-notes" ?open=${!hasQuestions}>
        <summary>Notes and left-out questions (${made.skipped.length})</summary>
        <ul>${made.notes.map((n) => html`<li>${n}</li>`)}</ul>
        ${made.skipped.length ? html`<ul>${made.skipped.map((s) => html`<li>${s}</li>`)}</ul>` : nothing}
      </details>
    </section>
    ${made.preview
      ? html`<section class="results" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <p class="hint">What students see. Try it: nothing is saved but your progress in this browser.</p>
          <div class="preview" id="a-preview">${made.preview}</div>
        </section>`
      : nothing}
    <section class="results" aria-labelledby="share-heading">
      <h2 id="share-heading">Save and share</h2>
      <div class="row">
        <button type="button" @click=${on.downloadQuiz}>Download the question file</button>
        <button type="button" @click=${on.copySnippet}>Copy the embed snippet</button>
        <button type="button" @click=${on.exportGift}>Export GIFT (Moodle)</button>
        <button type="button" @click=${on.downloadScorm} aria-disabled=${state.packaging ? 'true' : 'false'}>Download SCORM package (Moodle)</button>
      </div>
      <p class="status" id="a-action-status" role="status">${state.actionStatus}</p>
      <div class="field">
        <label for="a-snippet">Embed snippet (the questions are inside it)</label>
        <textarea id="a-snippet" readonly rows="4" .value=${made.snippet}></textarea>
      </div>
      ${state.gift ? giftReport(state.gift) : nothing}
    </section>
  `;
}

function factTable(id: string, title: string, columns: string[], rows: (string | TemplateResult)[][]): TemplateResult {
  return html`
    <h3 id="${id}-heading">${title}</h3>
    ${rows.length === 0
      ? html`<p>None found.</p>`
      : html`<div class="table-scroll">
          <table id="a-${id}" aria-labelledby="${id}-heading">
            <thead><tr>${columns.map((c) => html`<th scope="col">${c}</th>`)}<th scope="col"><span class="visually-hidden">Question</span></th></tr></thead>
            <tbody>${rows.map((r) => html`<tr>${r.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
          </table>
        </div>`}
  `;
}

function giftReport(gift: GiftReport): TemplateResult {
  const list = (items: {prompt: string; why: string}[]) => html`<ul>${items.map((i) => html`<li>${i.prompt} <span class="why">— ${i.why}</span></li>`)}</ul>`;
  return html`
    <div class="gift-report" id="a-gift-report">
      <h3>GIFT export</h3>
      <p>${gift.file}: ${gift.exported === 1 ? '1 question' : `${gift.exported} questions`} exported.</p>
      ${gift.simplified.length ? html`<h4>Simplified (${gift.simplified.length})</h4>${list(gift.simplified)}` : nothing}
      ${gift.omitted.length ? html`<h4>Left out (${gift.omitted.length})</h4>${list(gift.omitted)}` : html`<p>No question was left out.</p>`}
    </div>
  `;
}
