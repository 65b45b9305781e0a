/** A clock the test moves by hand, so expiry and throttling windows need no waiting. */
import type { Clock } from '../../core/ports';

export const MINUTE = 60 * 1000;
export const DAY = 24 * 60 * MINUTE;

/** 2025-03-03 09:00 in Beijing. */
export const TEST_START = Date.UTC(2025, 2, 3, 1, 0, 0);

export interface TestClock extends Clock {
  advance(ms: number): void;
}

export function testClock(start = TEST_START): TestClock {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      t += ms;
    },
  };
}
