/** The admin sets each approval stage's time limit (days); a stage entered from now on is due by it. */
import { handler } from '../../_shared/runtime';
import { SETTINGS_ID, stageLimits } from '../limits';

export default handler('studio', 'setStageLimits', async (ctx, input) => {
  const set = { limits: { branch: input.branch, section: input.section, bureau: input.bureau } };
  await ctx.store.transaction(async (tx) => {
    if (await tx.get('studio_settings', SETTINGS_ID)) await tx.updateById('studio_settings', SETTINGS_ID, { set });
    else await tx.insert('studio_settings', { _id: SETTINGS_ID, ...set });
  });
  await ctx.audit('limits', SETTINGS_ID, set.limits);
  return stageLimits(ctx.store);
});
