/**
 * A reviewer's scores for one station, kept or submitted: each item of the round's table, 0 to its
 * maximum (other keys refused). Submitting needs every item scored, and is refused once the round
 * is closed — published, or past its review deadline — judged inside the transaction on the round
 * as it is then. Each reviewer writes only their own review document, so two reviewers submitting
 * at once both count.
 */
import { AppError } from '../../../core/errors';
import { itemsOf } from '../../../core/rules/evaluation';
import { shanghaiDate } from '../../../core/rules/time';
import type { EvalReviewDoc, EvalRoundDoc } from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { authorizedStation, presentStation } from '../load';
import { loadSet, reviewId } from '../records';

export default handler('evaluation', 'saveReview', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { round, side } = await authorizedStation(ctx, input.roundId, input.stationId);
  const set = await loadSet(ctx.store, round.setId);
  const items = new Map(itemsOf(set.sections).map((i) => [i.id, i]));
  const scores: Record<string, number> = {};
  for (const [itemId, score] of Object.entries(input.scores)) {
    const item = items.get(itemId);
    if (!item) throw invalidField('scores', '评分', `指标 ${itemId} 不在本轮指标表中`);
    if (score > item.maxScore) throw invalidField('scores', '评分', `「${item.title}」最高 ${item.maxScore} 分`);
    scores[itemId] = score;
  }
  if (input.submit) {
    const missing = [...items.values()].find((i) => scores[i.id] === undefined);
    if (missing) throw invalidField('scores', '评分', `请为「${missing.title}」评分后再提交`);
  }
  const now = ctx.clock.now();
  const id = reviewId(round._id, input.stationId, caller.userId);
  await ctx.store.transaction(async (tx) => {
    const r = await tx.get<EvalRoundDoc>('eval_rounds', round._id);
    if (!r || r.status !== 'open' || shanghaiDate(now) > r.reviewDeadline) {
      throw new AppError('CONFLICT', '本轮评审已截止，不能再提交评分');
    }
    const review = await tx.get<EvalReviewDoc>('eval_reviews', id);
    if (!review || review.status === 'conflict') throw new AppError('FORBIDDEN', '您已声明回避该站点的评审');
    if (review.status === 'submitted') throw new AppError('CONFLICT', '评分已提交，不能再修改');
    await tx.updateById('eval_reviews', id, {
      set: {
        scores,
        comment: input.comment ?? '',
        updatedAt: now,
        ...(input.submit ? { status: 'submitted', submittedAt: now } : {}),
      },
    });
  });
  if (input.submit) await ctx.audit('score', id, { roundId: round._id, stationId: input.stationId });
  return presentStation(ctx, round, input.stationId, side);
});
