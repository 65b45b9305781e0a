/**
 * Sets the phone's "now" for page tests. Pages read `Date.now()` to decide what to offer (a
 * sign-up form before the deadline, 签到 once a session has started…), so a test whose fixtures
 * sit on fixed dates must put the clock where those dates mean what the test expects; otherwise
 * it passes only until the real date walks past them.
 *
 * Only `Date` is faked: timers, promises and animation frames stay real, so `waitFor`, NutUI and
 * React behave exactly as in the tests that do not set a clock. The clock stands still at the
 * instant given (no test here measures elapsed time); a test that needs its own moving timers
 * can still call `jest.useFakeTimers` itself.
 */

const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/** From now until `jest.useRealTimers()`, `Date.now()` and `new Date()` answer `at` (epoch ms). */
export function setNow(at: number): void {
  jest.useFakeTimers({ now: at, doNotFake: [...REAL_TIMERS] });
}

/** Runs every test of the enclosing file (or describe) with the phone's clock at `at`. */
export function atNow(at: number): void {
  beforeEach(() => setNow(at));
  afterEach(() => jest.useRealTimers());
}
