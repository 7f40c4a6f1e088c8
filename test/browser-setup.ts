import {fixtureCleanup} from '@open-wc/testing';
import 'axe-core/axe.min.js';
import {afterEach} from 'vitest';

// axe leaves WCAG 2.2's target-size rule (2.5.8, AA: controls at least 24 by 24 CSS pixels) off by default;
// every accessibility check here turns it on. chai-a11y-axe uses this same axe from the window.
(window as unknown as {axe: {configure(spec: unknown): void}}).axe.configure({rules: [{id: 'target-size', enabled: true}]});

afterEach(() => {
  // @open-wc registers its own cleanup only when a global afterEach exists; Vitest has none without globals.
  fixtureCleanup();
  // Saved progress would otherwise carry from one test into the next.
  localStorage.clear();
});
