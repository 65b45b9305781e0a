/**
 * The CloudBase entry: `exports.main = createCloudMain('account', handlers)`.
 * Identity is `getWXContext().OPENID` — never anything in the event.
 */
import cloud from 'wx-server-sdk';
import type { FunctionName } from '../../../core/contract';
import type { Envelope } from '../../../core/errors';
import { callerFromOpenid } from '../caller';
import { inboxNotifier } from '../inbox';
import { jsonLogger, nodeIds, systemClock } from '../node-ports';
import { runAction, type Handlers, type Platform } from '../runtime';
import { createCloudbaseFiles } from './files';
import { createCloudbaseStore } from './store';

export function createCloudMain<F extends FunctionName>(fn: F, handlers: Handlers<F>) {
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling environment; its typings say string.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = createCloudbaseStore(cloud.database());
  const files = createCloudbaseFiles(cloud);
  const clock = systemClock;
  const log = jsonLogger((line) => console.log(line));
  const notifier = inboxNotifier(store, clock);

  return async function main(event: unknown): Promise<Envelope<unknown>> {
    // getWXContext() is only trustworthy inside main, per call.
    const { OPENID } = cloud.getWXContext();
    const platform: Platform = {
      store,
      files,
      clock,
      ids: nodeIds,
      notifier,
      log,
      resolveCaller: () => callerFromOpenid(store, clock, OPENID),
    };
    return runAction(fn, handlers, event, platform);
  };
}
