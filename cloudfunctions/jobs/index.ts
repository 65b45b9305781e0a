/**
 * CloudBase function "jobs": bundled by scripts/build-functions.ts into dist/cloudfunctions/jobs,
 * whose config.json carries the timer trigger. A timer event has no `action`: the trigger's
 * name picks it.
 */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';

/** Timer trigger name (scripts/build-functions.ts CONFIG) → the action it runs. */
export const TIMER_ACTIONS = { reminders: 'sendReminders' } as const;

export const main = createCloudMain('jobs', handlers, { timers: TIMER_ACTIONS });
