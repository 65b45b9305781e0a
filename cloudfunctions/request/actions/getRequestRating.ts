/** The rating of one request (null until its company gives one): whoever may read the request. */
import { ratingLocked } from '../../../core/rules/ratings';
import type { RequestRatingDoc, ServiceRequestDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { requestTarget } from '../access';
import { requestRatingId } from '../ratings';
import { requestRatingView } from '../views';

export default handler('request', 'getRequestRating', async (ctx, input) => {
  const request = await mustGet<ServiceRequestDoc>(ctx.store, 'service_requests', input.requestId);
  const target = requestTarget(request);
  ctx.authorize(target);
  const doc = await ctx.store.get<RequestRatingDoc>('request_ratings', requestRatingId(request._id));
  const now = ctx.clock.now();
  // Only the request's company rates, only once it is closed, and only until the rating is locked.
  const canRate =
    ctx.may('request', 'rateRequest', target) &&
    request.status === 'closed' &&
    !(doc && ratingLocked(doc.ratedAt, now));
  return { rating: doc ? requestRatingView(doc, now) : null, canRate };
});
