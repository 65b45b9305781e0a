/**
 * Records a follow-up as done with its 回访记录. The owner (a liaison or expert) completes their
 * own, a chief any of the station's. Settled by the database: one conditional update from open
 * to done — a second completion changes nothing and is answered CONFLICT, never written twice
 * (a retry of the same request gets the first answer from the runtime's request log, or — when
 * the first attempt died before answering — finds its own record written and is answered with it).
 */
import { AppError } from '../../../core/errors';
import { shanghaiDate } from '../../../core/rules/time';
import type { FollowUpDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { followUpTarget } from '../access';
import { followUpView } from '../views';

export const ALREADY_DONE = '该回访已完成';

export default handler('visit', 'completeFollowUp', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const followUp = await mustGet<FollowUpDoc>(ctx.store, 'follow_ups', input.followUpId);
  ctx.authorize(followUpTarget(followUp));
  if (followUp.status === 'done' && followUp.doneBy === caller.userId && followUp.record === input.record) {
    return followUpView(followUp, shanghaiDate(ctx.clock.now()));
  }
  const now = ctx.clock.now();
  const set = {
    status: 'done' as const,
    record: input.record,
    doneAt: now,
    doneBy: caller.userId,
    doneByName: caller.displayName,
  };
  const changed = await ctx.store.update('follow_ups', { _id: followUp._id, status: 'open' }, { set });
  if (changed === 0) throw new AppError('CONFLICT', ALREADY_DONE);
  await ctx.audit('complete', followUp._id, { source: followUp.source, sourceId: followUp.sourceId });
  return followUpView({ ...followUp, ...set }, shanghaiDate(now));
});
