import { AppError } from '../../../core/errors';
import { describeMe } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

/** Chooses which station or company the user acts for; only one of their own memberships. */
export default handler('account', 'switchActing', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const target = caller.memberships.find((m) => m.id === input.membershipId);
  if (!target) throw new AppError('NOT_FOUND', '未找到该身份，请刷新后重试');
  await ctx.store.update('users', { _id: caller.userId }, { set: { actingMembershipId: target.id } });
  return describeMe(ctx.store, { ...caller, acting: target });
});
