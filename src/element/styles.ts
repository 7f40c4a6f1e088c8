import {css} from 'lit';

/**
 * Theming: a page sets any public --article-quiz-* property on the element or an ancestor
 * (`article-quiz { --article-quiz-accent: … }`); inside, short private --_* tokens hold the value or its
 * default. Both default palettes meet WCAG AA contrast (4.5:1 text, 3:1 UI), light and dark.
 */
export const quizStyles = css`
  :host {
    --_font: var(--article-quiz-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_size: var(--article-quiz-font-size, 1rem);
    --_text: var(--article-quiz-text, #1b1b1f);
    --_muted: var(--article-quiz-muted, #4a4a55);
    --_bg: var(--article-quiz-background, #ffffff);
    --_surface: var(--article-quiz-surface, #f3f4f8);
    --_border: var(--article-quiz-border, #767684);
    --_accent: var(--article-quiz-accent, #1a56db);
    --_on-accent: var(--article-quiz-on-accent, #ffffff);
    --_correct: var(--article-quiz-correct, #116329);
    --_incorrect: var(--article-quiz-incorrect, #b3261e);
    --_mark: var(--article-quiz-highlight, #fff0a8);
    --_mark-text: var(--article-quiz-highlight-text, #1b1b1f);
    --_focus: var(--article-quiz-focus, #1a56db);
    --_radius: var(--article-quiz-radius, 0.5rem);
    --_width: var(--article-quiz-max-width, 42rem);

    display: block;
    color-scheme: light dark;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--article-quiz-text, #ececf1);
      --_muted: var(--article-quiz-muted, #b9b9c6);
      --_bg: var(--article-quiz-background, #1c1c21);
      --_surface: var(--article-quiz-surface, #2a2a31);
      --_border: var(--article-quiz-border, #9a9aa8);
      --_accent: var(--article-quiz-accent, #8ab4f8);
      --_on-accent: var(--article-quiz-on-accent, #0b1b36);
      --_correct: var(--article-quiz-correct, #7ee2a8);
      --_incorrect: var(--article-quiz-incorrect, #ffb4ab);
      --_mark: var(--article-quiz-highlight, #5c4b00);
      --_mark-text: var(--article-quiz-highlight-text, #fff8dc);
      --_focus: var(--article-quiz-focus, #8ab4f8);
    }
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .base {
    max-width: var(--_width);
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }

  h2,
  h3 {
    margin: 0 0 0.75rem;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.1em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .muted {
    color: var(--_muted);
  }

  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }

  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }

  .progress {
    margin-bottom: 1rem;
  }
  .progress-label {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
    margin-bottom: 0.25rem;
  }
  progress {
    appearance: none;
    width: 100%;
    height: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_surface);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    transition: width 0.3s ease;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.75rem;
    font-weight: 600;
    font-size: 1.05em;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field-error {
    color: var(--_incorrect);
    font-weight: 600;
    margin: 0.5rem 0 0;
  }

  .error {
    border-color: var(--_incorrect);
  }
  .error ul {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }

  .note {
    margin: 1rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    font-size: 0.9em;
  }
  .teacher {
    border-top: 1px solid var(--_border);
    padding-top: 1rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
    progress::-webkit-progress-value {
      transition: none;
    }
  }
`;
