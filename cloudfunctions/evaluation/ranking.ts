/** The round's results, every station ranked by score (否决 and unscored last): the admin's view, its Excel, the reports. */
import type { ResultRow } from '../../core/contract';
import type { EvalRoundDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { loadSet, reviewsOf, vetoesOf } from './records';
import { resultOf } from '../_shared/evaluation-results';

export async function rankedResults(ctx: Pick<HandlerContext, 'store'>, round: EvalRoundDoc): Promise<ResultRow[]> {
  const set = await loadSet(ctx.store, round.setId);
  const rows = await Promise.all(
    round.stations.map(async (s) => ({
      stationId: s.id,
      stationName: s.name,
      ...resultOf(
        round,
        set.sections,
        await reviewsOf(ctx.store, round._id, s.id),
        await vetoesOf(ctx.store, round._id, s.id),
      ),
    })),
  );
  const rankable = (r: (typeof rows)[number]) => !r.vetoed && r.score !== null;
  const sorted = [...rows].sort(
    (a, b) =>
      Number(rankable(b)) - Number(rankable(a)) ||
      (b.score ?? -1) - (a.score ?? -1) ||
      a.stationName.localeCompare(b.stationName, 'zh'),
  );
  let rank = 0;
  return sorted.map((r) => ({ ...r, rank: rankable(r) ? ++rank : null }));
}
