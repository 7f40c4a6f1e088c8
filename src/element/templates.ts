/** Small templates shared by the element's screens and its lazily loaded views. */
import {html, nothing, type TemplateResult} from 'lit';
import type {Evidence} from '../format/types.js';
import type {Verdict} from '../quiz/answers.js';
import {withStrings} from './strings.js';

/** This module's interface text (English); the element passes the locale's and the page's replacements. */
export const templateStrings = {
  correct: 'Correct',
  partial: 'Partly right',
  incorrect: 'Incorrect',
  unanswered: 'Not answered',
  fromArticle: (paragraph: number) => `From the article (paragraph ${paragraph}):`,
};
let s = templateStrings;

/** Views call this with the element's text before they render. */
export function useTemplateStrings(overrides: {[key: string]: unknown}): void {
  s = withStrings(templateStrings, overrides);
}

/** Said in words and an icon, never by colour alone. */
const ICONS: Record<Verdict, string> = {correct: '✓', partial: '◐', incorrect: '✗', unanswered: '–'};

export function verdictText(verdict: Verdict): string {
  return s[verdict];
}

export function renderVerdict(verdict: Verdict, text = verdictText(verdict)): TemplateResult {
  return html`
    <p class="verdict verdict--${verdict}">
      <span class="icon" aria-hidden="true">${ICONS[verdict]}</span>
      ${text}
    </p>
  `;
}

/** The sentence that proves an answer, quoted from the article with the answer's words marked. */
export function renderEvidence(paragraphs: readonly string[], evidence: Evidence): TemplateResult {
  const paragraph = paragraphs[evidence.paragraph] ?? '';
  const {start, end} = evidence;
  const highlight = evidence.highlight ?? {start, end: start};
  return html`
    <p class="evidence-label">${s.fromArticle(evidence.paragraph + 1)}</p>
    <blockquote part="evidence">${paragraph.slice(start, highlight.start)}${highlight.end > highlight.start
        ? html`<mark>${paragraph.slice(highlight.start, highlight.end)}</mark>`
        : nothing}${paragraph.slice(highlight.end, end)}</blockquote>
  `;
}
