import type { Envelope, ErrorBody, ErrorCode } from '../../core/errors';

/**
 * Unwrapping a function's reply in tests. Each one throws with the other side of the envelope in
 * the message, so a failing assertion says what the function actually answered.
 */

/** The data of a successful reply. */
export function ok<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(`expected ok, got ${JSON.stringify(env.error)}`);
  return env.data as T;
}

/** The error of a failed reply, which must carry this code. */
export function failed(env: Envelope<unknown>, code: ErrorCode): ErrorBody {
  if (env.ok) throw new Error(`expected ${code}, got ok ${JSON.stringify(env.data)}`);
  expect(env.error.code).toBe(code);
  return env.error;
}

/** The error of a failed reply, whatever its code (for tests that compare the whole body). */
export function errorOf(env: Envelope<unknown>): ErrorBody {
  if (env.ok) throw new Error(`expected an error, got ${JSON.stringify(env.data)}`);
  return env.error;
}
