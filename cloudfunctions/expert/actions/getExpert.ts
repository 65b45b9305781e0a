/** 专家详情: one expert of the roster — a chief only one serving their station — with the admin's steps. */
import { handler } from '../../_shared/runtime';
import { authorizeExpert, expertDetailOf, mustGetProfile } from '../roster';

export default handler('expert', 'getExpert', async (ctx, input) => {
  const p = await mustGetProfile(ctx.store, input.expertId);
  authorizeExpert(ctx, 'getExpert', p);
  return expertDetailOf(ctx, p);
});
