import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {checkQuizData, parseQuizText, type ParseResult} from '../format/parse.js';
import {CATEGORIES, type Category, type Evidence, type NumericQuestion, type Question, type QuizFile, type SingleChoiceQuestion, type Unit} from '../format/types.js';
import {describeAnswer, describeKey, describeTolerance, gradeAnswer, verdictOf, type Answer, type AnswerResult, type Verdict} from '../quiz/answers.js';
import {parseCategories, planRetry, planRun, type PlannedQuestion} from '../quiz/plan.js';
import {summarize} from '../quiz/score.js';
import {parseNumber, unitChoices, unitLabel} from '../quiz/units.js';
import {QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent, type QuizMode} from './events.js';
import {loadQuiz} from './load-quiz.js';
import {quizStyles} from './styles.js';

type Screen = 'loading' | 'error' | 'start' | 'question' | 'results';

/** What the student has entered on a question but not yet had graded. */
interface Draft {
  choiceId?: string;
  text?: string;
  unit?: Unit;
}

interface Failure {
  message: string;
  issues: string[];
  retryable: boolean;
}

const CATEGORY_LABELS: Record<Category, string> = {date: 'Dates', distance: 'Distances', quote: 'Quotes'};

/** Said in words and an icon, never by colour alone. */
const VERDICTS: Record<Verdict, [icon: string, text: string]> = {
  correct: ['✓', 'Correct'],
  partial: ['½', 'Close: half credit'],
  incorrect: ['✗', 'Incorrect'],
  unanswered: ['–', 'Not answered'],
};

/**
 * A scored quiz about a news article: dates, distances and who said what, with every answer proved by the
 * article's own words.
 *
 * @summary Embeddable, accessible article quiz.
 *
 * @fires quiz-start - The student started a run. Detail: `{questionCount, mode, seed}`.
 * @fires quiz-answer - The student answered a question. Detail: `{questionId, category, answer, correct, points}`.
 * @fires quiz-complete - The student finished a run. Detail: `{score, max, percentage, byCategory, answers}`.
 * @fires quiz-error - The question file could not be loaded or is invalid. Detail: `{message, issues, source}`.
 *
 * @slot - An optional `<script type="application/json">` holding the question file.
 *
 * @csspart base - The quiz's frame.
 * @csspart title - The article title on the start screen.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of each screen (Start, Check, Next, Try again).
 * @csspart progress - The progress text and bar.
 * @csspart question - The question form.
 * @csspart choice - Each answer choice (label and radio).
 * @csspart numeric-input - The number field of a numeric question.
 * @csspart feedback - The feedback after checking an answer.
 * @csspart evidence - The quoted sentence from the article.
 * @csspart results - The results screen.
 * @csspart review - The review list on the results screen.
 * @csspart error - The error message.
 *
 * @cssprop --article-quiz-font - Font family.
 * @cssprop --article-quiz-text - Text colour.
 * @cssprop --article-quiz-background - Background colour.
 * @cssprop --article-quiz-accent - Buttons, progress and selection.
 * @cssprop --article-quiz-correct - Colour of correct answers.
 * @cssprop --article-quiz-incorrect - Colour of wrong answers and errors.
 * @cssprop --article-quiz-highlight - Background of the answer inside the evidence.
 * @cssprop --article-quiz-radius - Corner radius.
 * @cssprop --article-quiz-max-width - Widest the quiz grows.
 */
export class ArticleQuiz extends LitElement {
  static override styles = quizStyles;

  // Declared here rather than with decorators: no decorator transform to trust, and a smaller bundle.
  static override properties = {
    src: {},
    mode: {reflect: true},
    seed: {},
    count: {type: Number},
    categories: {},
    quiz: {attribute: false},
    screen: {state: true},
    loaded: {state: true},
    failure: {state: true},
    run: {state: true},
    index: {state: true},
    results: {state: true},
    drafts: {state: true},
    checked: {state: true},
    inputError: {state: true},
    announcement: {state: true},
  };

  #loadController?: AbortController;
  #attempt = 0;
  readonly #fallbackSeed = Math.random().toString(36).slice(2, 10);
  #focusAfterUpdate = false;

  private screen: Screen = 'loading';
  private loaded: QuizFile | null = null;
  private failure: Failure | null = null;
  private run: PlannedQuestion[] = [];
  private index = 0;
  private results = new Map<string, AnswerResult>();
  private drafts = new Map<string, Draft>();
  /** The current question has been graded and its feedback is showing. */
  private checked = false;
  private inputError = '';
  private announcement = '';

