/** WCAG 2.2 AA contrast of the default palettes, light and dark, read from the element's own styles. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';

const styles = readFileSync('src/element/styles.ts', 'utf8');
const darkStart = styles.indexOf('@media (prefers-color-scheme: dark)');

function palette(text: string): Record<string, string> {
  const colors: Record<string, string> = {};
  for (const m of text.matchAll(/--_([a-z-]+): var\(--article-quiz-[a-z-]+, (#[0-9a-f]{6})\)/g)) colors[m[1]!] = m[2]!;
  return colors;
}

const light = palette(styles.slice(0, darkStart));
const dark = {...light, ...palette(styles.slice(darkStart, styles.indexOf('}', styles.indexOf('}', darkStart) + 1)))};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background, minimum]: 4.5 for text, 3 for focus rings, borders and other UI parts.
const PAIRS: [string, string, number][] = [
  ['text', 'bg', 4.5],
  ['muted', 'bg', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['on-accent', 'accent', 4.5],
  ['correct', 'bg', 4.5],
  ['incorrect', 'bg', 4.5],
  ['correct', 'surface', 4.5],
  ['incorrect', 'surface', 4.5],
  ['mark-text', 'mark', 4.5],
  ['accent', 'bg', 3],
  ['focus', 'bg', 3],
  ['focus', 'surface', 3],
  ['border', 'bg', 3],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_name, colors) => {
  it('defines every colour the checks need', () => {
    for (const [fg, bg] of PAIRS) {
      expect(colors[fg], fg).toMatch(/^#/);
      expect(colors[bg], bg).toMatch(/^#/);
    }
  });

  it.each(PAIRS)('%s on %s reaches %d:1', (fg, bg, minimum) => {
    expect(contrast(colors[fg]!, colors[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});
