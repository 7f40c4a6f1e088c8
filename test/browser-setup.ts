import {fixtureCleanup} from '@open-wc/testing';
import {afterEach} from 'vitest';

// @open-wc registers its own cleanup only when a global afterEach exists; Vitest has none without globals.
afterEach(() => fixtureCleanup());
