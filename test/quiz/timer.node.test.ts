import {describe, expect, it} from 'vitest';
import {formatClock, parseTimeLimit} from '../../src/quiz/time-limit.js';
import {extensionFor, timerState} from '../../src/quiz/timer.js';
import {describeRemaining} from '../../src/element/timer-view.js';

describe('time limits', () => {
  it.each([
    ['10', 600_000],
    ['10m', 600_000],
    [' 2 min ', 120_000],
    ['90s', 90_000],
    ['1h', 3_600_000],
    ['1.5', 90_000],
  ])('reads %j', (value, ms) => {
    expect(parseTimeLimit(value)).toBe(ms);
  });

  it.each([[''], ['0'], ['off'], ['ten'], [null], ['-5']])('treats %j as no limit', (value) => {
    expect(parseTimeLimit(value)).toBeNull();
  });

  it('warns in the last minute, expires at the end, and moves the end when extended', () => {
    const limit = 600_000;
    expect(timerState(0, 500_000, limit)).toEqual({remainingMs: 100_000, warning: false, expired: false});
    expect(timerState(0, 545_000, limit)).toEqual({remainingMs: 55_000, warning: true, expired: false});
    expect(timerState(0, 600_000, limit)).toEqual({remainingMs: 0, warning: false, expired: true});
    expect(timerState(0, 600_000, limit, extensionFor(limit))).toEqual({remainingMs: 300_000, warning: false, expired: false});
  });

  it('warns in the second half of a short limit', () => {
    expect(timerState(0, 40_000, 90_000).warning).toBe(false);
    expect(timerState(0, 50_000, 90_000).warning).toBe(true);
    expect(timerState(0, 40_000, 90_000).remainingMs).toBe(50_000);
  });

  it('formats the clock and the spoken time', () => {
    expect(formatClock(245_000)).toBe('4:05');
    expect(formatClock(244_100)).toBe('4:05');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(describeRemaining(240_000)).toBe('4 minutes left');
    expect(describeRemaining(30_000)).toBe('30 seconds left');
    expect(describeRemaining(1000)).toBe('1 second left');
  });
});
