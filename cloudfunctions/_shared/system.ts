/**
 * The platform's own timer as a caller. It never comes from a request:
 *  - CloudBase: a timer trigger invokes the function with an event of the shape
 *    `{ Type: 'Timer', TriggerName, Time, Message }` and NO user context (getWXContext() has no
 *    OPENID). A mini program call always carries an OPENID, and the HTTP access service wraps a
 *    client's body in `event.body`, so a client cannot produce that pair.
 *  - Host: only the in-process job interval builds it; POST /api/fn/* resolves sessions only.
 * The policy admits it only where a rule names the 'system' pseudo-role (timer jobs).
 */
import type { Caller } from '../../core/ports';

export const SYSTEM_CALLER: Caller = Object.freeze({
  userId: 'system',
  displayName: '系统',
  memberships: [],
  acting: null,
  system: true,
}) as Caller;

/** A CloudBase timer-trigger event: `Type === 'Timer'` and no OPENID (checked by the caller). */
export function timerTriggerName(event: unknown): string | null {
  if (!event || typeof event !== 'object') return null;
  const e = event as { Type?: unknown; TriggerName?: unknown };
  return e.Type === 'Timer' && typeof e.TriggerName === 'string' ? e.TriggerName : null;
}
