/**
 * Everything shown once the student answers: the feedback after Check, test mode's confirm-before-submit,
 * and the results (score, pass mark, per-category table, retry actions, results download, review list), with
 * their styles. Fetched in the background when a run starts, so the first question appears sooner.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {CATEGORIES, type Category, type Question, type QuizFile} from '../format/types.js';
import {exportFileName, resultsToCsv, resultsToJson, type ResultsExport} from '../quiz/export.js';
import {verdictOf, type AnswerResult} from '../quiz/answers.js';
import {describeAnswer, describeKey, describeTolerance} from '../quiz/describe.js';
import type {RunState} from '../quiz/progress.js';
import type {ScoreSummary} from '../quiz/score.js';
import {downloadText} from './download.js';
import {renderEvidence, renderVerdict, VERDICTS} from './templates.js';

const CATEGORY_LABELS: Record<Category, string> = {date: 'Dates', distance: 'Distances', quote: 'Quotes'};

export const answerStyles = css`
  .key-list {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .feedback {
    margin-top: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .feedback--correct {
    border-inline-start-color: var(--_correct);
  }
  .feedback--incorrect {
    border-inline-start-color: var(--_incorrect);
  }
  .verdict {
    font-weight: 700;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .verdict--correct {
    color: var(--_correct);
  }
  .verdict--incorrect,
  .verdict--unanswered {
    color: var(--_incorrect);
  }
  .feedback--partial {
    border-inline-start-color: var(--_accent);
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.9em;
    line-height: 1;
    flex: none;
  }

  blockquote {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-text);
    font-style: normal;
    font-weight: 600;
    padding: 0 0.1em;
  }
  .evidence-label {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0.5rem 0 0;
  }

  .score {
    font-size: 1.2em;
    font-weight: 700;
  }
  table {
    border-collapse: collapse;
    margin: 0.5rem 0 1rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 1rem 0.3rem 0;
    border-bottom: 1px solid var(--_border);
  }
  .review {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 1rem;
  }
  .review-item {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .review-item dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0;
  }
  .review-item dt {
    font-weight: 600;
  }
  .review-item dd {
    margin: 0;
  }

  .unanswered {
    padding-inline-start: 1.25rem;
  }
  button.link {
    border: 0;
    padding: 0.25rem 0;
    text-align: start;
    text-decoration: underline;
    color: var(--_accent);
  }
  .name {
    margin-top: 1rem;
  }
  .name input {
    min-height: 2.75rem;
    max-width: 20rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }

`;

/** What the live region says after Check. */
export function feedbackAnnouncement(question: Question, result: AnswerResult): string {
  if (result.correct) return 'Correct.';
  const verdict = VERDICTS[verdictOf(result)][1];
  return question.kind === 'single-choice' || question.kind === 'numeric'
    ? `${verdict}. The right answer is ${describeKey(question)}.`
    : `${verdict}. The right answers are shown below.`;
}

/** The right answer with the article's proof: per event for timelines, per quote for matching. */
function renderKey(quiz: QuizFile, question: Question, result: AnswerResult | undefined): TemplateResult {
  const paragraphs = quiz.article.paragraphs;
  if (question.kind === 'timeline') {
    return html`<p>The right order, earliest first:</p>
      <ol class="key-list">${question.items.map((item) => html`<li><strong>${item.when}</strong>: ${item.text}${renderEvidence(paragraphs, item.evidence)}</li>`)}</ol>`;
  }
  if (question.kind === 'matching') {
    const given = result?.answer.kind === 'matches' ? result.answer.matches : {};
    return html`<ul class="key-list">
      ${question.pairs.map(
        (pair) => html`<li>
          ${renderVerdict(given[pair.id] === pair.answer ? 'correct' : given[pair.id] ? 'incorrect' : 'unanswered')}
          “${pair.prompt}”: <strong>${pair.answer}</strong>${given[pair.id] && given[pair.id] !== pair.answer ? ` (you chose ${given[pair.id]})` : ''}
          ${renderEvidence(paragraphs, pair.evidence)}
        </li>`
      )}
    </ul>`;
  }
  return html`<p>The right answer: <strong>${describeKey(question)}</strong>.</p>${renderEvidence(paragraphs, question.evidence)}`;
}

