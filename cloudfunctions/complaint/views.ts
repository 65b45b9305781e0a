/**
 * Stored complaints → the published shapes. To the person complained about, who complained is
 * COMPLAINANT_WITHHELD unless the handler shared it (core/contract/complaint.ts).
 */
import type { ComplaintDetail, ComplaintSummary } from '../../core/contract';
import type { Caller } from '../../core/ports';
import { AWAITING_ANSWER, COMPLAINANT_WITHHELD } from '../../core/rules/complaint-flow';
import type { ComplaintDoc, ComplaintReply } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';
import type { HandlerContext } from '../_shared/runtime';
import { canShare, isPerson, sideOf, stepsFor } from './access';

const awaiting = (c: ComplaintDoc) => AWAITING_ANSWER.includes(c.status);

/** Whether the caller may know who complained: anyone but the person it was passed on to, unless shared. */
const knowsComplainant = (caller: Caller | null, c: ComplaintDoc) =>
  caller?.userId === c.complainantId || !isPerson(caller, c) || !!c.identityShared;

export function complaintSummaryView(c: ComplaintDoc, caller: Caller | null, now: number): ComplaintSummary {
  const known = knowsComplainant(caller, c);
  return {
    id: c._id,
    status: c.status,
    stationId: c.stationId,
    stationName: c.stationName,
    subject: { kind: c.subjectKind, label: c.subjectLabel },
    personName: c.personName,
    route: c.route,
    complainantName: known ? c.complainantName : COMPLAINANT_WITHHELD,
    companyName: known ? c.companyName : COMPLAINANT_WITHHELD,
    dueAt: awaiting(c) ? c.dueAt : undefined,
    overdue: awaiting(c) && c.dueAt !== undefined && now > c.dueAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

const replyView = (r: ComplaintReply | undefined) => (r ? { text: r.text, byName: r.byName, at: r.at } : undefined);

export async function complaintView(
  ctx: Pick<HandlerContext, 'caller' | 'files' | 'may' | 'clock'>,
  c: ComplaintDoc,
): Promise<ComplaintDetail> {
  const side = sideOf(ctx, c);
  // The history names the complainant on their own steps: withheld from whoever may not know them.
  const known = knowsComplainant(ctx.caller, c);
  const byName = (h: ComplaintDoc['history'][number]) => (known || h.by !== c.complainantId ? h.byName : '投诉人');
  return {
    ...complaintSummaryView(c, ctx.caller, ctx.clock.now()),
    facts: c.facts,
    wanted: c.wanted,
    attachments: await attachmentViews(ctx.files, c.attachments),
    answer: replyView(c.answer),
    escalation: c.escalationReason && c.escalatedAt ? { reason: c.escalationReason, at: c.escalatedAt } : undefined,
    review: replyView(c.review),
    history: c.history.map((h) => ({
      at: h.at,
      byName: byName(h),
      event: h.event,
      ...(h.note ? { note: h.note } : {}),
    })),
    side,
    steps: stepsFor(ctx, c),
    canShare: canShare(ctx, c),
    shared:
      c.sharedWithName && c.sharedAt
        ? { withName: c.sharedWithName, identity: !!c.identityShared, at: c.sharedAt }
        : undefined,
  };
}
