/**
 * Rates a closed request: its company's staff, once per request — a second call changes the one
 * rating while it is editable (24 h after it was first given), then CONFLICT. A rating of 2 stars
 * or fewer asks the station's chiefs to follow up, once per rating (also when a change lowers it).
 */
import type { ServiceRequestDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { stationChiefIds } from '../../_shared/people';
import { requestTarget } from '../access';
import { lowRatingNotices } from '../notices';
import { assertRatable, saveRequestRating } from '../ratings';
import { requestRatingView } from '../views';

export default handler('request', 'rateRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const request = await mustGet<ServiceRequestDoc>(ctx.store, 'service_requests', input.requestId);
  ctx.authorize(requestTarget(request));
  assertRatable(request);
  const now = ctx.clock.now();
  const given = { stars: input.stars, tags: input.tags, comment: input.comment ?? '' };
  const saved = await saveRequestRating(ctx.store, request, given, caller, now);
  if (saved.before !== saved.after) {
    await ctx.audit(saved.before ? 'edit' : 'create', saved.after._id, {
      requestId: request._id,
      stars: saved.after.stars,
      ...(saved.before ? { from: saved.before.stars } : {}),
    });
  }
  if (saved.alert) {
    await ctx.notifyAll(lowRatingNotices(saved.after, await stationChiefIds(ctx.store, request.stationId)));
  }
  return requestRatingView(saved.after, now);
});
