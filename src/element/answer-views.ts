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
import {describers, namesFrom} from '../quiz/describe.js';
import type {RunState} from '../quiz/progress.js';
import type {ScoreSummary} from '../quiz/score.js';
import {unitName} from '../quiz/units.js';
import {downloadText} from './download.js';
import {renderEvidence, renderVerdict, useTemplateStrings, verdictText} from './templates.js';
import {withStrings} from './strings.js';

/** This module's interface text (English); `useStrings` applies the locale's and the page's replacements. */
export const answerStrings = {
  categories: {date: 'Dates', distance: 'Distances', quote: 'Quotes', measure: 'Other quantities'} as Record<Category, string>,
  correctAnnounce: 'Correct.',
  rightAnswerIs: (verdict: string, key: string) => `${verdict}. The right answer is ${key}.`,
  rightAnswersBelow: (verdict: string) => `${verdict}. The right answers are shown below.`,
  rightOrder: 'The right order, earliest first:',
  youChose: (speaker: string) => ` (you chose ${speaker})`,
  rightAnswer: 'The right answer:',
  earned: (points: number, max: number) => `${points} of ${max} points`,
  partialNumeric: (margin: string, earned: string) => `That is within twice the allowed margin of ±${margin}, so it earns half the points (${earned}).`,
  partialTimeline: (percent: number, earned: string) => `${percent}% of the pairs of events are in the right order: ${earned}.`,
  partialMatching: (right: number, total: number, earned: string) => `${right} of ${total} quotes matched: ${earned}.`,
  youAnswered: (answer: string) => `You answered ${answer}.`,
  confirmHeading: 'Submit your answers?',
  confirmSummary: (answered: number, total: number) => `You have answered ${answered} of ${total} questions. After submitting you cannot change them.`,
  notAnsweredYet: 'Not answered yet:',
  goToQuestion: (n: number, prompt: string) => `Question ${n}: ${prompt}`,
  submit: 'Submit answers',
  backToQuestions: 'Back to the questions',
  resultsHeading: 'Your results',
  scored: (score: number, max: number, percent: number) => `You scored ${score} out of ${max} (${percent}%).`,
  passed: (mark: number) => `Passed: the pass mark is ${mark}%.`,
  notPassed: (mark: number) => `Not passed yet: the pass mark is ${mark}%.`,
  versionCode: (code: string) => `Version code: ${code}`,
  byCategory: 'Score by category',
  category: 'Category',
  correctColumn: 'Correct',
  points: 'Points',
  outOf: (n: number, total: number) => `${n} of ${total}`,
  tryAgain: 'Try again',
  retryMissed: (n: number) => (n === 1 ? 'Retry the missed question' : `Retry the ${n} missed questions`),
  nameLabel: 'Your name (for the results file)',
  downloadCsv: 'Download results (CSV)',
  downloadJson: 'Download results (JSON)',
  review: 'Review',
  yourAnswer: 'Your answer',
  none: '(none)',
  rightAnswerTerm: 'Right answer',
  unitName,
};
let t = answerStrings;
// Answers and keys with the unit names of the locale and the page.
let describe = describers(namesFrom(t.unitName));

/** The element calls this with its locale's and the page's text before it renders a view of this module. */
export function useStrings(overrides: {[key: string]: unknown}): void {
  t = withStrings(answerStrings, overrides);
  describe = describers(namesFrom(t.unitName));
  useTemplateStrings(overrides);
}

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
    margin: 0.5rem 0 0.75rem;
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
  if (result.correct) return t.correctAnnounce;
  const verdict = verdictText(verdictOf(result));
  return question.kind === 'single-choice' || question.kind === 'numeric' ? t.rightAnswerIs(verdict, describe.key(question)) : t.rightAnswersBelow(verdict);
}

/** The right answer with the article's proof: per event for timelines, per quote for matching. */
function renderKey(quiz: QuizFile, question: Question, result: AnswerResult | undefined): TemplateResult {
  const paragraphs = quiz.article.paragraphs;
  if (question.kind === 'timeline') {
    return html`<p>${t.rightOrder}</p>
      <ol class="key-list">${question.items.map((item) => html`<li><strong>${item.when}</strong>: ${item.text}${renderEvidence(paragraphs, item.evidence)}</li>`)}</ol>`;
  }
  if (question.kind === 'matching') {
    const given = result?.answer.kind === 'matches' ? result.answer.matches : {};
    return html`<ul class="key-list">
      ${question.pairs.map(
        (pair) => html`<li>
          ${renderVerdict(given[pair.id] === pair.answer ? 'correct' : given[pair.id] ? 'incorrect' : 'unanswered')}
          “${pair.prompt}”: <strong>${pair.answer}</strong>${given[pair.id] && given[pair.id] !== pair.answer ? t.youChose(given[pair.id]!) : ''}
          ${renderEvidence(paragraphs, pair.evidence)}
        </li>`
      )}
    </ul>`;
  }
  return html`<p>${t.rightAnswer} <strong>${describe.key(question)}</strong>.</p>${renderEvidence(paragraphs, question.evidence)}`;
}

