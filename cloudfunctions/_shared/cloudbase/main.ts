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
import { inboxNotifier } from '../inbox';
import { jsonLogger, nodeIds, systemClock } from '../node-ports';
import { runAction, type Handlers, type Platform } from '../runtime';
import { SYSTEM_CALLER, timerTriggerName } from '../system';
import { createCloudbaseFiles } from './files';
import { createCloudbaseStore } from './store';
import { parseSubscribeTemplates, subscribeNotifier, type SubscribeApi } from './subscribe';
import { wxacodePageCodes, type WxacodeApi } from './wxacode';

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
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling environment; its typings say string.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = createCloudbaseStore(cloud.database());
  const files = createCloudbaseFiles(cloud);
  const clock = systemClock;
  const log = jsonLogger((line) => console.log(line));
  // Configured per function in the CloudBase console (environment variables).
  const notifier = subscribeNotifier({
    inbox: inboxNotifier(store, clock),
    openapi: cloud.openapi as SubscribeApi,
    templates: parseSubscribeTemplates(process.env.SUBSCRIBE_TEMPLATES, log),
    log,
    miniprogramState: process.env.SUBSCRIBE_MINIPROGRAM_STATE || undefined,
  });
  // Mini program codes (check-in); WXACODE_ENV_VERSION 'trial' / 'develop' opens a test build.
  const codes = wxacodePageCodes(cloud.openapi as unknown as WxacodeApi, process.env.WXACODE_ENV_VERSION || 'release');

  return async function main(event: unknown): Promise<Envelope<unknown>> {
    // getWXContext() is only trustworthy inside main, per call.
    const { OPENID } = cloud.getWXContext();
    const trigger = OPENID ? null : timerTriggerName(event);
    const platform: Platform = {
      store,
      files,
      clock,
      ids: nodeIds,
      notifier,
      log,
      codes,
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
