/**
 * The admin's complaint settings (complaint_settings/'default'): the answer limit in working
 * days, COMPLAINT_DAYS_DEFAULT until an admin sets one. Read when a complaint is filed or
 * escalated (its due time is fixed then: a later change applies to new ones only).
 */
import type { Store } from '../../core/ports';
import { COMPLAINT_DAYS_DEFAULT } from '../../core/rules/complaint-flow';
import type { ComplaintSettingsDoc } from '../../core/store/docs';

export const COMPLAINT_SETTINGS_ID = 'default';

export async function answerDays(store: Store): Promise<number> {
  const doc = await store.get<ComplaintSettingsDoc>('complaint_settings', COMPLAINT_SETTINGS_ID);
  return doc?.answerDays ?? COMPLAINT_DAYS_DEFAULT;
}