/** How a partly right answer was scored, in words. */
function partialNote(question: Question, result: AnswerResult): string {
  const earned = t.earned(Math.round(result.points * 100) / 100, result.maxPoints);
  if (question.kind === 'numeric') return t.partialNumeric(describe.tolerance(question), earned);
  if (question.kind === 'timeline') return t.partialTimeline(Math.round(result.credit * 100), earned);
  if (question.kind === 'matching') return t.partialMatching(Math.round(result.credit * question.pairs.length), question.pairs.length, earned);
  return earned;
}

/** Right or wrong (in words and an icon), the right answer, the explanation and the article's evidence. */
export function renderFeedback(quiz: QuizFile, question: Question, result: AnswerResult | undefined): TemplateResult {
  const verdict = verdictOf(result);
  return html`
    <div part="feedback" class="feedback feedback--${verdict}">
      ${renderVerdict(verdict)}
      ${result && verdict !== 'correct' && result.answer.kind === 'numeric' ? html`<p>${t.youAnswered(describe.answer(question, result.answer))}</p>` : nothing}
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
      <h2 id="confirm-heading" tabindex="-1" data-autofocus>${t.confirmHeading}</h2>
      <p>${t.confirmSummary(run.plan.length - unanswered.length, run.plan.length)}</p>
      ${unanswered.length
        ? html`<p>${t.notAnsweredYet}</p>
            <ul class="unanswered">
              ${unanswered.map(
                ({p, index}) => html`<li><button part="button" class="link" @click=${() => ctx.onGoTo(index)}>${t.goToQuestion(index + 1, p.question.prompt)}</button></li>`
              )}
            </ul>`
        : nothing}
      <div class="actions">
        <button part="button primary-button" class="primary" @click=${ctx.onSubmit}>${t.submit}</button>
        <button part="button" @click=${() => ctx.onGoTo(run.plan.length - 1)}>${t.backToQuestions}</button>
      </div>
    </section>
  `;
}

export interface ResultsContext {
  quiz: QuizFile;
  run: RunState;
  summary: ScoreSummary;
  passMark: number | null;
  /** Whether the run reached the pass mark (the element decides; undefined without one). */
  passed: boolean | undefined;
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
        given: result ? describe.answer(question, result.answer) : '',
        right: ctx.reveal ? describe.key(question) : '',
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
        <dt>${t.yourAnswer}</dt>
        <dd>${result ? describe.answer(question, result.answer) : t.none}</dd>
        ${ctx.reveal ? html`<dt>${t.rightAnswerTerm}</dt><dd>${describe.key(question)}</dd>` : nothing}
      </dl>
      ${ctx.reveal ? html`<p>${question.explanation}</p>${renderEvidence(ctx.quiz.article.paragraphs, question.evidence)}` : nothing}
    </li>
  `;
}

export function renderResults(ctx: ResultsContext): TemplateResult {
  const {run, summary, passMark, passed} = ctx;
  const missed = run.plan.filter((p) => !run.results.get(p.question.id)?.correct).length;
  const categories = CATEGORIES.filter((c) => summary.byCategory[c].total > 0);
  return html`
    <section part="results" aria-labelledby="results-heading">
      <h2 id="results-heading" tabindex="-1" data-autofocus>${t.resultsHeading}</h2>
      <p class="score">${t.scored(summary.score, summary.max, summary.percentage)}</p>
      ${passMark !== null ? renderVerdict(passed ? 'correct' : 'incorrect', passed ? t.passed(passMark) : t.notPassed(passMark)) : nothing}
      <p class="muted">${t.versionCode(run.seed)}</p>
      <table>
        <caption class="visually-hidden">${t.byCategory}</caption>
        <thead><tr><th scope="col">${t.category}</th><th scope="col">${t.correctColumn}</th><th scope="col">${t.points}</th></tr></thead>
        <tbody>
          ${categories.map((c) => {
            const s = summary.byCategory[c];
            return html`<tr><th scope="row">${t.categories[c]}</th><td>${t.outOf(s.correct, s.total)}</td><td>${t.outOf(s.score, s.max)}</td></tr>`;
          })}
        </tbody>
      </table>
      <div class="actions">
        <button part="button primary-button" class="primary" @click=${ctx.onTryAgain}>${t.tryAgain}</button>
        ${missed > 0
          ? html`<button part="button" @click=${ctx.onRetryMissed}>${t.retryMissed(missed)}</button>`
          : nothing}
      </div>
      <div class="name field">
        <label for="student-name">${t.nameLabel}</label>
        <input id="student-name" autocomplete="name" .value=${live(run.name)} @change=${(e: Event) => ctx.onName((e.target as HTMLInputElement).value)} />
      </div>
      <div class="actions">
        <button part="button" @click=${() => download(ctx, 'csv')}>${t.downloadCsv}</button>
        <button part="button" @click=${() => download(ctx, 'json')}>${t.downloadJson}</button>
      </div>
      <h3>${t.review}</h3>
      <ol part="review" class="review">${run.plan.map((p) => renderReviewItem(ctx, p.question))}</ol>
    </section>
  `;
}
