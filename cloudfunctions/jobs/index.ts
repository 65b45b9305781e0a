/**
 * CloudBase function "jobs": bundled by scripts/build-functions.ts into dist/cloudfunctions/jobs,
 * whose config.json carries the timer trigger. A timer event has no `action`: the trigger's
 * name picks it.
 */
import { createCloudMain } from '../_shared/cloudbase/main';
import { handlers } from './handlers';
import { TIMER_JOBS } from './timer-jobs';

/**
 * Timer trigger name (scripts/build-functions.ts CONFIG) → the actions it runs, in order.
 * WeChat allows one timer trigger per function, so every job of `jobs` hangs on this one.
 */
export const TIMER_ACTIONS = { reminders: TIMER_JOBS } as const;

export const main = createCloudMain('jobs', handlers, { timers: TIMER_ACTIONS });
