/**
 * 指派 / 转介: the station (a liaison, the chief) assigns a request to a filed expert or one of its
 * liaisons, who must accept or decline within two days (core/rules/sla.ts, in working days once
 * the admin set a calendar) — or refers it to an outside agency (name and contact; no clock).
 *
 * The assignee is checked before anything is written (bad input writes nothing). The move itself
 * is one transaction on the request as it is now (flow.ts): it lands only if the request is still
 * the version the caller saw (`seenUpdatedAt`) — of two chiefs assigning at once one wins, the
 * other gets CONFLICT naming who has it now — and, in that same transaction, the previous open
 * assignment is marked reassigned and a new assignments row `<requestId>:<assignedAt>` written.
 * `assignedAt` is strictly later than the request's last assignment (even one declined or handed
 * back), so a reassignment within the same millisecond still gets a row of its own.
 */
import { AppError } from '../../../core/errors';
import { responseDueAt } from '../../../core/rules/sla';
import { shanghaiDate } from '../../../core/rules/time';
import type { AssignmentDoc, ServiceRequestDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { loadWorkCalendar } from '../../_shared/work-calendar';
import { requestTarget } from '../access';
import { resolveAssignee, type Assignee } from '../assignees';
import { assignmentId, lastAssignmentOfRequest, settleOpenAssignment } from '../assignments';
import { runStep } from '../flow';
import { assignedNotices, stepNotices } from '../notices';

/** The request's fields that describe its assignment: all replaced by each assign. */
const ASSIGNMENT_FIELDS = [
  'assigneeId',
  'assigneeName',
  'assigneeKind',
  'agency',
  'assignNote',
  'assignedAt',
  'respondBy',
  'overdueAt',
  'escalatedAt',
] as const;

/** Why a request changed since the caller looked: who has it now, when anybody does. */
function changedSince(current: ServiceRequestDoc): string {
  if (current.assigneeKind === 'agency' && current.assigneeName) {
    return `该需求已转介给${current.assigneeName}，请刷新后查看`;
  }
  if (current.assigneeName) return `该需求已指派给${current.assigneeName}，请刷新后查看`;
  return '该需求已被他人更新，请刷新后查看';
}

/** Now, or just after the last assignment when that is as late (each row keeps its own id). */
const assignedAtAfter = (current: ServiceRequestDoc, last: number, now: number) =>
  Math.max(now, last + 1, (current.assignedAt ?? -1) + 1);

export default handler('request', 'assignRequest', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  // Authorised on the request before the assignee is looked up: another station learns nothing.
  const request = await mustGet<ServiceRequestDoc>(ctx.store, 'service_requests', input.requestId);
  ctx.authorize(requestTarget(request));
  const who: Assignee = await resolveAssignee(ctx.store, request.stationId, input.assignee, shanghaiDate(now));
  const respondBy = who.kind === 'agency' ? undefined : responseDueAt(now, await loadWorkCalendar(ctx.store));
  const note = input.note || undefined;
  const set: Partial<ServiceRequestDoc> = {
    assigneeKind: who.kind,
    assigneeName: who.name,
    ...(who.userId ? { assigneeId: who.userId } : {}),
    ...(who.agency ? { agency: who.agency } : {}),
    ...(note ? { assignNote: note } : {}),
    ...(respondBy !== undefined ? { respondBy } : {}),
  };
  const step = who.kind === 'agency' ? 'refer' : 'assign';
  // Read before the transaction (it allows only id operations); a concurrent assign is refused by
  // the seenUpdatedAt check inside it, so this cannot go stale unnoticed.
  const last = (await lastAssignmentOfRequest(ctx.store, request._id))?.assignedAt ?? -1;
  return runStep(ctx, request._id, step, {
    note: note ? `${who.name}：${note}` : who.name,
    check: (current) => {
      if (current.updatedAt !== input.seenUpdatedAt) throw new AppError('CONFLICT', changedSince(current));
    },
    set: (current) => ({ ...set, assignedAt: assignedAtAfter(current, last, now) }),
    unset: ASSIGNMENT_FIELDS.filter((f) => f !== 'assignedAt' && !(f in set)),
    within: async (tx, current) => {
      await settleOpenAssignment(tx, current, { outcome: 'reassigned' });
      const assignedAt = assignedAtAfter(current, last, now);
      const row: AssignmentDoc = {
        _id: assignmentId(current._id, assignedAt),
        requestId: current._id,
        stationId: current.stationId,
        assigneeKind: who.kind,
        assigneeName: who.name,
        assignedAt,
        assignedBy: caller.userId,
        outcome: 'open',
        ...(who.userId ? { assigneeId: who.userId } : {}),
        ...(respondBy !== undefined ? { respondBy } : {}),
      };
      await tx.insert('assignments', row);
    },
    // A person is asked to answer; an agency's referral is the company's news.
    notices: async (after, before, actor) =>
      who.kind === 'agency'
        ? [...(await stepNotices(ctx.store, after, 'refer', actor)), ...assignedNotices(after, before, actor)]
        : assignedNotices(after, before, actor),
  });
});
