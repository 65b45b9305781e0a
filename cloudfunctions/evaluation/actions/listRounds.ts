/**
 * The rounds the caller takes part in, newest year first: an admin every round; a chief the
 * rounds their station is evaluated in (its self-evaluations); a reviewer the rounds they review
 * in (their assignments, a conflict declared or not).
 */
import type { EvalReviewDoc, EvalRoundDoc, EvalSubmissionDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { roundView } from '../views';

export default handler('evaluation', 'listRounds', async (ctx) => {
  const caller = ctx.requireCaller();
  const acting = caller.acting;
  let roundIds: string[] | null = null;
  let assigned: EvalReviewDoc[] = [];
  if (acting?.role === 'chief' && acting.stationId) {
    const mine = await findAll<EvalSubmissionDoc>(ctx.store, 'eval_submissions', { stationId: acting.stationId });
    roundIds = mine.map((s) => s.roundId);
  } else if (acting?.role === 'reviewer') {
    assigned = await findAll<EvalReviewDoc>(ctx.store, 'eval_reviews', { reviewerId: caller.userId });
    roundIds = [...new Set(assigned.map((r) => r.roundId))];
  }
  const rounds =
    roundIds === null
      ? await findAll<EvalRoundDoc>(ctx.store, 'eval_rounds', {}, [['year', 'desc']])
      : roundIds.length
        ? await findAll<EvalRoundDoc>(ctx.store, 'eval_rounds', { _id: { $in: roundIds } }, [['year', 'desc']])
        : [];
  return rounds.map((r) => {
    if (acting?.role !== 'reviewer') return roundView(r);
    const names = new Map(r.stations.map((s) => [s.id, s.name]));
    const mine = assigned.filter((a) => a.roundId === r._id);
    return {
      ...roundView(r),
      assigned: mine.map((a) => ({ id: a.stationId, name: names.get(a.stationId) ?? a.stationId, status: a.status })),
    };
  });
});
