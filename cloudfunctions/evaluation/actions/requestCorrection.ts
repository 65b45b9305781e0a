/**
 * 退回补正: a reviewer of the station (or the admin) names everything missing at once; the station
 * corrects and resubmits within the round's working days (the work calendar's, as every limit).
 * Only a submitted self-evaluation of an open round can be returned. The chiefs are told.
 */
import { AppError } from '../../../core/errors';
import { workingTimeLater } from '../../../core/rules/sla';
import type { EvalSubmissionDoc } from '../../../core/store/docs';
import { stationChiefIds } from '../../_shared/people';
import { handler } from '../../_shared/runtime';
import { loadWorkCalendar } from '../../_shared/work-calendar';
import { authorizedStation, presentStation } from '../load';
import { submissionId } from '../records';

/** Without the admin's calendar, corrections count Monday to Friday (as complaints do). */
const WEEKDAYS_ONLY = { holidays: [], workdays: [] };

export default handler('evaluation', 'requestCorrection', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { round, side } = await authorizedStation(ctx, input.roundId, input.stationId);
  if (round.status !== 'open') throw new AppError('CONFLICT', '本轮评价已公布，不能再退回补正');
  const now = ctx.clock.now();
  const dueAt = workingTimeLater(now, round.correctionDays, (await loadWorkCalendar(ctx.store)) ?? WEEKDAYS_ONLY);
  const id = submissionId(round._id, input.stationId);
  await ctx.store.transaction(async (tx) => {
    const s = (await tx.get<EvalSubmissionDoc>('eval_submissions', id))!;
    if (s.status !== 'submitted') throw new AppError('CONFLICT', '只有已提交的自评材料可以退回补正');
    await tx.updateById('eval_submissions', id, {
      set: {
        status: 'returned',
        correction: { reasons: input.reasons, dueAt, at: now, by: caller.userId, lapsed: false },
        lapsedAt: null,
        updatedAt: now,
      },
    });
  });
  await ctx.audit('return', id, { dueAt });
  await ctx.notifyAll(
    (await stationChiefIds(ctx.store, input.stationId)).map((userId) => ({
      userId,
      kind: 'evaluation.returned',
      title: '评价材料退回补正',
      body: `${round.title}：${input.reasons}`,
    })),
  );
  return presentStation(ctx, round, input.stationId, side);
});
