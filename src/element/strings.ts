/**
 * Every piece of text the quiz's interface shows, in English. A page replaces any of them with the `strings`
 * property, or picks another shipped language with the `locale` attribute (see locales/). Question content
 * (prompts, choices, explanations, evidence) stays in the article's own language.
 */
export const en = {
  loading: 'Loading the quiz…',
  busy: 'One moment…',
  errorHeading: 'The quiz could not be shown',
  retryLoad: 'Try loading again',
  noSource: 'No quiz to show: give <article-quiz> a src attribute, a <script type="application/json"> child, or set its quiz property.',
  chunkFailed: 'Part of the quiz could not be downloaded. Check your connection and reload the page.',
  storageNote: 'Your progress cannot be saved in this browser (storage is off or full). You can still finish the quiz.',
  progressCleared: 'Saved progress for this quiz could not be used and was cleared.',
  questionCount: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
  about: 'about dates, distances and who said what.',
  showAfterEach: 'You see the answer after each question.',
  showAfterSubmit: 'Your answers are marked at the end.',
  showNever: 'Your score is shown at the end.',
  timeLimit: (clock: string) => `Time limit: ${clock} (you can add time when it runs low).`,
  passMark: (percent: number) => `Pass mark: ${percent}%.`,
  nothingToAsk: 'There are no questions to ask with these settings.',
  start: 'Start quiz',
  resume: (n: number, total: number) => `Resume (question ${n} of ${total})`,
  seeResults: 'See your results',
  startOver: 'Start over',
  resumed: (n: number, total: number) => `Resumed at question ${n} of ${total}.`,
  printWorksheet: 'Print worksheet',
  printKey: 'Print answer key',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  check: 'Check answer',
  next: 'Next',
  nextQuestion: 'Next question',
  previous: 'Previous',
  finish: 'Finish',
  reviewAndSubmit: 'Review and submit',
  results: 'See results',
  chooseFirst: 'Choose an answer first.',
  numberFirst: 'Enter your answer as a number first.',
  speakersFirst: 'Choose a speaker for the quotes first.',
  notANumber: (typed: string) => `“${typed}” is not a number. Type the number in digits, for example 12 or 12.5.`,
  unansweredCount: (n: number) => (n ? `${n} questions are not answered yet.` : 'All questions are answered.'),
  complete: (score: number, max: number, timeUp: boolean) =>
    `${timeUp ? 'Time is up: your answers so far were submitted. ' : ''}Quiz complete. You scored ${score} out of ${max}.`,
  moreTime: (minutes: number) => `${minutes} more minutes added.`,
  timeWarning: (left: string) => `${left}. You can add more time.`,
  moved: (text: string, n: number, total: number) => `“${text}” moved to position ${n} of ${total}.`,
};

export type QuizStrings = typeof en;

/** Text the page may replace: any key of the element's or of its views' tables (each view merges its own defaults). */
export type UiStrings = Partial<QuizStrings> & {[key: string]: unknown};

/**
 * `defaults` with the replacements that fit: a text for a text, a function for a function. A page's `strings`
 * with a mistake (a text where a function is needed, a number, null) cannot break the quiz; it shows English.
 */
export function withStrings<T extends object>(defaults: T, overrides: {[key: string]: unknown} = {}): T {
  const merged: {[key: string]: unknown} = {...(defaults as {[key: string]: unknown})};
  for (const [key, value] of Object.entries(overrides)) {
    if (key in defaults && typeof value === typeof (defaults as {[key: string]: unknown})[key] && value !== null) merged[key] = value;
  }
  return merged as T;
}
