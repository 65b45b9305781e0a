/**
 * 利益冲突回避: the reviewer declares a conflict of interest with the station and leaves its review:
 * their scores never count, and they no longer read its materials. Not after they submitted.
 */
import { AppError } from '../../../core/errors';
import type { EvalReviewDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { authorizedStation } from '../load';
import { reviewId } from '../records';

export default handler('evaluation', 'declareConflict', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { round } = await authorizedStation(ctx, input.roundId, input.stationId);
  const id = reviewId(round._id, input.stationId, caller.userId);
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const review = (await tx.get<EvalReviewDoc>('eval_reviews', id))!;
    if (review.status === 'submitted') throw new AppError('CONFLICT', '评分已提交，不能再声明回避');
    await tx.updateById('eval_reviews', id, {
      set: { status: 'conflict', conflictReason: input.reason, scores: {}, updatedAt: now },
    });
  });
  await ctx.audit('conflict', id, { roundId: round._id, stationId: input.stationId });
  // The station's evaluation is no longer the reviewer's to read: the answer says only that it is done.
  return { done: true as const };
});
