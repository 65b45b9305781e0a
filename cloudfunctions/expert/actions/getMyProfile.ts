/** 专家资料: the calling expert's own roster entry, or null before they first save it. */
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { todayOf } from '../roster';
import { myProfileView, stationNamesOf } from '../views';

export default handler('expert', 'getMyProfile', async (ctx) => {
  const p = await ctx.store.get<ExpertProfileDoc>('expert_profiles', ctx.requireCaller().userId);
  if (!p) return null;
  return myProfileView(p, await stationNamesOf(ctx.store, [p]), todayOf(ctx));
});
