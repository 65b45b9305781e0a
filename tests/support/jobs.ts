/**
 * Runs the `jobs` function the way the platform's timer does: as the trusted system caller
 * (CloudBase timer trigger / the host's interval), on a world's store and test clock.
 */
import type { Envelope } from '../../core/errors';
import type { Files, Notifier } from '../../core/ports';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { runAction, type Handlers, type Platform } from '../../cloudfunctions/_shared/runtime';
import { SYSTEM_CALLER } from '../../cloudfunctions/_shared/system';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import type { World } from './world';

const noFiles: Files = {
  put: () => Promise.reject(new Error('files not used here')),
  get: () => Promise.reject(new Error('files not used here')),
  urls: () => Promise.reject(new Error('files not used here')),
  remove: () => Promise.reject(new Error('files not used here')),
};

export function systemPlatform(world: World, notifier?: Notifier): Platform {
  return {
    store: world.store,
    files: noFiles,
    clock: world.clock,
    ids: nodeIds,
    notifier: notifier ?? inboxNotifier(world.store, world.clock),
    log: world.logs,
    resolveCaller: async () => SYSTEM_CALLER,
  };
}

/** One timer run of an action (default: sendReminders) as the system caller. */
export function runAsSystem(
  world: World,
  event: Record<string, unknown> = { action: 'sendReminders' },
  fn: keyof typeof FUNCTION_HANDLERS = 'jobs',
): Promise<Envelope<unknown>> {
  return runAction(fn, FUNCTION_HANDLERS[fn] as Handlers<typeof fn>, event, systemPlatform(world));
}

/** The sendReminders result, failing the test on an error envelope. */
export async function sendReminders(world: World): Promise<{ checked: number; sent: number }> {
  const env = await runAsSystem(world);
  if (!env.ok) throw new Error(`sendReminders failed: ${JSON.stringify(env.error)}`);
  return env.data as { checked: number; sent: number };
}
