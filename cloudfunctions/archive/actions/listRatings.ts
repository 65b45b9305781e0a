/**
 * The station's ratings for its chief (an admin: any station's), newest first — all, one
 * consultant's, or only those of 2 stars or fewer — served by the ratings indexes, with each
 * consultant's average from their counters and the station's average over them.
 */
import { averageStars } from '../../../core/rules/ratings';
import type { ConsultantStatsDoc, RatingDoc } from '../../../core/store/docs';
import { findAll, findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { ratingView, ratingsQuery } from '../ratings';

export default handler('archive', 'listRatings', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const now = ctx.clock.now();
  const { where, orderBy } = ratingsQuery(input);
  const [page, stats] = await Promise.all([
    findPage<RatingDoc, ReturnType<typeof ratingView>>(ctx.store, 'ratings', where, orderBy, input, (d) =>
      ratingView(d, now),
    ),
    // A station's consultants: a bounded set, read whole.
    findAll<ConsultantStatsDoc>(ctx.store, 'consultant_stats', { stationId: input.stationId }, [
      ['consultantName', 'asc'],
    ]),
  ]);
  const rated = stats.filter((s) => s.count > 0);
  const sum = rated.reduce((n, s) => n + s.sum, 0);
  const count = rated.reduce((n, s) => n + s.count, 0);
  return {
    ...page,
    average: averageStars(sum, count),
    count,
    consultants: rated.map((s) => ({
      consultantId: s.consultantId,
      consultantName: s.consultantName,
      average: averageStars(s.sum, s.count),
      count: s.count,
    })),
  };
});
