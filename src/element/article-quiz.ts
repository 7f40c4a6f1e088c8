import {LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyValues, type TemplateResult} from 'lit';
import type {ParseResult} from '../format/parse.js';
import {CATEGORIES, type Question, type QuizFile} from '../format/types.js';

import type {Answer, AnswerResult} from '../quiz/answers.js';
import type {PlannedQuestion} from '../quiz/plan.js';
import type {Draw, RunState, SavedProgress} from '../quiz/progress.js';
import {summarize, type ScoreSummary} from '../quiz/score.js';
import {formatClock, parseTimeLimit} from '../quiz/time-limit.js';
import {decimalSeparator} from '../quiz/numbers.js';
import {draftOf, readDraft, type Draft} from '../quiz/drafts.js';
import {en, withStrings, type QuizStrings, type UiStrings} from './strings.js';
import {QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent, type QuizMode, type ShowAnswers} from './events.js';
import {IntervalController} from './interval-controller.js';
import type {XapiActor} from '../lms/xapi.js';
import {quizStyles} from './styles.js';

type Loader = typeof import('./loader.js');
type AnswerViews = typeof import('./answer-views.js');
type TimerView = typeof import('./timer-view.js');
type QuestionViews = typeof import('./question-views.js');
type Reporter = import('../lms/reporter.js').LmsReporter;
/** Shipped interface languages besides English, loaded when wanted. */
const LOCALES: Record<string, () => Promise<{strings: UiStrings}>> = {fr: () => import('./locales/fr.js')};

type Screen = 'loading' | 'error' | 'start' | 'question' | 'confirm' | 'results';

/** What the student has entered on a question but not yet had graded. */


interface Failure {
  message: string;
  issues: string[];
  retryable: boolean;
}

/** Properties that shape a run, and so which saved progress belongs to it. */
const SETTINGS = ['mode', 'seed', 'count', 'categories', 'timeLimit', 'showAnswers'];
const SHOW_ANSWERS: readonly ShowAnswers[] = ['after-each', 'after-submit', 'never'];

