/**
 * 一票否决: a reviewer of the station (or the admin) records one of 000's three conditions with its
 * facts and evidence. Any one makes the result 否决 whatever the score, including one recorded
 * while scores are still arriving (results.ts reads the vetoes with the reviews). Each condition
 * is kept once per station: recording it again is refused, the first record stands.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { EvalVetoDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { authorizedStation, presentStation } from '../load';
import { vetoId } from '../records';

export default handler('evaluation', 'recordVeto', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { round, side } = await authorizedStation(ctx, input.roundId, input.stationId);
  if (round.status !== 'open') throw new AppError('CONFLICT', '本轮评价已公布，不能再记录否决情形');
  const doc: EvalVetoDoc = {
    _id: vetoId(round._id, input.stationId, input.condition),
    roundId: round._id,
    stationId: input.stationId,
    condition: input.condition,
    evidence: input.evidence,
    by: caller.userId,
    byName: caller.displayName,
    at: ctx.clock.now(),
    automatic: false,
  };
  try {
    await ctx.store.insert('eval_vetoes', doc);
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', '该否决情形已记录');
    throw e;
  }
  await ctx.audit('veto', doc._id, { condition: doc.condition });
  return presentStation(ctx, round, input.stationId, side);
});
