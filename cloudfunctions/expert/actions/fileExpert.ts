/** 备案: an admin files a submitted profile; requests may now be assigned to the expert. */
import { handler } from '../../_shared/runtime';
import { expertDetailOf, stepProfile } from '../roster';
import { filedNotice } from '../notices';

export default handler('expert', 'fileExpert', async (ctx, input) => {
  const admin = ctx.requireCaller();
  const filed = await stepProfile(ctx, input.expertId, 'file', { filedAt: ctx.clock.now(), filedBy: admin.userId });
  await ctx.audit('filed', filed._id);
  await ctx.notifyAll([filedNotice(filed)]);
  return expertDetailOf(ctx, filed);
});
