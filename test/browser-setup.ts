import {fixtureCleanup} from '@open-wc/testing';
import {afterEach} from 'vitest';

afterEach(() => {
  // @open-wc registers its own cleanup only when a global afterEach exists; Vitest has none without globals.
  fixtureCleanup();
  // Saved progress would otherwise carry from one test into the next.
  localStorage.clear();
});
