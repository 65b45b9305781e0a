import { describeMe } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

export default handler('account', 'updateProfile', async (ctx, input) => {
  const caller = ctx.requireCaller();
  await ctx.store.update('users', { _id: caller.userId }, { set: { displayName: input.displayName } });
  return describeMe(ctx.store, { ...caller, displayName: input.displayName });
});
