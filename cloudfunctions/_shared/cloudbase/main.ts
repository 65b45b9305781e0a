/**
 * The CloudBase entry: `exports.main = createCloudMain('account', handlers)`.
 * Identity is `getWXContext().OPENID` — never anything in the event. The one exception is the
 * platform's timer: an event `{ Type: 'Timer', TriggerName }` WITHOUT an OPENID is the trusted
 * system caller (see ../system.ts), running the action(s) `options.timers[TriggerName]`.
 */
import cloud from 'wx-server-sdk';
import type { ActionName, FunctionName } from '../../../core/contract';
import type { Envelope } from '../../../core/errors';
import { ownEntry } from '../../../core/own';
import { callerFromOpenid, wechatUserId } from '../caller';
import { CALLER_COLLECTIONS, CallerCache, watchingWrites } from '../caller-cache';
import { runAction, type Handlers, type Platform } from '../runtime';
import { SYSTEM_CALLER, timerTriggerName } from '../system';
import { cloudbasePorts, type CloudPorts } from './ports';

export interface CloudMainOptions<F extends FunctionName> {
  /**
   * Timer trigger name (config.json `triggers[].name`) → the action it runs, or the actions it
   * runs one after the other (WeChat allows a function one timer trigger).
   */
  timers?: Partial<Record<string, ActionName<F> | readonly ActionName<F>[]>>;
}

/**
 * How long a warm instance keeps a caller (OPENID → user and memberships). CloudBase keeps a
 * function instance warm between calls and its module state survives them; calls from different
 * users can reach the same instance. The cache is keyed by OPENID, so it never answers one user
 * with another's caller. Writes made by this instance (a switch of the acting role, a revoke)
 * drop it at once; writes made by any other instance or function cannot reach it, so within a
 * warm instance a revoked role can still act, and a new one can still be missing, for up to
 * this long. Kept short for that reason.
 */
export const CLOUD_CALLER_TTL_MS = 3_000;
/** A warm instance serves a few users at a time; a bound keeps a long-lived one small. */
const CLOUD_CALLER_MAX = 1_000;

export function createCloudMain<F extends FunctionName>(
  fn: F,
  handlers: Handlers<F>,
  options: CloudMainOptions<F> = {},
) {
  // Built on the first call and kept for the instance's life, as a cold start would.
  let instance: WarmInstance | null = null;

  return async function main(event: unknown, _context?: unknown): Promise<Envelope<unknown>> {
    instance ??= warmInstance();
    const { ports, callers } = instance;
    // getWXContext() is only trustworthy inside main, per call (CloudBase sets it per invocation).
    const { OPENID } = cloud.getWXContext();
    const trigger = OPENID ? null : timerTriggerName(event);
    const store = ports.store;
    const clock = ports.clock;
    const platform: Platform = {
      ...ports,
      resolveCaller: trigger ? async () => SYSTEM_CALLER : () => cachedCaller(callers, store, clock, OPENID),
    };
    // A timer event carries no action: its trigger's name picks them (none: an unknown action).
    // The trigger's name is looked up among the configured timers' own entries only (core/own.ts).
    if (trigger) return runTimer(fn, handlers, ownEntry(options.timers ?? {}, trigger), platform);
    return runAction(fn, handlers, event, platform);
  };
}

interface WarmInstance {
  ports: CloudPorts;
  callers: CallerCache;
}

/** The ports, with a store that drops this instance's callers on every write they are read from. */
function warmInstance(): WarmInstance {
  const built = cloudbasePorts();
  const callers = new CallerCache(built.clock, { ttlMs: CLOUD_CALLER_TTL_MS, maxEntries: CLOUD_CALLER_MAX });
  const store = watchingWrites(built.store, CALLER_COLLECTIONS, () => callers.invalidate());
  return { ports: { ...built, store }, callers };
}

/** The caller of OPENID, kept per warm instance for CLOUD_CALLER_TTL_MS under that OPENID only. */
async function cachedCaller(
  cache: CallerCache,
  store: CloudPorts['store'],
  clock: CloudPorts['clock'],
  openid: string | undefined,
) {
  if (!openid) return null;
  const caller = await cache.resolve(openid, async () => {
    const found = await callerFromOpenid(store, clock, openid);
    return found ? { caller: found } : null;
  });
  // The key is the OPENID the caller was built from; checked again so that no slip can cross users.
  if (!caller || caller.userId === wechatUserId(openid)) return caller;
  return callerFromOpenid(store, clock, openid);
}

/**
 * Runs a timer's action, or its actions in order — one failing does not stop the next — and
 * answers with `{ok: true, data: {<action>: data}}` for several, or the first failure.
 * CloudBase keeps a timer's answer only in the function's logs.
 */
async function runTimer<F extends FunctionName>(
  fn: F,
  handlers: Handlers<F>,
  actions: ActionName<F> | readonly ActionName<F>[] | undefined,
  platform: Platform,
): Promise<Envelope<unknown>> {
  if (typeof actions !== 'object') return runAction(fn, handlers, { action: actions }, platform);
  const data: Record<string, unknown> = {};
  let failed: Envelope<unknown> | null = null;
  for (const action of actions) {
    const result = await runAction(fn, handlers, { action }, platform);
    if (result.ok) data[action] = result.data;
    else {
      platform.log.error('timer job failed', { fn, action, error: result.error });
      failed ??= result;
    }
  }
  return failed ?? { ok: true, data };
}