/** A short code for a random run, without look-alike characters, so a teacher can type it back as `seed`. */
function randomVersionCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * A scored quiz about a news article: dates, distances and who said what, with every answer proved by the
 * article's own words.
 *
 * @summary Embeddable, accessible article quiz.
 *
 * @fires quiz-start - The student started a run. Detail: `{questionCount, mode, seed}`.
 * @fires quiz-answer - The student answered a question. Detail: `{questionId, category, answer, correct, points}`.
 * @fires quiz-complete - The student finished a run. Detail: `{score, max, percentage, byCategory, answers, passed, passMark, reason}`.
 * @fires quiz-error - The question file could not be loaded or is invalid. Detail: `{message, issues, source}`.
 *
 * @slot - An optional `<script type="application/json">` holding the question file.
 *
 * @csspart base - The quiz's frame.
 * @csspart title - The article title on the start screen.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of each screen (Start, Check, Next, Try again).
 * @csspart progress - The progress text and bar.
 * @csspart timer - The time left, when there is a time limit.
 * @csspart question - The question form.
 * @csspart choice - Each answer choice (label and radio).
 * @csspart numeric-input - The number field of a numeric question.
 * @csspart feedback - The feedback after checking an answer.
 * @csspart evidence - The quoted sentence from the article.
 * @csspart confirm - The confirm-before-submit screen of test mode.
 * @csspart results - The results screen.
 * @csspart review - The review list on the results screen.
 * @csspart error - The error message.
 *
 * @cssprop --article-quiz-font - Font family.
 * @cssprop [--article-quiz-font-size=1rem] - Base font size.
 * @cssprop [--article-quiz-text=#1b1b1f] - Text colour (dark scheme: #ececf1).
 * @cssprop [--article-quiz-muted=#4a4a55] - Secondary text (dark scheme: #b9b9c6).
 * @cssprop [--article-quiz-background=#ffffff] - Background colour (dark scheme: #1c1c21).
 * @cssprop [--article-quiz-surface=#f3f4f8] - Background of choices and feedback (dark scheme: #2a2a31).
 * @cssprop [--article-quiz-border=#767684] - Borders (dark scheme: #9a9aa8).
 * @cssprop [--article-quiz-accent=#1a56db] - Buttons, progress and selection (dark scheme: #8ab4f8).
 * @cssprop [--article-quiz-on-accent=#ffffff] - Text on accent buttons (dark scheme: #0b1b36).
 * @cssprop [--article-quiz-correct=#116329] - Colour of correct answers (dark scheme: #7ee2a8).
 * @cssprop [--article-quiz-incorrect=#b3261e] - Colour of wrong answers and errors (dark scheme: #ffb4ab).
 * @cssprop [--article-quiz-highlight=#fff0a8] - Background of the answer inside the evidence (dark scheme: #5c4b00).
 * @cssprop [--article-quiz-highlight-text=#1b1b1f] - Text of the answer inside the evidence (dark scheme: #fff8dc).
 * @cssprop [--article-quiz-focus=#1a56db] - Focus ring (dark scheme: #8ab4f8).
 * @cssprop [--article-quiz-radius=0.5rem] - Corner radius.
 * @cssprop [--article-quiz-max-width=42rem] - Widest the quiz grows.
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
    timeLimit: {attribute: 'time-limit'},
    passMark: {attribute: 'pass-mark'},
    showAnswers: {attribute: 'show-answers'},
    teacherTools: {attribute: 'teacher-tools', type: Boolean},
    xapiEndpoint: {attribute: 'xapi-endpoint'},
    locale: {},
    strings: {attribute: false},
    quiz: {attribute: false},
    screen: {state: true},
    loaded: {state: true},
    failure: {state: true},
    run: {state: true},
    drafts: {state: true},
    saved: {state: true},
    storageNote: {state: true},
    inputError: {state: true},
    announcement: {state: true},
    clock: {state: true},
  };

  #loadController?: AbortController;
  /** The interface text now: English, then the locale's, then the page's own `strings`. */
  #t: QuizStrings = en;
  #localeStrings: UiStrings = {};
  #loadedLocale = '';
  #loader?: Loader;
  #storageKey = '';
  #attempt = 0;
  readonly #randomSeed = randomVersionCode();
  #focusAfterUpdate = false;
  #timeWarned = false;
  readonly #extraStyles: CSSResult[] = [];
  readonly #requestedViews = new Map<string, Promise<unknown>>();
  readonly #ticker = new IntervalController(this, 1000, () => this.#tick());
  #views?: AnswerViews;
  #timerView?: TimerView;
  #questionViews?: QuestionViews;
  #lms?: Reporter;
  readonly #onPageHide = () => this.#lms?.end();

  private screen: Screen = 'loading';
  private loaded: QuizFile | null = null;
  private failure: Failure | null = null;
  private run: RunState | null = null;
  private drafts = new Map<string, Draft>();
  /** Progress found in storage for this quiz and these settings, offered on the start screen. */
  private saved: SavedProgress | null = null;
  private storageNote = '';
  private inputError = '';
  private announcement = '';
  /** Now, as of the last timer tick; a state so the clock re-renders. */
  private clock = Date.now();

  /** URL of the question file. */
  src?: string;

  /** `practice` shows feedback after each question; `test` only on the results screen. */
  mode: QuizMode = 'practice';

  /** The same seed gives the same question and choice order. Without one, each load differs. */
  seed?: string;

  /** Draw this many questions. */
  count?: number;

  /** Comma-separated categories to keep: `date`, `distance`, `quote`, `measure` (other quantities). */
  categories?: string;

  /** Time limit for a run: `10` (minutes), `90s`, `1h`. Off by default. */
  timeLimit?: string;

  /** Percentage needed to pass, e.g. `70`. No pass mark by default. */
  passMark?: string;

  /** When right answers are shown: `after-each`, `after-submit` or `never`. Default: by mode. */
  showAnswers?: string;

  /** Shows Print worksheet and Print answer key on the start screen. */
  teacherTools = false;

  /** The question file as an object, set from script. Checked like a fetched file. */
  quiz?: QuizFile;

  /**
   * The interface's language: `en` (built in) or `fr`; by default the nearest `lang` attribute of the page.
   * Question content stays in the article's language.
   */
  locale?: string;

  /** Replacements for any interface text (see src/element/strings.ts for the keys), e.g. `{start: 'Begin'}`. */
  strings?: UiStrings;

  /** Milliseconds to wait for the question file before offering to try again. */
  loadTimeout = 20_000;

  /** An xAPI endpoint (LRS) to send statements to. Without it nothing leaves the page. */
  xapiEndpoint?: string;

  /** The Authorization header for the xAPI endpoint, set from script by the host page (never in markup). */
  xapiAuth?: string;

  /** The xAPI actor, e.g. `{name, mbox: 'mailto:…'}` or `{account: {homePage, name}}`, set from script. */
  xapiActor?: XapiActor;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loadController?.abort();
    removeEventListener('pagehide', this.#onPageHide);
    this.#lms?.end();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#onPageHide);
    // Reconnected after a removal that cancelled a load (moved in the DOM, say): load again.
    if (this.hasUpdated && this.screen === 'loading' && this.src) void this.#loadSrc(this.src);
  }

  /** The interface language: the `locale` attribute, else the nearest `lang` on the page. */
  get #language(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  #useLocale(): void {
    const language = this.#language.toLowerCase().split('-')[0]!;
    if (language === this.#loadedLocale) return;
    this.#loadedLocale = language;
    const load = LOCALES[language];
    this.#localeStrings = {};
    if (load) void load().then((module) => {
      if (this.#loadedLocale !== language) return;
      this.#localeStrings = module.strings;
      this.requestUpdate();
    });
  }

  /** What the lazily loaded views get: the locale's text and the page's overrides. */
  get #uiStrings(): UiStrings {
    return {...this.#localeStrings, ...this.strings};
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#useLocale();
    const overrides = this.#uiStrings;
    this.#t = withStrings(en, overrides);
    for (const view of [this.#views, this.#questionViews, this.#timerView]) view?.useStrings(overrides);
    if (changed.has('quiz') && this.quiz !== undefined) {
      const data = this.quiz;
      void this.#load('quiz property', () => async (loader) => loader.checkQuizData(data, 'The quiz property'));
    } else if (changed.has('src') && this.src) {
      void this.#loadSrc(this.src);
    } else if (!this.hasUpdated && this.quiz === undefined && !this.src) {
      this.#readInlineQuiz();
    } else if (this.screen === 'start' && SETTINGS.some((p) => (changed as Map<PropertyKey, unknown>).has(p))) {
      this.#offerSavedProgress();
    }
  }

  protected override updated(): void {
    if (!this.#focusAfterUpdate) return;
    // The target may arrive a render later (the results view loads lazily): keep trying until it exists.
    const target = this.renderRoot.querySelector<HTMLElement>('[data-autofocus]');
    if (!target) return;
    this.#focusAfterUpdate = false;
    target.focus();
  }

  /** Opens a print dialog with a clean worksheet (questions and answer lines) for the current settings. */
  async printWorksheet(): Promise<void> {
    await this.#print(false);
  }

  /** Opens a print dialog with the answer key (right answers and the article's evidence). */
  async printAnswerKey(): Promise<void> {
    await this.#print(true);
  }

  // ---- loading -------------------------------------------------------------

  #readInlineQuiz(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) {
      const text = script.textContent ?? '';
      void this.#load('inline script', () => async (loader) => loader.parseQuizText(text, 'The inline quiz script'));
      return;
    }
    this.#fail(
      {
        message: this.#t.noSource,
        issues: [],
        retryable: false,
      },
      'none'
    );
  }

  #loadSrc(src: string): Promise<void> {
    return this.#load(src, (signal) => {
      // Start the download now, alongside the loader chunk, not after it.
      // A server that never answers must not leave the quiz loading forever.
      const timed = AbortSignal.any ? AbortSignal.any([signal, AbortSignal.timeout(this.loadTimeout)]) : signal;
      const response = fetch(src, {signal: timed, headers: {Accept: 'application/json'}});
      response.catch(() => {}); // an abort or a failure is handled where it is awaited; never unhandled meanwhile
      return async (loader) => {
        const result = await loader.readQuizResponse(src, response, signal);
        return result.ok ? loader.checkQuizData(result.data, `"${src}"`) : {...result, issues: []};
      };
    });
  }

  /**
   * Runs one load: the newest wins (an older one that finishes later is dropped), and nothing escapes into
   * the host page. The loader chunk is fetched alongside whatever `read` fetches.
   */
  async #load(source: string, start: (signal: AbortSignal) => (loader: Loader) => Promise<ParseResult & {retryable?: boolean}>): Promise<void> {
    this.#loadController?.abort();
    const controller = new AbortController();
    this.#loadController = controller;
    this.screen = 'loading';
    this.failure = null;
    let result: ParseResult & {retryable?: boolean};
    try {
      const read = start(controller.signal);
      const loader = (this.#loader ??= await import('./loader.js'));
      result = await read(loader);
    } catch (error) {
      if (controller.signal.aborted) return; // a newer source or removal from the page took over
      // Only the loader chunk's download can fail here (reading and checking never throw); a retry reloads src.
      result = {ok: false, retryable: source === this.src, issues: [], message: `${this.#t.chunkFailed} (${error instanceof Error ? error.message : error})`};
    }
    if (controller.signal.aborted) return;
    if (!result.ok) {
      this.#fail({message: result.message, issues: result.issues, retryable: Boolean(result.retryable)}, source);
      return;
    }
    this.loaded = result.quiz;
    this.run = null;
    this.#ticker.stop();
    this.screen = 'start';
    this.#offerSavedProgress();
    void this.#prepareViews();
    this.#connectLms(result.quiz);
  }

  #fail(failure: Failure, source: string): void {
    this.loaded = null;
    this.failure = failure;
    this.screen = 'error';
    this.#ticker.stop();
    this.dispatchEvent(new QuizErrorEvent({message: failure.message, issues: failure.issues, source}));
  }

  #handleRetryLoad(): void {
    if (this.src) void this.#loadSrc(this.src);
  }

  // ---- settings ------------------------------------------------------------

  /** An unknown mode attribute falls back to practice rather than to a half-working quiz. */
  get #mode(): QuizMode {
    return this.mode === 'test' ? 'test' : 'practice';
  }

  get #showAnswers(): ShowAnswers {
    const value = this.showAnswers as ShowAnswers;
    if (SHOW_ANSWERS.includes(value)) return value;
    return this.#mode === 'test' ? 'after-submit' : 'after-each';
  }

  get #timeLimitMs(): number | null {
    return parseTimeLimit(this.timeLimit);
  }

  get #passMark(): number | null {
    const value = parseFloat(this.passMark ?? '');
    return value >= 0 && value <= 100 ? value : null;
  }

  /** The second and later id-less elements with this src on the page count as copies 2, 3, … (the first keeps no number). */
  get #copyNumber(): string | undefined {
    if (!this.src) return undefined;
    const copies = [...document.querySelectorAll<ArticleQuiz>('article-quiz:not([id])')].filter((el) => el.src === this.src);
    const index = copies.indexOf(this);
    return index > 0 ? String(index + 1) : undefined;
  }

  /**
   * One key per quiz and per settings that shape the run: two quizzes on a page never share progress. Worked out
   * when saved progress is looked up (on load, on a change of settings), not on every answer.
   */
  #keyForSettings(): string {
    return this.#loader!.progressKey(this.loaded!.id, {
      // The same quiz twice on a page keeps two progresses: by the elements' ids, else by which copy this is.
      el: this.id || this.#copyNumber,
      mode: this.#mode,
      seed: this.seed,
      count: this.count,
      categories: this.#loader!.parseCategories(this.categories, CATEGORIES).join(','),
      show: this.#showAnswers,
      time: this.#timeLimitMs ?? undefined,
    });
  }

  // ---- saved progress ------------------------------------------------------

  #offerSavedProgress(): void {
    const {loadProgress, browserStorage} = this.#loader!;
    this.#storageKey = this.#keyForSettings();
    const loaded = loadProgress(browserStorage(), this.#storageKey, this.loaded!.questions);
    this.saved = loaded.status === 'ok' ? loaded.progress : null;
    this.storageNote = loaded.status === 'unavailable' ? this.#t.storageNote : '';
    if (loaded.status === 'discarded') this.#announce(this.#t.progressCleared);
  }

  /** Reports to a learning platform or an xAPI endpoint when there is one (see lms/connect.ts). */
  #connectLms(quiz: QuizFile): void {
    const xapi = this.xapiEndpoint ? {endpoint: this.xapiEndpoint, auth: this.xapiAuth, actor: this.xapiActor} : null;
    void this.#loader!.connectLms(quiz, xapi).then((connected) => {
      if (!connected || this.loaded !== quiz) return connected?.reporter.end();
      this.#lms?.end();
      this.#lms = connected.reporter;
      this.saved ??= connected.resume;
    });
  }

  #persist(): void {
    if (!this.run || !this.loaded) return;
    const {saveProgress, browserStorage, snapshot} = this.#loader!;
    this.#lms?.suspend(JSON.stringify(snapshot(this.run)));
    const ok = saveProgress(browserStorage(), this.#storageKey, snapshot(this.run));
    if (!ok && !this.storageNote) {
      this.storageNote = this.#t.storageNote;
      this.#announce(this.storageNote);
    }
  }

  #handleResume(): void {
    const run = this.#loader!.restore(this.loaded!, this.saved!);
    this.saved = null;
    this.#showRun(run);
    if (run.finished) {
      this.screen = 'results';
    } else {
      this.#announce(this.#t.resumed(run.index + 1, run.plan.length));
      this.#startClock();
    }
  }

  #handleStartOver(): void {
    this.#loader!.clearProgress(this.#loader!.browserStorage(), this.#storageKey);
    this.saved = null;
    this.#handleStart();
  }

  // ---- running a quiz ------------------------------------------------------

  get #current(): PlannedQuestion | undefined {
    return this.run?.plan[this.run.index];
  }

  /** Seed of a fresh run: the page's seed (or a random code), then a new one for each "Try again". */
  #freshSeed(): string {
    const base = this.seed ?? this.#randomSeed;
    return this.#attempt === 0 ? base : `${base}-${this.#attempt + 1}`;
  }

  /**
   * Fetches a lazily loaded view, adopts its styles and re-renders. Called ahead of need (the end screens
   * while the student answers), so the view is there when it is wanted.
   */
  #loadView<T extends {[key: string]: unknown}>(name: string, load: () => Promise<T>, styles: (view: T) => CSSResult, keep: (view: T) => void): Promise<unknown> {
    const pending = this.#requestedViews.get(name);
    if (pending) return pending;
    const loading = load().then(
      (view) => {
        keep(view);
        const elementStyles = (this.constructor as typeof LitElement).elementStyles;
        adoptStyles(this.renderRoot as ShadowRoot, [...elementStyles, ...this.#extraStyles, styles(view)]);
        this.#extraStyles.push(styles(view));
        this.requestUpdate();
      },
      () => {
        this.#requestedViews.delete(name); // let a later run try again
        this.storageNote = this.#t.chunkFailed;
      }
    );
    this.#requestedViews.set(name, loading);
    return loading;
  }

  #prepareViews(): Promise<unknown> {
    this.#loadView('questions', () => import('./question-views.js'), (v) => v.questionStyles, (v) => (this.#questionViews = v));
    if (this.#timeLimitMs) this.#loadView('timer', () => import('./timer-view.js'), (v) => v.timerStyles, (v) => (this.#timerView = v));
    return this.#loadView('answers', () => import('./answer-views.js'), (v) => v.answerStyles, (v) => (this.#views = v));
  }

  #showRun(run: RunState): void {
    this.#prepareViews();
    this.run = run;
    this.drafts = new Map();
    this.inputError = '';
    this.screen = run.finished ? 'results' : 'question';
    this.#focusAfterUpdate = true;
  }

  #startRun(plan: PlannedQuestion[], seed: string, draw?: Draw): void {
    this.#showRun({seed, plan, draw, index: 0, results: new Map(), checked: false, finished: false, name: this.run?.name ?? '', startedAt: Date.now(), extendedMs: 0});
    this.#announce(`${this.#t.questionOf(1, plan.length)}.`);
    this.#startClock();
    this.#persist();
    this.dispatchEvent(new QuizStartEvent({questionCount: plan.length, mode: this.#mode, seed}));
  }

  /** The settings a fresh run is drawn with; with the seed they plan it. */
  get #draw(): Draw {
    return {count: this.count, categories: this.#loader!.parseCategories(this.categories, CATEGORIES)};
  }

  #planFresh(seed: string): PlannedQuestion[] {
    return this.#loader!.planRun(this.loaded!, {seed, ...this.#draw});
  }

  #handleStart(): void {
    this.#attempt = 0;
    this.#startFresh();
  }

  #handleTryAgain(): void {
    this.#attempt += 1;
    this.#startFresh();
  }

  #startFresh(): void {
    const seed = this.#freshSeed();
    this.#startRun(this.#planFresh(seed), seed, this.#draw);
  }

  #handleRetryMissed(): void {
    const run = this.run!;
    const missed = new Set(run.plan.filter((p) => !run.results.get(p.question.id)?.correct).map((p) => p.question.id));
    this.#attempt += 1;
    this.#startRun(this.#loader!.planRetry(run.plan, missed, `${run.seed}-retry`), run.seed);
  }

  #update(change: Partial<RunState>, save = true): void {
    this.run = {...this.run!, ...change};
    if (save) this.#persist();
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
    const read = readDraft(question, this.#draftFor(question), this.#current!.choiceOrder, decimalSeparator(this.#language));
    if (!('problem' in read)) return read;
    return read.problem === 'missing' ? null : this.#t.notANumber(read.text);
  }

  #record(question: Question, answer: Answer): AnswerResult {
    const result = this.#loader!.gradeAnswer(question, answer);
    const results = new Map(this.run!.results);
    results.set(question.id, result);
    this.#update({results});
    this.#lms?.answered(question, result);
    this.dispatchEvent(
      new QuizAnswerEvent({questionId: question.id, category: question.category, answer, correct: result.correct, points: result.points})
    );
    return result;
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#showAnswers !== 'after-each') this.#saveAndNext();
    else if (this.run!.checked) this.#goNext();
    else this.#handleCheck();
  }

  #handleCheck(): void {
    const question = this.#current!.question;
    const answer = this.#readAnswer(question);
    if (answer === null || typeof answer === 'string') {
      this.inputError =
        answer ??
        (question.kind === 'numeric' ? this.#t.numberFirst : question.kind === 'matching' ? this.#t.speakersFirst : this.#t.chooseFirst);
      this.#announce(this.inputError);
      return;
    }
    const result = this.#record(question, answer);
    this.#update({checked: true});
    void this.#prepareViews().then(() => {
      this.#views?.useStrings(this.#uiStrings);
      if (this.#views) this.#announce(this.#views.feedbackAnnouncement(question, result));
    });
  }

  /** Keeps what was typed (a valid answer or nothing); false when what was typed is unusable. */
  #keepDraft(): boolean {
    const question = this.#current!.question;
    const answer = this.#readAnswer(question);
    if (typeof answer === 'string') {
      this.inputError = answer;
      this.#announce(answer);
      return false;
    }
    if (answer) this.#record(question, answer);
    return true;
  }

  #saveAndNext(): void {
    if (!this.#keepDraft()) return;
    if (this.run!.index >= this.run!.plan.length - 1 && this.#mode === 'test') this.#showConfirm();
    else this.#goNext();
  }

  #handlePrevious(): void {
    if (this.run!.index === 0 || !this.#keepDraft()) return;
    this.#goTo(this.run!.index - 1);
  }

  #goTo(index: number): void {
    this.#update({index, checked: false});
    this.screen = 'question';
    this.inputError = '';
    this.#announce(`${this.#t.questionOf(index + 1, this.run!.plan.length)}.`);
    this.#focusAfterUpdate = true;
  }

  #goNext(): void {
    if (this.run!.index >= this.run!.plan.length - 1) this.#finish('completed');
    else this.#goTo(this.run!.index + 1);
  }

  #showConfirm(): void {
    this.screen = 'confirm';
    this.#focusAfterUpdate = true;
    const unanswered = this.run!.plan.filter((p) => !this.run!.results.has(p.question.id)).length;
    this.#announce(this.#t.unansweredCount(unanswered));
  }

  #summary(): ScoreSummary {
    return summarize(this.run!.plan.map((p) => p.question), this.run!.results);
  }

  /** Judged on the whole percentage the student is shown (and platforms are sent), so all three agree. */
  #passed(summary: ScoreSummary): boolean | undefined {
    const passMark = this.#passMark;
    return passMark === null ? undefined : summary.percentage >= passMark;
  }

  #finish(reason: 'completed' | 'time-up'): void {
    this.#ticker.stop();
    this.#update({finished: true, checked: false});
    const summary = this.#summary();
    const passMark = this.#passMark;
    const passed = this.#passed(summary);
    this.screen = 'results';
    this.#focusAfterUpdate = true;
    this.#announce(this.#t.complete(summary.score, summary.max, reason === 'time-up'));
    this.#lms?.completed(summary, passed);
    const answers = this.run!.plan.map((p) => this.run!.results.get(p.question.id)).filter((r): r is AnswerResult => r !== undefined);
    this.dispatchEvent(new QuizCompleteEvent({...summary, answers, passed, passMark: passMark ?? undefined, reason}));
  }

  #announce(message: string): void {
    this.announcement = message;
  }

  // ---- time limit ----------------------------------------------------------

  #startClock(): void {
    this.#timeWarned = false;
    this.clock = Date.now();
    if (this.#timeLimitMs) this.#ticker.start();
    else this.#ticker.stop();
  }

  #tick(): void {
    const limit = this.#timeLimitMs;
    const run = this.run;
    const view = this.#timerView;
    if (!limit || !run || run.finished || !view) return;
    this.clock = Date.now();
    const state = view.timerState(run.startedAt, this.clock, limit, run.extendedMs);
    if (state.expired) {
      if (this.screen === 'question') this.#keepDraft();
      this.#finish('time-up');
    } else if (state.warning && !this.#timeWarned) {
      this.#timeWarned = true;
      this.#announce(this.#t.timeWarning(view.describeRemaining(state.remainingMs)));
    }
  }

  #handleAddTime(): void {
    const added = this.#timerView!.extensionFor(this.#timeLimitMs!);
    this.#update({extendedMs: this.run!.extendedMs + added});
    this.#timeWarned = false;
    this.clock = Date.now();
    this.#announce(this.#t.moreTime(Math.round(added / 60_000)));
  }

  // ---- teacher outputs -----------------------------------------------------

  async #print(answerKey: boolean): Promise<void> {
    if (!this.loaded) return;
    const {printQuiz} = await import('./print.js');
    const seed = this.run?.seed ?? this.#freshSeed();
    printQuiz(this.loaded, this.run?.plan ?? this.#planFresh(seed), {answerKey, versionCode: seed, strings: this.#uiStrings});
  }

  // ---- rendering -----------------------------------------------------------

  override render(): TemplateResult {
    return html`
      <div part="base" class="base ${this.screen === 'error' ? 'error' : ''}" lang=${this.loaded?.article.language ?? nothing}>
        ${this.#renderScreen()}
        ${this.storageNote && this.screen !== 'error' ? html`<p class="note">${this.storageNote}</p>` : nothing}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  #renderScreen(): TemplateResult {
    switch (this.screen) {
      case 'loading':
        return html`<p class="muted" aria-busy="true">${this.#t.loading}</p>`;
      case 'error':
        return this.#renderError();
      case 'start':
        return this.#renderStart();
      case 'question':
        return this.#renderQuestion();
      case 'confirm':
        return this.#renderConfirm();
      case 'results':
        return this.#renderResults();
    }
  }

  #renderError(): TemplateResult {
    const failure = this.failure!;
    return html`
      <div part="error" role="alert">
        <h2>${this.#t.errorHeading}</h2>
        <p>${failure.message}</p>
        ${failure.issues.length ? html`<ul>${failure.issues.map((issue) => html`<li>${issue}</li>`)}</ul>` : nothing}
      </div>
      ${failure.retryable
        ? html`<div class="actions"><button part="button primary-button" class="primary" @click=${this.#handleRetryLoad}>${this.#t.retryLoad}</button></div>`
        : nothing}
    `;
  }

  #renderStart(): TemplateResult {
    const t = this.#t;
    const quiz = this.loaded!;
    const {runLength, formatPublished} = this.#loader!;
    const total = runLength(quiz, this.#draw);
    const limit = this.#timeLimitMs;
    const saved = this.saved;
    const passMark = this.#passMark;
    return html`
      <h2 part="title">${quiz.article.title}</h2>
      <p class="muted">${quiz.article.source} · ${formatPublished(quiz)}</p>
      <p>
        ${t.questionCount(total)} ${t.about}
        ${this.#showAnswers === 'after-each' ? t.showAfterEach : this.#showAnswers === 'after-submit' ? t.showAfterSubmit : t.showNever}
        ${limit ? t.timeLimit(formatClock(limit)) : ''}
        ${passMark !== null ? t.passMark(passMark) : ''}
      </p>
      ${total === 0
        ? html`<p>${t.nothingToAsk}</p>`
        : saved
          ? html`<div class="actions">
              <button part="button primary-button" class="primary" @click=${this.#handleResume}>
                ${saved.finished ? t.seeResults : t.resume(saved.index + 1, saved.run?.length ?? runLength(quiz, saved.draw!))}
              </button>
              <button part="button" @click=${this.#handleStartOver}>${t.startOver}</button>
            </div>`
          : html`<div class="actions">
              <button part="button primary-button" class="primary" @click=${this.#handleStart}>${t.start}</button>
            </div>`}
      ${this.teacherTools && total > 0
        ? html`<div class="actions teacher">
            <button part="button" @click=${this.printWorksheet}>${t.printWorksheet}</button>
            <button part="button" @click=${this.printAnswerKey}>${t.printKey}</button>
          </div>`
        : nothing}
    `;
  }

  #renderProgress(): TemplateResult {
    const run = this.run!;
    const position = run.index + 1;
    return html`
      <div part="progress" class="progress">
        <span class="progress-label" id="progress-label">${this.#t.questionOf(position, run.plan.length)}</span>
        <progress aria-labelledby="progress-label" max=${run.plan.length} value=${position}></progress>
      </div>
      ${this.#renderTimer()}
    `;
  }

  #renderTimer(): TemplateResult | typeof nothing {
    const limit = this.#timeLimitMs;
    const view = this.#timerView;
    const run = this.run!;
    if (!limit || !view) return nothing;
    return view.renderTimer(view.timerState(run.startedAt, this.clock, limit, run.extendedMs), limit, () => this.#handleAddTime());
  }

  #renderQuestion(): TemplateResult {
    const t = this.#t;
    const run = this.run!;
    const {question} = this.#current!;
    const showFeedback = run.checked && this.#showAnswers === 'after-each';
    const last = run.index === run.plan.length - 1;
    const primaryLabel =
      this.#showAnswers !== 'after-each'
        ? last
          ? this.#mode === 'test' ? t.reviewAndSubmit : t.finish
          : t.next
        : run.checked
          ? last ? t.results : t.nextQuestion
          : t.check;
    return html`
      ${this.#renderProgress()}
      <form part="question" @submit=${this.#handleSubmit} novalidate>
        <fieldset ?disabled=${showFeedback} aria-describedby=${this.inputError ? 'input-error' : nothing}>
          <legend><h2 tabindex="-1" data-autofocus>${question.prompt}</h2></legend>
          ${this.#renderAnswerInput(question, showFeedback)}
          ${this.inputError ? html`<p class="field-error" id="input-error">${this.inputError}</p>` : nothing}
        </fieldset>
        ${showFeedback ? this.#views?.renderFeedback(this.loaded!, question, run.results.get(question.id)) ?? html`<p class="muted" aria-busy="true">${t.busy}</p>` : nothing}
        <div class="actions">
          ${this.#mode === 'test' && run.index > 0
            ? html`<button part="button" type="button" @click=${this.#handlePrevious}>${t.previous}</button>`
            : nothing}
          <button part="button primary-button" class="primary" type="submit">${primaryLabel}</button>
        </div>
      </form>
    `;
  }

  /** The draft shown for a question: what is being typed, or else the answer already recorded. */
  #shownDraft(question: Question): Draft {
    return this.drafts.get(question.id) ?? draftOf(this.run!.results.get(question.id)?.answer, decimalSeparator(this.#language));
  }

  #renderAnswerInput(question: Question, checked: boolean): TemplateResult {
    const views = this.#questionViews;
    if (!views) return html`<p class="muted" aria-busy="true">${this.#t.busy}</p>`;
    return views.renderAnswerInput({
      question,
      order: this.#current!.choiceOrder,
      draft: this.#shownDraft(question),
      checked,
      name: `choice-${this.run!.index}`,
      inputError: this.inputError,
      onDraft: (change) => this.#setDraft(question, {...this.#shownDraft(question), ...change}),
      onMoved: (text, position, total) => {
        this.#announce(this.#t.moved(text, position, total));
        return this.updateComplete;
      },
    });
  }

  #renderConfirm(): TemplateResult {
    if (!this.#views) return html`<p class="muted" aria-busy="true">${this.#t.busy}</p>`;
    return this.#views.renderConfirm({
      run: this.run!,
      timer: this.#renderTimer(),
      onGoTo: (index) => this.#goTo(index),
      onSubmit: () => this.#finish('completed'),
    });
  }

  #renderResults(): TemplateResult {
    if (!this.#views) return html`<p class="muted" aria-busy="true">${this.#t.busy}</p>`;
    const summary = this.#summary();
    return this.#views.renderResults({
      quiz: this.loaded!,
      run: this.run!,
      summary,
      passMark: this.#passMark,
      passed: this.#passed(summary),
      reveal: this.#showAnswers !== 'never',
      onTryAgain: () => this.#handleTryAgain(),
      onRetryMissed: () => this.#handleRetryMissed(),
      onName: (name) => this.#update({name}),
    });
  }
}

if (!customElements.get('article-quiz')) customElements.define('article-quiz', ArticleQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'article-quiz': ArticleQuiz;
  }
}
