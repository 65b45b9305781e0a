import { AppError, isAppError } from '../../../core/errors';
import { loadCaller } from '../../_shared/caller';
import { describeMe, newMembership } from '../../_shared/memberships';
import { loadReferenceData } from '../../_shared/reference-data';
import { handler } from '../../_shared/runtime';

/** User ids allowed to become the first admins: `wx_<OPENID>` on CloudBase (set in the console). */
export function bootstrapAdminIds(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.BOOTSTRAP_ADMIN_USER_IDS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Loads reference data (idempotent) and makes a configured caller an admin. */
export default handler('setup', 'bootstrap', async (ctx) => {
  const caller = ctx.requireCaller();
  if (!bootstrapAdminIds().includes(caller.userId)) {
    throw new AppError('FORBIDDEN', '当前账号未被配置为初始管理员（环境变量 BOOTSTRAP_ADMIN_USER_IDS）');
  }
  const added = await loadReferenceData(ctx.store, ctx.clock);
  try {
    await ctx.store.insert('memberships', newMembership(caller.userId, 'admin', {}, 'bootstrap', ctx.clock.now()));
    await ctx.audit('grant-admin', caller.userId);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e; // already an admin: nothing to do
  }
  const fresh = await loadCaller(ctx.store, caller.userId);
  return { referenceDocumentsAdded: added, me: await describeMe(ctx.store, fresh ?? caller) };
});
