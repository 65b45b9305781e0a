/**
 * Stored requests and ratings → the published shapes. Company staff get the company view, built
 * without the internal note or who did each step (and its schema has neither, so output
 * validation would strip them anyway).
 */
import type { RequestRating, RequestSummary, ServiceRequest } from '../../core/contract';
import type { RequestStatus } from '../../core/enums';
import type { RequestRatingDoc, ServiceRequestDoc } from '../../core/store/docs';
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
  if (readsAsCompany(ctx.caller)) {
    return { view: 'company', ...shared, history: history.map(({ by: _by, ...rest }) => rest) };
  }
  return { view: 'station', ...shared, history, internalNote: d.internalNote, createdBy: d.createdBy };
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
