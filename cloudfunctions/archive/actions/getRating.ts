/** The rating of one consultation (null until its company gives one): whoever may read the record. */
import type { ConsultationRecordDoc, RatingDoc } from '../../../core/store/docs';
import { ratingLocked } from '../../../core/rules/ratings';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { recordTarget } from '../access';
import { ratingId, ratingView } from '../ratings';

export default handler('archive', 'getRating', async (ctx, input) => {
  const record = await mustGet<ConsultationRecordDoc>(ctx.store, 'consultation_records', input.recordId);
  const target = recordTarget(record);
  ctx.authorize(target);
  const doc = await ctx.store.get<RatingDoc>('ratings', ratingId(record._id));
  const now = ctx.clock.now();
  // Only the record's company rates, and only until the rating is locked.
  const canRate = ctx.may('archive', 'rateRecord', target) && !(doc && ratingLocked(doc.ratedAt, now));
  return { rating: doc ? ratingView(doc, now) : null, canRate };
});
