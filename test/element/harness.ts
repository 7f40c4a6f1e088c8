/** Drives <article-quiz> the way a user does, and reads what a user would see. */
import {fixture} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../../src/element/article-quiz.js';
import type {ArticleQuiz} from '../../src/element/article-quiz.js';

export interface QuizHarness {
  el: ArticleQuiz;
  root: ShadowRoot;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
  text(): string;
  button(label: string | RegExp): HTMLButtonElement;
  heading(): string;
  choiceLabels(): string[];
  choose(text: string): Promise<void>;
  typeNumber(value: string, unit?: string): Promise<void>;
  click(label: string | RegExp): Promise<void>;
  settle(): Promise<void>;
}

export async function setupQuiz(template: TemplateResult): Promise<QuizHarness> {
  const el = await fixture<ArticleQuiz>(template);
  const root = el.shadowRoot!;
  const harness: QuizHarness = {
    el,
    root,
    $: (selector) => root.querySelector<HTMLElement>(selector),
    $$: (selector) => [...root.querySelectorAll<HTMLElement>(selector)],
    text: () => (root.querySelector('.base') as HTMLElement).innerText,
    button(label) {
      const found = [...root.querySelectorAll('button')].find((b) =>
        typeof label === 'string' ? b.textContent!.trim() === label : label.test(b.textContent!)
      );
      if (!found) throw new Error(`No button "${label}" among: ${[...root.querySelectorAll('button')].map((b) => b.textContent!.trim()).join(', ')}`);
      return found;
    },
    heading: () => root.querySelector('h2')!.textContent!.trim(),
    choiceLabels: () => [...root.querySelectorAll('label.choice span:first-of-type')].map((s) => s.textContent!.trim()),
    async choose(text) {
      const label = [...root.querySelectorAll<HTMLLabelElement>('label.choice')].find((l) => l.querySelector('span')!.textContent!.trim() === text);
      if (!label) throw new Error(`No choice "${text}" among: ${harness.choiceLabels().join(', ')}`);
      label.querySelector('input')!.click();
      await harness.settle();
    },
    async typeNumber(value, unit) {
      const input = root.querySelector<HTMLInputElement>('#numeric-answer')!;
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      if (unit) {
        const select = root.querySelector<HTMLSelectElement>('#numeric-unit')!;
        select.value = unit;
        select.dispatchEvent(new Event('change', {bubbles: true}));
      }
      await harness.settle();
    },
    async click(label) {
      harness.button(label).click();
      await harness.settle();
    },
    async settle() {
      await el.updateComplete;
      await el.updateComplete;
      // Parts of the quiz load lazily and show a busy note meanwhile: wait for what the user would wait for.
      if (root.querySelector('[aria-busy="true"]')) {
        await waitFor(() => !root.querySelector('[aria-busy="true"]'));
        await el.updateComplete;
      }
    },
  };
  if (!root.querySelector('[part="title"]') && !root.querySelector('[part="error"]')) {
    await waitFor(() => Boolean(root.querySelector('[part="title"], [part="error"]')));
  }
  return harness;
}

export async function waitFor(check: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('Timed out waiting for the quiz');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Collects the events an element fires, by type. */
export function recordEvents(el: HTMLElement, types: string[]): Record<string, CustomEvent[]> {
  const seen: Record<string, CustomEvent[]> = Object.fromEntries(types.map((t) => [t, []]));
  for (const type of types) el.addEventListener(type, (event) => seen[type]!.push(event as CustomEvent));
  return seen;
}
