/**
 * Pushes an article or a training to the matching companies' staff: records the push, then
 * delivers its first batch (cloudfunctions/_shared/pushes.ts: receipts make every delivery
 * exactly once; a bigger audience is finished by the timer's jobs.resumePushes). A retry of the
 * same send (same clientRequestId) answers with the same push and notifies nobody again.
 */
import { AppError } from '../../../core/errors';
import type { PushRecord } from '../../../core/contract';
import { formatShanghai } from '../../../core/rules/time';
import type { PushDoc } from '../../../core/store/docs';
import { audienceLabel, deliverPush, pushRecipients } from '../../_shared/pushes';
import { insertIfAbsent, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { authorizedPush } from '../push-access';
import { pushView } from '../views';

export default handler('content', 'sendPush', async (ctx, input): Promise<PushRecord> => {
  const caller = ctx.requireCaller();
  const { info, scopeStationId } = await authorizedPush(ctx, 'sendPush', input.target);
  if (info.refusal) throw new AppError('CONFLICT', info.refusal);
  const now = ctx.clock.now();
  const _id = submissionId('push:', caller.userId, input.clientRequestId);
  const { companies } = await pushRecipients(ctx.store, input.audience, scopeStationId);
  const push: PushDoc = {
    _id,
    targetKind: input.target.kind,
    targetId: input.target.id,
    ...(info.stationId ? { stationId: info.stationId } : {}),
    audience: input.audience,
    audienceLabel: audienceLabel(input.audience, (ms) => formatShanghai(ms, 'YYYY-MM-DD')),
    ...(scopeStationId ? { scopeStationId } : {}),
    byUserId: caller.userId,
    byName: caller.displayName,
    at: now,
    status: 'sending',
    companies,
    sent: 0,
    updatedAt: now,
  };
  if (await insertIfAbsent(ctx.store, 'pushes', push)) {
    await ctx.audit('push', input.target.id, { pushId: _id, audience: push.audienceLabel, companies });
  }
  const stored = (await ctx.store.get<PushDoc>('pushes', _id)) ?? push;
  if (stored.status === 'sending')
    await deliverPush({ store: ctx.store, notifyAll: ctx.notifyAll, now }, stored, info.notice);
  return pushView((await ctx.store.get<PushDoc>('pushes', _id)) ?? stored);
});
