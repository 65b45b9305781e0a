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
import { callerFromOpenid } from '../caller';
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

export function createCloudMain<F extends FunctionName>(
  fn: F,
  handlers: Handlers<F>,
  options: CloudMainOptions<F> = {},
) {
  // Built on the first call and kept for the instance's life, as a cold start would.
  let ports: CloudPorts | null = null;

  return async function main(event: unknown, _context?: unknown): Promise<Envelope<unknown>> {
    ports ??= cloudbasePorts();
    // getWXContext() is only trustworthy inside main, per call (CloudBase sets it per invocation).
    const { OPENID } = cloud.getWXContext();
    const trigger = OPENID ? null : timerTriggerName(event);
    const store = ports.store;
    const clock = ports.clock;
    const platform: Platform = {
      ...ports,
      resolveCaller: trigger ? async () => SYSTEM_CALLER : () => callerFromOpenid(store, clock, OPENID),
    };
    // A timer event carries no action: its trigger's name picks them (none: an unknown action).
    // The trigger's name is looked up among the configured timers' own entries only (core/own.ts).
    if (trigger) return runTimer(fn, handlers, ownEntry(options.timers ?? {}, trigger), platform);
    return runAction(fn, handlers, event, platform);
  };
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
