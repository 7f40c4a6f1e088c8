/**
 * Printable worksheet and answer key. They print from a document of their own (a hidden iframe), so the host
 * page's navigation, ads and comments never end up on paper. Loaded only when a teacher prints.
 */
import {html, nothing, render, type TemplateResult} from 'lit';
import type {Evidence, Question, QuizFile} from '../format/types.js';
import {describers, namesFrom} from '../quiz/describe.js';
import {speakerOptions} from '../quiz/matching.js';
import type {PlannedQuestion} from '../quiz/plan.js';
import {unitName} from '../quiz/units.js';
import {withStrings} from './strings.js';

export interface PrintOptions {
  answerKey: boolean;
  versionCode: string;
  /** The locale's and the page's replacements for the text below. */
  strings?: {[key: string]: unknown};
}

/** This module's text (English). */
export const printStrings = {
  worksheet: 'Worksheet',
  answerKey: 'Answer key',
  versionLabel: 'Version code',
  questions: (n: number) => `${n} questions`,
  name: 'Name:',
  date: 'Date:',
  answer: 'Answer:',
  numberEvents: (n: number) => `Number the events 1 (earliest) to ${n}.`,
  speakers: 'Speakers:',
  accept: (tolerance: number) => ` (accept ±${tolerance})`,
  unitName,
};
let t = printStrings;

const PRINT_CSS = `
  @page { margin: 18mm 16mm; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #000; margin: 0; }
  header { border-bottom: 1.5pt solid #000; margin-bottom: 12pt; padding-bottom: 6pt; }
  h1 { font-size: 16pt; margin: 0 0 4pt; }
  .meta { margin: 0; font-size: 9.5pt; }
  .fill { display: inline-block; min-width: 45mm; border-bottom: 0.75pt solid #000; }
  ol.questions { padding-left: 18pt; }
  ol.questions > li { break-inside: avoid; margin-bottom: 12pt; }
  .prompt { font-weight: bold; margin: 0 0 4pt; }
  ul.choices { list-style: none; padding: 0; margin: 0; }
  ul.choices li::before { content: '\\25A2  '; }
  ul.slots { list-style: none; padding: 0; margin: 0; }
  ul.slots li { margin: 3pt 0; }
  .box { display: inline-block; width: 8mm; height: 6mm; border: 0.75pt solid #000; vertical-align: middle; }
  .line { border-bottom: 0.75pt solid #000; height: 18pt; width: 60%; }
  .key { margin: 2pt 0; }
  blockquote { margin: 2pt 0 0 12pt; font-style: italic; font-size: 10pt; }
  mark { background: none; font-weight: bold; text-decoration: underline; }
`;

function renderWorksheetItem(question: Question, choiceOrder: string[]): TemplateResult {
  switch (question.kind) {
    case 'single-choice': {
      const byId = new Map(question.choices.map((c) => [c.id, c.text]));
      return html`<ul class="choices">${choiceOrder.map((id) => html`<li>${byId.get(id)}</li>`)}</ul>`;
    }
    case 'numeric':
      return html`<p>${t.answer} <span class="fill"></span> ${t.unitName(question.answer.unit, true)}</p>`;
    case 'timeline': {
      const byId = new Map(question.items.map((item) => [item.id, item.text]));
      return html`<p>${t.numberEvents(question.items.length)}</p>
        <ul class="slots">${choiceOrder.map((id) => html`<li><span class="box"></span> ${byId.get(id)}</li>`)}</ul>`;
    }
    case 'matching': {
      const byId = new Map(question.pairs.map((pair) => [pair.id, pair.prompt]));
      return html`<p>${t.speakers} ${speakerOptions(question).join(' · ')}</p>
        <ul class="slots">${choiceOrder.map((id) => html`<li>“${byId.get(id)}” — <span class="fill"></span></li>`)}</ul>`;
    }
  }
}

function renderQuote(quiz: QuizFile, evidence: Evidence): TemplateResult {
  const {paragraph, start, end, highlight} = evidence;
  const text = quiz.article.paragraphs[paragraph] ?? '';
  const mark = highlight ?? {start, end: start};
  return html`<blockquote>${text.slice(start, mark.start)}${mark.end > mark.start ? html`<mark>${text.slice(mark.start, mark.end)}</mark>` : nothing}${text.slice(mark.end, end)}</blockquote>`;
}

function renderKeyItem(quiz: QuizFile, question: Question): TemplateResult {
  const quotes =
    question.kind === 'timeline'
      ? question.items.map((item) => renderQuote(quiz, item.evidence))
      : question.kind === 'matching'
        ? question.pairs.map((pair) => renderQuote(quiz, pair.evidence))
        : [renderQuote(quiz, question.evidence)];
  return html`
    <p class="key"><strong>${t.answer}</strong> ${describers(namesFrom(t.unitName)).key(question)}${question.kind === 'numeric' ? t.accept(question.answer.tolerance) : ''}</p>
    <p class="key">${question.explanation}</p>
    ${quotes}
  `;
}

/** Fills `doc` (an empty document) with the worksheet or the answer key. */
export function buildPrintDocument(doc: Document, quiz: QuizFile, plan: readonly PlannedQuestion[], options: PrintOptions): void {
  t = withStrings(printStrings, options.strings);
  const heading = options.answerKey ? t.answerKey : t.worksheet;
  doc.title = `${heading}: ${quiz.article.title}`;
  doc.documentElement.lang = quiz.article.language;
  // A constructed stylesheet, not a <style> element: a publisher's `style-src 'self'` policy allows it.
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  doc.adoptedStyleSheets = [sheet];
  render(
    html`
      <header>
        <h1>${heading}: ${quiz.article.title}</h1>
        <p class="meta">${quiz.article.source} · ${quiz.article.published} · ${t.versionLabel} ${options.versionCode} · ${t.questions(plan.length)}</p>
        ${options.answerKey ? nothing : html`<p class="meta">${t.name} <span class="fill"></span> ${t.date} <span class="fill"></span></p>`}
      </header>
      <ol class="questions">
        ${plan.map(
          ({question, choiceOrder}) => html`<li>
            <p class="prompt">${question.prompt}</p>
            ${options.answerKey ? renderKeyItem(quiz, question) : renderWorksheetItem(question, choiceOrder)}
          </li>`
        )}
      </ol>
    `,
    doc.body
  );
}

/** Prints from a hidden iframe and removes it afterwards. */
export function printQuiz(quiz: QuizFile, plan: readonly PlannedQuestion[], options: PrintOptions): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;opacity:0;pointer-events:none';
  document.body.append(frame);
  const win = frame.contentWindow!;
  buildPrintDocument(win.document, quiz, plan, options);
  win.addEventListener('afterprint', () => frame.remove(), {once: true});
  win.focus();
  win.print();
  return frame;
}
