/**
 * 除名 (§8.5): an admin removes an expert with a reason. Their expert memberships are revoked in
 * the same transaction, so their next call is refused. Open assignments stay on the requests for
 * their stations to reassign; the roster keeps showing them (workload) until they are.
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
