/**
 * Keeps the period's 服务评价 (review.ts) as the station's evaluation record, for the archive:
 * one per station and period (its id), so keeping it again replaces it with today's figures.
 */
import type { ServiceReviewDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { reviewOf } from '../review';

export default handler('quality', 'saveServiceReview', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const review = await reviewOf(ctx, input);
  const now = ctx.clock.now();
  const doc: ServiceReviewDoc = {
    _id: `${review.stationId}:${review.period.from}:${review.period.to}`,
    stationId: review.stationId,
    from: review.period.from,
    to: review.period.to,
    label: review.period.label,
    review: review as unknown as Record<string, unknown>,
    savedBy: caller.userId,
    savedByName: caller.displayName,
    savedAt: now,
  };
  await ctx.store.transaction(async (tx) => {
    const found = await tx.get<ServiceReviewDoc>('service_reviews', doc._id);
    const { _id, ...fields } = doc;
    if (found) await tx.updateById('service_reviews', _id, { set: fields });
    else await tx.insert('service_reviews', doc);
  });
  await ctx.audit('save_review', doc._id, { label: doc.label });
  return { id: doc._id, savedAt: now };
});
