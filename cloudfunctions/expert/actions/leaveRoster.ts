/**
 * 退出 (§8.5): the expert leaves the roster with a reason. Their expert memberships are revoked
 * in the same transaction, so their expert access ends with this call. The requests still
 * waiting on them go back to their stations' queues (_shared/request-assignments.ts).
 */
import { handler } from '../../_shared/runtime';
import { stepProfile } from '../roster';

export default handler('expert', 'leaveRoster', async (ctx, input) => {
  const userId = ctx.requireCaller().userId;
  const left = await stepProfile(ctx, userId, 'leave', {
    leftReason: input.reason,
    leftAt: ctx.clock.now(),
    leftBy: userId,
  });
  await ctx.audit('exited', left._id, { reason: input.reason });
  return { done: true as const };
});
