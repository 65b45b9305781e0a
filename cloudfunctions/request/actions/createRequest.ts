/**
 * Company staff raise a service request (提交服务需求) for the company they act for: at its own
 * station, or at the one named. Everything that can be judged from the request is checked first
 * (the company, the station, the attachments are the caller's uploads): bad input writes nothing.
 * The request's id is derived from the caller and their client request id, so a retry of one
 * submission is the same document — which the database refuses to insert twice — and gets the
 * first request back. That is the whole of its idempotency: it runs without the runtime's
 * request log (replaySafeHandler), two database requests fewer per call.
 */
import { submissionId } from '../../_shared/records';
import { AppError, isAppError } from '../../../core/errors';
import type { ServiceRequestDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { replaySafeHandler } from '../../_shared/runtime';
import { openStation } from '../../_shared/stations';
import { readAhead } from '../../_shared/together';
import { requestingCompany } from '../company';
import { newRequestDoc } from '../../_shared/service-requests';
import { submittedNotices } from '../notices';
import { requestView } from '../views';

export function companyRequestId(userId: string, clientRequestId: string): string {
  return submissionId('req:', userId, clientRequestId);
}

export default replaySafeHandler('request', 'createRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  // A named station is read alongside the company (one round trip on CloudBase), and judged after it.
  const named = input.stationId ? readAhead(openStation(ctx.store, input.stationId)) : null;
  const company = await requestingCompany(ctx.store, caller);
  ctx.authorize({ companyId: company._id });
  const station = named ? (await named)() : await openStation(ctx.store, company.stationId);
  const attachments = await claimAttachments(ctx, input.attachments);
  const doc = newRequestDoc({
    id: companyRequestId(caller.userId, input.clientRequestId),
    station: { id: station._id, name: station.name },
    company: { id: company._id, name: company.name },
    category: input.category,
    description: input.description,
    urgency: input.urgency,
    attachments,
    source: 'company',
    by: { id: caller.userId, name: caller.displayName },
    now: ctx.clock.now(),
  });
  try {
    await ctx.store.insert('service_requests', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await ctx.store.get<ServiceRequestDoc>('service_requests', doc._id);
    if (first && first.createdBy === caller.userId) return requestView(ctx, first);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await Promise.all([
    ctx.audit('create', doc._id, { companyId: company._id, stationId: station._id, category: doc.category }),
    submittedNotices(ctx.store, doc, caller).then((notices) => ctx.notifyAll(notices)),
  ]);
  return requestView(ctx, doc);
});