/** How a partly right answer was scored, in words. */
function partialNote(question: Question, result: AnswerResult): string {
  const earned = `${Math.round(result.points * 100) / 100} of ${result.maxPoints} points`;
  if (question.kind === 'numeric') return `That is within twice the allowed margin of ±${describeTolerance(question)}, so it earns half the points (${earned}).`;
  if (question.kind === 'timeline') return `${Math.round(result.credit * 100)}% of the pairs of events are in the right order: ${earned}.`;
  if (question.kind === 'matching') return `${Math.round(result.credit * question.pairs.length)} of ${question.pairs.length} quotes matched: ${earned}.`;
  return earned;
}

/** Right or wrong (in words and an icon), the right answer, the explanation and the article's evidence. */
export function renderFeedback(quiz: QuizFile, question: Question, result: AnswerResult | undefined): TemplateResult {
  const verdict = verdictOf(result);
  return html`
    <div part="feedback" class="feedback feedback--${verdict}">
      ${renderVerdict(verdict)}
      ${result && verdict !== 'correct' && result.answer.kind === 'numeric' ? html`<p>You answered ${describeAnswer(question, result.answer)}.</p>` : nothing}
      ${result && verdict === 'partial' ? html`<p>${partialNote(question, result)}</p>` : nothing}
      ${renderKey(quiz, question, result)}
      <p>${question.explanation}</p>
    </div>
  `;
}

export interface ConfirmContext {
  run: RunState;
  /** The time-limit clock, when there is one. */
  timer: TemplateResult | typeof nothing;
  onGoTo(index: number): void;
  onSubmit(): void;
}

/** Test mode's last step (WCAG 3.3.4): what is unanswered, a way back to it, and an explicit Submit. */
export function renderConfirm(ctx: ConfirmContext): TemplateResult {
  const {run} = ctx;
  const unanswered = run.plan.map((p, index) => ({p, index})).filter(({p}) => !run.results.has(p.question.id));
  return html`
    ${ctx.timer}
    <section part="confirm" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" tabindex="-1" data-autofocus>Submit your answers?</h2>
      <p>You have answered ${run.plan.length - unanswered.length} of ${run.plan.length} questions. After submitting you cannot change them.</p>
      ${unanswered.length
        ? html`<p>Not answered yet:</p>
            <ul class="unanswered">
              ${unanswered.map(
                ({p, index}) => html`<li><button part="button" class="link" @click=${() => ctx.onGoTo(index)}>Question ${index + 1}: ${p.question.prompt}</button></li>`
              )}
            </ul>`
        : nothing}
      <div class="actions">
        <button part="button primary-button" class="primary" @click=${ctx.onSubmit}>Submit answers</button>
        <button part="button" @click=${() => ctx.onGoTo(run.plan.length - 1)}>Back to the questions</button>
      </div>
    </section>
  `;
}

export interface ResultsContext {
  quiz: QuizFile;
  run: RunState;
  summary: ScoreSummary;
  passMark: number | null;
  /** False with show-answers="never": the review shows the student's answers only. */
  reveal: boolean;
  onTryAgain(): void;
  onRetryMissed(): void;
  onName(name: string): void;
}

/** The run as a results file for the teacher: one row per question, then the totals. */
function download(ctx: ResultsContext, format: 'csv' | 'json'): void {
  const {quiz, run, summary} = ctx;
  const results: ResultsExport = {
    quizId: quiz.id,
    title: quiz.article.title,
    student: run.name.trim(),
    seed: run.seed,
    completedAt: new Date().toISOString(),
    score: summary.score,
    max: summary.max,
    percentage: summary.percentage,
    rows: run.plan.map(({question}) => {
      const result = run.results.get(question.id);
      return {
        id: question.id,
        prompt: question.prompt,
        given: result ? describeAnswer(question, result.answer) : '',
        right: ctx.reveal ? describeKey(question) : '',
        points: result?.points ?? 0,
        maxPoints: question.points,
      };
    }),
  };
  const text = format === 'csv' ? resultsToCsv(results) : resultsToJson(results);
  downloadText(text, exportFileName(results, format), format === 'csv' ? 'text/csv' : 'application/json');
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
      ${ctx.reveal ? html`<p>${question.explanation}</p>${renderEvidence(ctx.quiz.article.paragraphs, question.evidence)}` : nothing}
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
        <button part="button" @click=${() => download(ctx, 'csv')}>Download results (CSV)</button>
        <button part="button" @click=${() => download(ctx, 'json')}>Download results (JSON)</button>
      </div>
      <h3>Review</h3>
      <ol part="review" class="review">${run.plan.map((p) => renderReviewItem(ctx, p.question))}</ol>
    </section>
  `;
}
