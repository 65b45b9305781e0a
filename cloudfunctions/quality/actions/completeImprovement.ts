/**
 * 整改完成: the owner (or the station's chief) records what was done, with evidence. Settled by
 * the database: one conditional update from open to done; a second completion is CONFLICT.
 * The chiefs are told.
 */
import { AppError } from '../../../core/errors';
import { ROUTES } from '../../../core/pages';
import { shanghaiDate } from '../../../core/rules/time';
import type { ImprovementDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { stationChiefIds } from '../../_shared/people';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { improvementView } from '../views';

export default handler('quality', 'completeImprovement', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const item = await mustGet<ImprovementDoc>(ctx.store, 'improvements', input.improvementId);
  ctx.authorize({ stationId: item.stationId, assigneeId: item.ownerId });
  const attachments = await claimAttachments(ctx, input.attachments, [], '整改材料');
  const now = ctx.clock.now();
  const set = {
    status: 'done' as const,
    evidence: input.evidence,
    attachments,
    doneAt: now,
    doneBy: caller.userId,
    doneByName: caller.displayName,
    updatedAt: now,
  };
  const changed = await ctx.store.update('improvements', { _id: item._id, status: 'open' }, { set });
  if (changed === 0) throw new AppError('CONFLICT', '该整改事项已完成');
  await ctx.audit('complete', item._id, {});
  const chiefs = (await stationChiefIds(ctx.store, item.stationId)).filter((id) => id !== caller.userId);
  await ctx.notifyAll(
    chiefs.map((userId) => ({
      userId,
      kind: 'improvement.done',
      title: '整改已完成',
      body: `${caller.displayName}已完成整改：${item.measure}`,
      link: ROUTES.improvements(),
    })),
  );
  return improvementView(ctx.files, { ...item, ...set }, shanghaiDate(now));
});
