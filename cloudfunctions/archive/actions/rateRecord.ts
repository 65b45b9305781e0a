/**
 * Rates a consultation: its company's staff (the person who booked, or a colleague), once per
 * consultation — a second call changes the one rating while it is editable (24 h after it was
 * first given), then CONFLICT. A rating of 2 stars or fewer asks the station's chiefs to follow
 * up, once per rating (also when a change lowers it; never again after that).
 */
import type { ConsultationRecordDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { recordTarget } from '../access';
import { stationChiefIds } from '../../_shared/people';
import { ensureStats, lowRatingNotices, ratingView, saveRating } from '../ratings';

export default handler('archive', 'rateRecord', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const record = await mustGet<ConsultationRecordDoc>(ctx.store, 'consultation_records', input.recordId);
  ctx.authorize(recordTarget(record));
  const now = ctx.clock.now();
  await ensureStats(ctx.store, record);
  const given = { stars: input.stars, tags: input.tags, comment: input.comment ?? '' };
  const saved = await saveRating(ctx.store, record, given, caller, now);
  if (saved.before !== saved.after) {
    await ctx.audit(saved.before ? 'edit' : 'create', saved.after._id, {
      recordId: record._id,
      stars: saved.after.stars,
      ...(saved.before ? { from: saved.before.stars } : {}),
    });
  }
  if (saved.alert)
    await ctx.notifyAll(lowRatingNotices(saved.after, await stationChiefIds(ctx.store, record.stationId)));
  return ratingView(saved.after, now);
});
