/**
 * How many items at the start of a sorted list satisfy `before` (all that do must come first): a binary
 * search, so lookups by offset stay logarithmic and long articles stay linear overall.
 */
export function countLeading<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
