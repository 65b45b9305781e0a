/**
 * 除名 (§8.5): an admin removes an expert with a reason. Their expert memberships are revoked in
 * the same transaction, so their next call is refused, and the requests still waiting on them go
 * back to their stations' queues (_shared/request-assignments.ts).
 */
import { handler } from '../../_shared/runtime';
import { expertDetailOf, stepProfile } from '../roster';
import { removedNotice } from '../notices';

export default handler('expert', 'removeExpert', async (ctx, input) => {
  const admin = ctx.requireCaller();
  const removed = await stepProfile(ctx, input.expertId, 'remove', {
    leftReason: input.reason,
    leftAt: ctx.clock.now(),
    leftBy: admin.userId,
  });
  await ctx.audit('removed', removed._id, { reason: input.reason });
  await ctx.notifyAll([removedNotice(removed, input.reason)]);
  return expertDetailOf(ctx, removed);
});
