/**
 * How the caller stands to one station's evaluation, from the policy's rows (core/policy.ts
 * evaluation.*) on the action being called: an admin ('any'), the station's chief ('station'), or
 * a reviewer assigned to it ('assigned': the review document names them) — and a reviewer who
 * declared a conflict of interest is no longer assigned. Everyone else is refused, which is what
 * keeps a station's materials and scores confidential (000 基本要求).
 */
import { AppError } from '../../core/errors';
import type { EvalReviewDoc, EvalRoundDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { reviewId } from './records';

export type Side = 'station' | 'reviewer' | 'admin';

/** The station a call is about: named, or the one the caller acts for (a chief). */
export function stationOf(ctx: Pick<HandlerContext, 'requireCaller'>, named: string | undefined): string {
  const stationId = named ?? ctx.requireCaller().acting?.stationId;
  if (!stationId) throw new AppError('INVALID_INPUT', '请选择服务站点', { stationId: '服务站点：请选择服务站点' });
  return stationId;
}

/**
 * Authorises the call over (round, station) and says from which side; the reviewer's own review
 * comes with it. FORBIDDEN for a station outside the round, a reviewer not assigned to it (or who
 * stepped aside), a chief of another station.
 */
export async function sideOf(
  ctx: Pick<HandlerContext, 'store' | 'authorize' | 'requireCaller'>,
  round: EvalRoundDoc,
  stationId: string,
): Promise<{ side: Side; review: EvalReviewDoc | null }> {
  const caller = ctx.requireCaller();
  const role = caller.acting?.role;
  if (!round.stationIds.includes(stationId)) throw new AppError('FORBIDDEN', '该站点不在本轮评价范围内');
  const review =
    role === 'reviewer'
      ? await ctx.store.get<EvalReviewDoc>('eval_reviews', reviewId(round._id, stationId, caller.userId))
      : null;
  if (review?.status === 'conflict') throw new AppError('FORBIDDEN', '您已声明回避该站点的评审');
  ctx.authorize({ stationId, ...(review ? { assigneeId: review.reviewerId } : {}) });
  return { side: role === 'admin' ? 'admin' : role === 'reviewer' ? 'reviewer' : 'station', review };
}