  /** URL of the question file. */
  src?: string;

  /** `practice` shows feedback after each question; `test` only on the results screen. */
  mode: QuizMode = 'practice';

  /** The same seed gives the same question and choice order. Without one, each load differs. */
  seed?: string;

  /** Draw this many questions. */
  count?: number;

  /** Comma-separated categories to keep: `date`, `distance`, `quote`. */
  categories?: string;

  /** The question file as an object, set from script. Checked like a fetched file. */
  quiz?: QuizFile;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('quiz') && this.quiz !== undefined) {
      this.#accept(checkQuizData(this.quiz, 'The quiz property'), 'quiz property');
    } else if (changed.has('src') && this.src) {
      void this.#load(this.src);
    } else if (!this.hasUpdated && this.quiz === undefined && !this.src) {
      this.#readInlineQuiz();
    }
  }

  protected override updated(): void {
    if (!this.#focusAfterUpdate) return;
    this.#focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }

  // ---- loading -------------------------------------------------------------

  #readInlineQuiz(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      this.#accept(parseQuizText(script.textContent ?? '', 'The inline quiz script'), 'inline script');
      return;
    }
    this.#fail(
      {
        message: 'No quiz to show: give <article-quiz> a src attribute, a <script type="application/json"> child, or set its quiz property.',
        issues: [],
        retryable: false,
      },
      'none'
    );
  }

  async #load(src: string): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    this.screen = 'loading';
    this.failure = null;
    try {
      const result = await loadQuiz(src, controller.signal);
      if (controller.signal.aborted) return;
      this.#accept(result, src, result.ok ? false : Boolean(result.retryable));
    } catch {
      // Aborted: a newer src or removal from the page took over.
    }
  }

  #accept(result: ParseResult, source: string, retryable = false): void {
    if (!result.ok) {
      this.#fail({message: result.message, issues: result.issues, retryable}, source);
      return;
    }
    this.loaded = result.quiz;
    this.failure = null;
    this.screen = 'start';
  }

  #fail(failure: Failure, source: string): void {
    this.loaded = null;
    this.failure = failure;
    this.screen = 'error';
    this.dispatchEvent(new QuizErrorEvent({message: failure.message, issues: failure.issues, source}));
  }

  #handleRetryLoad(): void {
    if (this.src) void this.#load(this.src);
  }

  // ---- running a quiz ------------------------------------------------------

  /** An unknown mode attribute falls back to practice rather than to a half-working quiz. */
  get #mode(): QuizMode {
    return this.mode === 'test' ? 'test' : 'practice';
  }

  get #baseSeed(): string {
    return this.seed ?? this.#fallbackSeed;
  }

  get #current(): PlannedQuestion | undefined {
    return this.run[this.index];
  }

  #startRun(run: PlannedQuestion[]): void {
    this.run = run;
    this.index = 0;
    this.results = new Map();
    this.drafts = new Map();
    this.checked = false;
    this.inputError = '';
    this.screen = 'question';
    this.#announce(`Question 1 of ${run.length}.`);
    this.#focusAfterUpdate = true;
    this.dispatchEvent(new QuizStartEvent({questionCount: run.length, mode: this.#mode, seed: this.#runSeed()}));
  }

  #runSeed(): string {
    return this.#attempt === 0 ? this.#baseSeed : `${this.#baseSeed}#${this.#attempt}`;
  }

  #planFresh(): PlannedQuestion[] {
    return planRun(this.loaded!, {
      seed: this.#runSeed(),
      count: this.count,
      categories: parseCategories(this.categories, CATEGORIES),
    });
  }

  #handleStart(): void {
    this.#attempt = 0;
    this.#startRun(this.#planFresh());
  }

  #handleTryAgain(): void {
    this.#attempt += 1;
    this.#startRun(this.#planFresh());
  }

  #handleRetryMissed(): void {
    const missed = new Set(this.run.filter((p) => !this.results.get(p.question.id)?.correct).map((p) => p.question.id));
    this.#attempt += 1;
    this.#startRun(planRetry(this.run, missed, this.#runSeed()));
  }

  #draftFor(question: Question): Draft {
    return this.drafts.get(question.id) ?? {};
  }

  #setDraft(question: Question, change: Draft): void {
    const drafts = new Map(this.drafts);
    drafts.set(question.id, {...this.#draftFor(question), ...change});
    this.drafts = drafts;
    this.inputError = '';
  }

  /** The answer the drafts make, `null` when nothing was given, or a message when what was typed is unusable. */
  #readAnswer(question: Question): Answer | null | string {
    const draft = this.#draftFor(question);
    if (question.kind === 'single-choice') {
      return draft.choiceId ? {kind: 'choice', choiceId: draft.choiceId} : null;
    }
    const parsed = parseNumber(draft.text ?? '');
    if (!parsed.ok) {
      if (parsed.reason === 'empty') return null;
      return `“${(draft.text ?? '').trim()}” is not a number. Type the number in digits, for example 12 or 12.5.`;
    }
    return {kind: 'numeric', value: parsed.value, unit: draft.unit ?? question.answer.unit};
  }

  #record(question: Question, answer: Answer): AnswerResult {
    const result = gradeAnswer(question, answer);
    const results = new Map(this.results);
    results.set(question.id, result);
    this.results = results;
    this.dispatchEvent(
      new QuizAnswerEvent({
        questionId: question.id,
        category: question.category,
        answer,
        correct: result.correct,
        points: result.points,
      })
    );
    return result;
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#mode === 'test') this.#handleTestNext();
    else if (this.checked) this.#goNext();
    else this.#handleCheck();
  }

  #handleCheck(): void {
    const question = this.#current!.question;
    const answer = this.#readAnswer(question);
    if (answer === null || typeof answer === 'string') {
      this.inputError = answer ?? (question.kind === 'numeric' ? 'Enter your answer as a number first.' : 'Choose an answer first.');
      this.#announce(this.inputError);
      return;
    }
    const result = this.#record(question, answer);
    this.checked = true;
    const [, verdictText] = VERDICTS[verdictOf(result)];
    this.#announce(result.correct ? 'Correct.' : `${verdictText}. The right answer is ${describeKey(question)}.`);
  }

  #handleTestNext(): void {
    const question = this.#current!.question;
    const answer = this.#readAnswer(question);
    if (typeof answer === 'string') {
      this.inputError = answer;
      this.#announce(answer);
      return;
    }
    if (answer) this.#record(question, answer);
    else if (this.results.has(question.id)) {
      const results = new Map(this.results);
      results.delete(question.id);
      this.results = results;
    }
    this.#goNext();
  }

  #handlePrevious(): void {
    if (this.index === 0) return;
    this.index -= 1;
    this.inputError = '';
    this.#announce(`Question ${this.index + 1} of ${this.run.length}.`);
    this.#focusAfterUpdate = true;
  }

  #goNext(): void {
    if (this.index >= this.run.length - 1) {
      this.#finish();
      return;
    }
    this.index += 1;
    this.checked = false;
    this.inputError = '';
    this.#announce(`Question ${this.index + 1} of ${this.run.length}.`);
    this.#focusAfterUpdate = true;
  }

  #finish(): void {
    const questions = this.run.map((p) => p.question);
    const summary = summarize(questions, this.results);
    this.screen = 'results';
    this.checked = false;
    this.#announce(`Quiz complete. You scored ${summary.score} out of ${summary.max}.`);
    this.#focusAfterUpdate = true;
    const answers = questions.map((q) => this.results.get(q.id)).filter((r): r is AnswerResult => r !== undefined);
    this.dispatchEvent(new QuizCompleteEvent({...summary, answers}));
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  // ---- rendering -----------------------------------------------------------

  override render(): TemplateResult {
    return html`
      <div part="base" class="base ${this.screen === 'error' ? 'error' : ''}" lang=${this.loaded?.article.language ?? nothing}>
        ${this.#renderScreen()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  #renderScreen(): TemplateResult {
    switch (this.screen) {
      case 'loading':
        return html`<p class="muted" aria-busy="true">Loading the quiz…</p>`;
      case 'error':
        return this.#renderError();
      case 'start':
        return this.#renderStart();
      case 'question':
        return this.#renderQuestion();
      case 'results':
        return this.#renderResults();
    }
  }

  #renderError(): TemplateResult {
    const failure = this.failure!;
    return html`
      <div part="error" role="alert">
        <h2>The quiz could not be shown</h2>
        <p>${failure.message}</p>
        ${failure.issues.length ? html`<ul>${failure.issues.map((issue) => html`<li>${issue}</li>`)}</ul>` : nothing}
      </div>
      ${failure.retryable
        ? html`<div class="actions"><button part="button primary-button" class="primary" @click=${this.#handleRetryLoad}>Try loading again</button></div>`
        : nothing}
    `;
  }

  #renderStart(): TemplateResult {
    const quiz = this.loaded!;
    const total = planRun(quiz, {seed: 'count', count: this.count, categories: parseCategories(this.categories, CATEGORIES)}).length;
    return html`
      <h2 part="title">${quiz.article.title}</h2>
      <p class="muted">${quiz.article.source} · ${formatPublished(quiz)}</p>
      <p>
        ${total === 1 ? '1 question' : `${total} questions`} about dates, distances and who said what.
        ${this.#mode === 'test' ? 'Test: your answers are marked at the end.' : 'Practice: you see the answer after each question.'}
      </p>
      ${total === 0
        ? html`<p>There are no questions to ask with these settings.</p>`
        : html`<div class="actions">
            <button part="button primary-button" class="primary" @click=${this.#handleStart}>Start quiz</button>
          </div>`}
    `;
  }

  #renderProgress(): TemplateResult {
    const position = this.index + 1;
    return html`
      <div part="progress" class="progress">
        <span class="progress-label" id="progress-label">Question ${position} of ${this.run.length}</span>
        <progress aria-labelledby="progress-label" max=${this.run.length} value=${position}></progress>
      </div>
    `;
  }

  #renderQuestion(): TemplateResult {
    const {question} = this.#current!;
    const showFeedback = this.checked && this.#mode === 'practice';
    const last = this.index === this.run.length - 1;
    const primaryLabel = this.#mode === 'test' ? (last ? 'Finish and see results' : 'Next') : this.checked ? (last ? 'See results' : 'Next question') : 'Check answer';
    return html`
      ${this.#renderProgress()}
      <form part="question" @submit=${this.#handleSubmit} novalidate>
        <fieldset ?disabled=${showFeedback} aria-describedby=${this.inputError ? 'input-error' : nothing}>
          <legend><h2 tabindex="-1" data-autofocus>${question.prompt}</h2></legend>
          ${question.kind === 'single-choice' ? this.#renderChoices(question) : this.#renderNumeric(question)}
          ${this.inputError ? html`<p class="field-error" id="input-error">${this.inputError}</p>` : nothing}
        </fieldset>
        ${showFeedback ? this.#renderFeedback(question) : nothing}
        <div class="actions">
          ${this.#mode === 'test' && this.index > 0
            ? html`<button part="button" type="button" @click=${this.#handlePrevious}>Previous</button>`
            : nothing}
          <button part="button primary-button" class="primary" type="submit">${primaryLabel}</button>
        </div>
      </form>
    `;
  }

  #renderChoices(question: SingleChoiceQuestion): TemplateResult {
    const {choiceOrder} = this.#current!;
    const selected = this.#draftFor(question).choiceId;
    const showFeedback = this.checked && this.#mode === 'practice';
    const name = `choice-${this.index}`;
    return html`
      <div class="choices">
        ${choiceOrder.map((id) => {
          const choice = question.choices.find((c) => c.id === id)!;
          const isKey = id === question.answer;
          const state = showFeedback && isKey ? 'correct' : showFeedback && id === selected ? 'incorrect' : '';
          return html`
            <label part="choice" class="choice ${state ? `choice--${state}` : ''}">
              <input
                type="radio"
                name=${name}
                .value=${id}
                .checked=${live(id === selected)}
                @change=${() => this.#setDraft(question, {choiceId: id})}
              />
              <span>${choice.text}</span>
              ${state
                ? html`<span class="choice-mark">${state === 'correct' ? '✓ Right answer' : '✗ Your answer'}</span>`
                : nothing}
            </label>
          `;
        })}
      </div>
    `;
  }

  #renderNumeric(question: NumericQuestion): TemplateResult {
    const draft = this.#draftFor(question);
    const units = unitChoices(question.answer.unit);
    const unit = draft.unit ?? question.answer.unit;
    return html`
      <div class="numeric">
        <div class="field">
          <label for="numeric-answer">Your answer</label>
          <input
            id="numeric-answer"
            part="numeric-input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            .value=${live(draft.text ?? '')}
            aria-invalid=${this.inputError ? 'true' : 'false'}
            aria-describedby=${this.inputError ? 'input-error' : nothing}
            @input=${(e: Event) => this.#setDraft(question, {text: (e.target as HTMLInputElement).value})}
          />
        </div>
        <div class="field">
          <label for="numeric-unit">Unit</label>
          <select id="numeric-unit" @change=${(e: Event) => this.#setDraft(question, {unit: (e.target as HTMLSelectElement).value as Unit})}>
            ${units.map((u) => html`<option value=${u} ?selected=${u === unit}>${unitLabel(u)}</option>`)}
          </select>
        </div>
      </div>
    `;
  }

  #renderVerdict(verdict: Verdict): TemplateResult {
    const [icon, text] = VERDICTS[verdict];
    return html`
      <p class="verdict verdict--${verdict}">
        <span class="icon" aria-hidden="true">${icon}</span>
        ${text}
      </p>
    `;
  }

  #renderFeedback(question: Question): TemplateResult {
    const result = this.results.get(question.id);
    const verdict = verdictOf(result);
    return html`
      <div part="feedback" class="feedback feedback--${verdict}">
        ${this.#renderVerdict(verdict)}
        ${result && verdict !== 'correct' && result.answer.kind === 'numeric'
          ? html`<p>You answered ${describeAnswer(question, result.answer)}.${verdict === 'partial' && question.kind === 'numeric'
              ? ` That is within twice the allowed margin of ±${describeTolerance(question)}, so it earns half the points.`
              : ''}</p>`
          : nothing}
        <p>The right answer: <strong>${describeKey(question)}</strong>.</p>
        <p>${question.explanation}</p>
        ${this.#renderEvidence(question.evidence)}
      </div>
    `;
  }

  #renderEvidence(evidence: Evidence): TemplateResult {
    const paragraph = this.loaded!.article.paragraphs[evidence.paragraph] ?? '';
    const {start, end} = evidence;
    const highlight = evidence.highlight ?? {start, end: start};
    return html`
      <p class="evidence-label">From the article (paragraph ${evidence.paragraph + 1}):</p>
      <blockquote part="evidence">${paragraph.slice(start, highlight.start)}${highlight.end > highlight.start
          ? html`<mark>${paragraph.slice(highlight.start, highlight.end)}</mark>`
          : nothing}${paragraph.slice(highlight.end, end)}</blockquote>
    `;
  }

  #renderResults(): TemplateResult {
    const questions = this.run.map((p) => p.question);
    const summary = summarize(questions, this.results);
    const missed = questions.filter((q) => !this.results.get(q.id)?.correct).length;
    const categories = CATEGORIES.filter((c) => summary.byCategory[c].total > 0);
    return html`
      <section part="results" aria-labelledby="results-heading">
        <h2 id="results-heading" tabindex="-1" data-autofocus>Your results</h2>
        <p class="score">You scored ${summary.score} out of ${summary.max} (${summary.percentage}%).</p>
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
          <button part="button primary-button" class="primary" @click=${this.#handleTryAgain}>Try again</button>
          ${missed > 0
            ? html`<button part="button" @click=${this.#handleRetryMissed}>Retry ${missed === 1 ? 'the missed question' : `the ${missed} missed questions`}</button>`
            : nothing}
        </div>
        <h3>Review</h3>
        <ol part="review" class="review">${this.run.map((p) => this.#renderReviewItem(p.question))}</ol>
      </section>
    `;
  }

  #renderReviewItem(question: Question): TemplateResult {
    const result = this.results.get(question.id);
    return html`
      <li class="review-item">
        <p><strong>${question.prompt}</strong></p>
        ${this.#renderVerdict(verdictOf(result))}
        <dl>
          <dt>Your answer</dt>
          <dd>${result ? describeAnswer(question, result.answer) : '(none)'}</dd>
          <dt>Right answer</dt>
          <dd>${describeKey(question)}</dd>
        </dl>
        <p>${question.explanation}</p>
        ${this.#renderEvidence(question.evidence)}
      </li>
    `;
  }
}

function formatPublished(quiz: QuizFile): string {
  const {published, precision} = quiz.article;
  const [year, month = 1, day = 1] = published.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month - 1, day));
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? {year: 'numeric'} : precision === 'month' ? {year: 'numeric', month: 'long'} : {dateStyle: 'long'};
  try {
    return new Intl.DateTimeFormat(quiz.article.language, {...options, timeZone: 'UTC'}).format(date);
  } catch {
    // An unknown language tag in the file must not break the quiz: fall back to the raw ISO date.
    return published;
  }
}

if (!customElements.get('article-quiz')) customElements.define('article-quiz', ArticleQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'article-quiz': ArticleQuiz;
  }
}
