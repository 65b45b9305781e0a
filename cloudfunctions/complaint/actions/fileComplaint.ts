/**
 * 投诉 (004 §9.2): company staff complain about the station, a service their company received or
 * a person who served them (subjects.ts checks the record is theirs). It goes to the station's
 * chief — or to the admins when it is about the chief — due within the admin's limit in working
 * days (the same holiday-aware count as the expert's two-day answer). Everything that can be
 * judged from the input is checked first, so bad input writes nothing. The id is drawn from the
 * caller and their client request id: a retry gets the first complaint back.
 */
import { AppError, isAppError } from '../../../core/errors';
import { complaintDueAt } from '../../../core/rules/complaint-flow';
import type { CompanyDoc, ComplaintDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { firstAttempt, mustGet, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { loadWorkCalendar } from '../../_shared/work-calendar';
import { filedNotices } from '../notices';
import { answerDays } from '../settings';
import { resolveSubject } from '../subjects';
import { complaintView } from '../views';

export default handler('complaint', 'fileComplaint', async (ctx, input) => {
  const caller = ctx.requireCaller();
  // For the company the caller acts for (a membership without one is refused by the policy).
  const companyId = caller.acting?.companyId ?? '';
  ctx.authorize({ companyId });
  const company = await mustGet<CompanyDoc>(ctx.store, 'companies', companyId);
  const subject = await resolveSubject(ctx.store, caller, input.subject);
  const attachments = await claimAttachments(ctx, input.attachments, [], '证明材料');
  const now = ctx.clock.now();
  const dueAt = complaintDueAt(now, await answerDays(ctx.store), await loadWorkCalendar(ctx.store));
  const doc: ComplaintDoc = {
    _id: submissionId('cmp:', caller.userId, input.clientRequestId),
    stationId: subject.stationId,
    stationName: subject.stationName,
    subjectKind: subject.kind,
    ...(subject.refId ? { subjectRefId: subject.refId } : {}),
    subjectLabel: subject.label,
    ...(subject.personId ? { personId: subject.personId } : {}),
    ...(subject.personName ? { personName: subject.personName } : {}),
    route: subject.route,
    facts: input.facts,
    wanted: input.wanted ?? '',
    attachments,
    complainantId: caller.userId,
    complainantName: caller.displayName,
    companyId,
    companyName: company.name,
    status: 'submitted',
    dueAt,
    history: [{ at: now, by: caller.userId, byName: caller.displayName, event: 'created', status: 'submitted' }],
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.store.insert('complaints', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<ComplaintDoc>(ctx.store, 'complaints', doc._id, caller.userId, 'complainantId');
    if (first) return complaintView(ctx, first);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await ctx.audit('file', doc._id, { stationId: doc.stationId, subject: doc.subjectKind, route: doc.route });
  await ctx.notifyAll(await filedNotices(ctx.store, doc));
  return complaintView(ctx, doc);
});
