/**
 * The results screen: score, pass mark, per-category table, retry actions, results download and the review
 * list. Loaded in the background while the student answers, so the first question appears sooner.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {CATEGORIES, type Category, type Question} from '../format/types.js';
import {describeAnswer, describeKey, verdictOf} from '../quiz/answers.js';
import type {RunState} from '../quiz/progress.js';
import type {ScoreSummary} from '../quiz/score.js';
import {renderEvidence, renderVerdict} from './templates.js';

const CATEGORY_LABELS: Record<Category, string> = {date: 'Dates', distance: 'Distances', quote: 'Quotes'};

export interface ResultsContext {
  run: RunState;
  summary: ScoreSummary;
  paragraphs: readonly string[];
  passMark: number | null;
  /** False with show-answers="never": the review shows the student's answers only. */
  reveal: boolean;
  onTryAgain(): void;
  onRetryMissed(): void;
  onName(name: string): void;
  onDownload(format: 'csv' | 'json'): void;
}

function renderReviewItem(ctx: ResultsContext, question: Question): TemplateResult {
  const result = ctx.run.results.get(question.id);
  return html`
    <li class="review-item">
      <p><strong>${question.prompt}</strong></p>
      ${ctx.reveal ? renderVerdict(verdictOf(result)) : nothing}
      <dl>
        <dt>Your answer</dt>
        <dd>${result ? describeAnswer(question, result.answer) : '(none)'}</dd>
        ${ctx.reveal ? html`<dt>Right answer</dt><dd>${describeKey(question)}</dd>` : nothing}
      </dl>
      ${ctx.reveal ? html`<p>${question.explanation}</p>${renderEvidence(ctx.paragraphs, question.evidence)}` : nothing}
    </li>
  `;
}

export function renderResults(ctx: ResultsContext): TemplateResult {
  const {run, summary, passMark} = ctx;
  const missed = run.plan.filter((p) => !run.results.get(p.question.id)?.correct).length;
  const categories = CATEGORIES.filter((c) => summary.byCategory[c].total > 0);
  const passed = passMark !== null && summary.percentage >= passMark;
  return html`
    <section part="results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1" data-autofocus>Your results</h2>
      <p class="score">You scored ${summary.score} out of ${summary.max} (${summary.percentage}%).</p>
      ${passMark !== null
        ? renderVerdict(passed ? 'correct' : 'incorrect', `${passed ? 'Passed' : 'Not passed yet'}: the pass mark is ${passMark}%.`)
        : nothing}
      <p class="muted">Version code: ${run.seed}</p>
      <table>
        <caption class="visually-hidden">Score by category</caption>
        <thead><tr><th scope="col">Category</th><th scope="col">Correct</th><th scope="col">Points</th></tr></thead>
        <tbody>
          ${categories.map((c) => {
            const s = summary.byCategory[c];
            return html`<tr><th scope="row">${CATEGORY_LABELS[c]}</th><td>${s.correct} of ${s.total}</td><td>${s.score} of ${s.max}</td></tr>`;
          })}
        </tbody>
      </table>
      <div class="actions">
        <button part="button primary-button" class="primary" @click=${ctx.onTryAgain}>Try again</button>
        ${missed > 0
          ? html`<button part="button" @click=${ctx.onRetryMissed}>Retry ${missed === 1 ? 'the missed question' : `the ${missed} missed questions`}</button>`
          : nothing}
      </div>
      <div class="name field">
        <label for="student-name">Your name (for the results file)</label>
        <input id="student-name" autocomplete="name" .value=${live(run.name)} @change=${(e: Event) => ctx.onName((e.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button part="button" @click=${() => ctx.onDownload('csv')}>Download results (CSV)</button>
        <button part="button" @click=${() => ctx.onDownload('json')}>Download results (JSON)</button>
      </div>
      <h3>Review</h3>
      <ol part="review" class="review">${run.plan.map((p) => renderReviewItem(ctx, p.question))}</ol>
    </section>
  `;
}
