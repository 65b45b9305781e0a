/**
 * The admin sets the answer limit in working days (1–30). It applies to complaints filed (and
 * escalated) from now on: one already filed keeps the due time it was given.
 */
import type { ComplaintSettingsDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { COMPLAINT_SETTINGS_ID } from '../settings';

export default handler('complaint', 'setComplaintSettings', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const set = { answerDays: input.answerDays, updatedAt: ctx.clock.now(), updatedBy: caller.userId };
  // One document: the last save wins.
  await ctx.store.transaction(async (tx) => {
    const found = await tx.get<ComplaintSettingsDoc>('complaint_settings', COMPLAINT_SETTINGS_ID);
    if (found) await tx.updateById('complaint_settings', COMPLAINT_SETTINGS_ID, { set });
    else await tx.insert('complaint_settings', { _id: COMPLAINT_SETTINGS_ID, ...set });
  });
  await ctx.audit('settings', COMPLAINT_SETTINGS_ID, { answerDays: input.answerDays });
  return { answerDays: input.answerDays };
});
