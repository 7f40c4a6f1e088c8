/** Small templates shared by the element's screens and its lazily loaded views. */
import {html, nothing, type TemplateResult} from 'lit';
import type {Evidence} from '../format/types.js';
import type {Verdict} from '../quiz/answers.js';

/** Said in words and an icon, never by colour alone. */
export const VERDICTS: Record<Verdict, [icon: string, text: string]> = {
  correct: ['✓', 'Correct'],
  partial: ['◐', 'Partly right'],
  incorrect: ['✗', 'Incorrect'],
  unanswered: ['–', 'Not answered'],
};

export function renderVerdict(verdict: Verdict, text = VERDICTS[verdict][1]): TemplateResult {
  return html`
    <p class="verdict verdict--${verdict}">
      <span class="icon" aria-hidden="true">${VERDICTS[verdict][0]}</span>
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
    <p class="evidence-label">From the article (paragraph ${evidence.paragraph + 1}):</p>
    <blockquote part="evidence">${paragraph.slice(start, highlight.start)}${highlight.end > highlight.start
        ? html`<mark>${paragraph.slice(highlight.start, highlight.end)}</mark>`
        : nothing}${paragraph.slice(highlight.end, end)}</blockquote>
  `;
}
