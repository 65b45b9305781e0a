/**
 * Stored requests and ratings → the published shapes. Company staff get the company view, built
 * without the internal notes (the request's, the report's) or who did each step (and its schema has neither, so output
 * validation would strip them anyway).
 */
import type { RequestRating, RequestSummary, ServiceRequest } from '../../core/contract';
import type { RequestStatus } from '../../core/enums';
import type { Files } from '../../core/ports';
import type { RequestRatingDoc, RequestReport, ServiceRequestDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';
import { ratingState } from '../_shared/ratings';
import type { HandlerContext } from '../_shared/runtime';
import { readsAsCompany, stepsFor } from './access';

const statusOf = (d: ServiceRequestDoc) => d.status as RequestStatus;

export function requestSummaryView(d: ServiceRequestDoc): RequestSummary {
  return {
    id: d._id,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    category: d.category,
    description: d.description,
    urgency: d.urgency,
    status: statusOf(d),
    source: d.source,
    handlerName: d.handlerName,
    assigneeKind: d.assigneeKind,
    assigneeName: d.assigneeName,
    respondBy: d.respondBy,
    // Overdue only while the answer is still awaited: once accepted or declined it is history.
    overdue: d.status === 'assigned' && !!d.overdueAt,
    attachmentCount: d.attachments?.length ?? 0,
    createdByName: d.createdByName,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    closedAt: d.closedAt,
  };
}

/** One request as the caller may read it: their view, the attachments' URLs, the steps they may take. */
export async function requestView(
  ctx: Pick<HandlerContext, 'caller' | 'files' | 'may'>,
  d: ServiceRequestDoc,
): Promise<ServiceRequest> {
  const shared = {
    ...requestSummaryView(d),
    assigneeId: d.assigneeId,
    agency: d.agency,
    assignNote: d.assignNote,
    assignedAt: d.assignedAt,
    visitId: d.visitId,
    handlerId: d.handlerId,
    result: d.result,
    cancelReason: d.cancelReason,
    followUpDate: d.followUpDate,
    attachments: await attachmentViews(ctx.files, d.attachments),
    steps: stepsFor(ctx, d),
  };
  const history = d.history.map((h) => ({
    at: h.at,
    by: h.by,
    byName: h.byName,
    event: h.event,
    status: h.status as RequestStatus,
    ...(h.note ? { note: h.note } : {}),
  }));
  const report = await reportView(ctx.files, d.report);
  if (readsAsCompany(ctx.caller)) {
    const companyReport = report && (({ internalNote: _note, ...rest }) => rest)(report);
    return { view: 'company', ...shared, history: history.map(({ by: _by, ...rest }) => rest), report: companyReport };
  }
  return { view: 'station', ...shared, history, report, internalNote: d.internalNote, createdBy: d.createdBy };
}

/** The written report with its attachments' URLs (the internal note included: the caller's view drops it). */
async function reportView(files: Files, r: RequestReport | undefined) {
  if (!r) return undefined;
  return {
    situation: r.situation,
    advice: r.advice,
    outcome: r.outcome,
    minutesSpent: r.minutesSpent,
    attachments: await attachmentViews(files, r.attachments),
    byName: r.byName,
    at: r.at,
    internalNote: r.internalNote,
  };
}

export function requestRatingView(d: RequestRatingDoc, now: number): RequestRating {
  return {
    ...ratingState(d, now),
    requestId: d.requestId,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    category: d.category,
    handlerName: d.handlerName,
  };
}
