/**
 * 我的评价: the acting consultant's average (one decimal) and count at the station they act for,
 * read from their counters, and their latest ratings, newest first, one page at a time (served
 * by ratings (stationId, consultantId, ratedAt)).
 */
import { AppError } from '../../../core/errors';
import { averageStars } from '../../../core/rules/ratings';
import type { ConsultantStatsDoc, RatingDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { ratingView, ratingsQuery, statsId } from '../ratings';

export default handler('archive', 'myRatingSummary', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = caller.acting?.stationId;
  if (!stationId) throw new AppError('FORBIDDEN', '请在"我的"页面切换到工作站身份后查看评价');
  ctx.authorize({ stationId, assigneeId: caller.userId });
  const now = ctx.clock.now();
  const { where, orderBy } = ratingsQuery({ stationId, consultantId: caller.userId });
  const [stats, page] = await Promise.all([
    ctx.store.get<ConsultantStatsDoc>('consultant_stats', statsId(stationId, caller.userId)),
    findPage<RatingDoc, ReturnType<typeof ratingView>>(ctx.store, 'ratings', where, orderBy, input, (d) =>
      ratingView(d, now),
    ),
  ]);
  return { ...page, average: averageStars(stats?.sum ?? 0, stats?.count ?? 0), count: stats?.count ?? 0 };
});
