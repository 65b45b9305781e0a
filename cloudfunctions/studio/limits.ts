/** Each approval stage's time limit (days), the admin's setting or the defaults. */
import type { StudioStage } from '../../core/enums';
import { DEFAULT_STAGE_DAYS } from '../../core/rules/studio';
import { DAY_MS } from '../../core/rules/time';
import type { Store } from '../../core/ports';

export const SETTINGS_ID = 'default';

export async function stageLimits(store: Store): Promise<Record<StudioStage, number>> {
  const doc = await store.get<{ _id: string; limits: Record<StudioStage, number> }>('studio_settings', SETTINGS_ID);
  return { ...DEFAULT_STAGE_DAYS, ...(doc?.limits ?? {}) };
}

/** When a stage entered at `at` is due (calendar days). */
export async function dueAtFor(store: Store, stage: StudioStage, at: number): Promise<number> {
  return at + (await stageLimits(store))[stage] * DAY_MS;
}
