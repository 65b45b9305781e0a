/** 退回: an admin returns a submitted profile with a reason the expert reads on 专家资料 and in their inbox. */
import { handler } from '../../_shared/runtime';
import { expertDetailOf, stepProfile } from '../roster';
import { returnedNotice } from '../notices';

export default handler('expert', 'returnExpert', async (ctx, input) => {
  const returned = await stepProfile(ctx, input.expertId, 'return', { returnReason: input.reason });
  await ctx.audit('returned', returned._id, { reason: input.reason });
  await ctx.notifyAll([returnedNotice(returned, input.reason)]);
  return expertDetailOf(ctx, returned);
});
