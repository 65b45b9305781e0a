/**
 * 整改: the chief (or an admin) opens an improvement action on a finding for one of the station's
 * people (a liaison, expert or the chief), due by a date not in the past. The owner is told. A
 * retry of the same request is the same document (its id is drawn from the request key).
 */
import { AppError, isAppError } from '../../../core/errors';
import { shanghaiDate } from '../../../core/rules/time';
import type { ImprovementDoc, StationDoc, UserDoc } from '../../../core/store/docs';
import { ROUTES } from '../../../core/pages';
import { invalidField } from '../../_shared/errors';
import { consultantRole } from '../../_shared/people';
import { firstAttempt, mustGet, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { sourceLabel } from '../sources';
import { improvementView } from '../views';

export default handler('quality', 'createImprovement', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw invalidField('stationId', '服务站点', '请选择服务站点');
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const today = shanghaiDate(ctx.clock.now());
  if (input.dueDate < today) throw invalidField('dueDate', '整改期限', '不能早于今天');
  if (!(await consultantRole(ctx.store, stationId, input.ownerId))) {
    throw invalidField('ownerId', '责任人', '责任人须为本站点的联络员、专家或站长');
  }
  const owner = await mustGet<UserDoc>(ctx.store, 'users', input.ownerId);
  const now = ctx.clock.now();
  const doc: ImprovementDoc = {
    _id: submissionId('imp:', caller.userId, input.clientRequestId),
    stationId,
    stationName: station.name,
    sourceKind: input.source.kind,
    ...(input.source.refId ? { sourceRefId: input.source.refId } : {}),
    sourceLabel: await sourceLabel(ctx.store, stationId, input.source.kind, input.source.refId),
    finding: input.finding,
    measure: input.measure,
    ownerId: owner._id,
    ownerName: owner.displayName,
    dueDate: input.dueDate,
    status: 'open',
    attachments: [],
    createdBy: caller.userId,
    createdByName: caller.displayName,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.store.insert('improvements', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<ImprovementDoc>(ctx.store, 'improvements', doc._id, caller.userId);
    if (first) return improvementView(ctx.files, first, today);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await ctx.audit('create', doc._id, { stationId, ownerId: doc.ownerId, dueDate: doc.dueDate });
  await ctx.notifyAll([
    {
      userId: doc.ownerId,
      kind: 'improvement.assigned',
      title: '整改任务',
      body: `${doc.sourceLabel}：${doc.measure}（请于${doc.dueDate}前完成）`,
      link: ROUTES.improvements(),
    },
  ]);
  return improvementView(ctx.files, doc, today);
});
