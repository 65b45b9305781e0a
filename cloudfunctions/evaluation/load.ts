/**
 * One station's evaluation, loaded and authorised for the action being called, then presented:
 * the round, its table version, the self-evaluation, the reviews and vetoes, and the figures from
 * the records — live while the station drafts, as they were at submission afterwards.
 */
import type { StationEvaluation } from '../../core/contract';
import type { EvalRoundDoc, EvalSubmissionDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { sideOf, type Side } from './access';
import { autoFigures } from './auto-fill';
import { loadRound, loadSet, loadSubmission, reviewsOf, vetoesOf } from './records';
import { stationEvaluationView } from './views';

export async function authorizedStation(
  ctx: HandlerContext,
  roundId: string,
  stationId: string,
): Promise<{ round: EvalRoundDoc; side: Side }> {
  const round = await loadRound(ctx.store, roundId);
  const { side } = await sideOf(ctx, round, stationId);
  return { round, side };
}

/** The evaluation as the caller may see it, after the action (re-read: what was just written counts). */
export async function presentStation(
  ctx: HandlerContext,
  round: EvalRoundDoc,
  stationId: string,
  side: Side,
): Promise<StationEvaluation> {
  const [set, submission, reviews, vetoes] = await Promise.all([
    loadSet(ctx.store, round.setId),
    loadSubmission(ctx.store, round._id, stationId),
    reviewsOf(ctx.store, round._id, stationId),
    vetoesOf(ctx.store, round._id, stationId),
  ]);
  return stationEvaluationView(ctx, {
    round,
    set,
    submission,
    side,
    reviews,
    vetoes,
    figures: await figuresOf(ctx, round, submission),
    userId: ctx.requireCaller().userId,
  });
}

/** The figures as submitted, or live from the records while drafting. */
export async function figuresOf(ctx: HandlerContext, round: EvalRoundDoc, s: EvalSubmissionDoc) {
  return s.figures ?? autoFigures(ctx, s.stationId, round.year);
}
