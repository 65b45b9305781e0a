/**
 * Visits and follow-ups → the shapes the contract publishes. Company staff get the company view,
 * built without findings, internal note or who went (and its schema has none of those keys, so
 * output validation would strip them anyway).
 */
import type { FollowUp, StationVisit, Visit, VisitItem } from '../../core/contract';
import type { Files } from '../../core/ports';
import { followUpDue } from '../../core/rules/visits';
import type { FollowUpDoc, VisitDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';

export { readsAsCompany } from '../_shared/views';

const sharedOf = (d: VisitDoc) => ({
  id: d._id,
  stationId: d.stationId,
  stationName: d.stationName,
  companyId: d.companyId,
  companyName: d.companyName,
  visitedAt: d.visitedAt,
  form: d.form,
  topics: d.topics ?? [],
  sharedSummary: d.sharedSummary,
  photoCount: d.photos?.length ?? 0,
});

const stationItem = (d: VisitDoc): Omit<StationVisit, 'photos'> => ({
  view: 'station',
  ...sharedOf(d),
  visitors: d.visitors ?? [],
  met: d.met,
  findings: d.findings,
  internalNote: d.internalNote,
  location: d.location,
  nextFollowUpDate: d.nextFollowUpDate,
  holdings: d.holdings,
  requestIds: d.requestIds ?? [],
  createdBy: d.createdBy,
  createdByName: d.createdByName,
  createdAt: d.createdAt,
});

export function visitItemView(d: VisitDoc, asCompany: boolean): VisitItem {
  return asCompany ? { view: 'company', ...sharedOf(d) } : stationItem(d);
}

/** One visit with its photos' URLs (temporary on CloudBase: resolved when read). */
export async function visitView(files: Files, d: VisitDoc, asCompany: boolean): Promise<Visit> {
  return { ...visitItemView(d, asCompany), photos: await attachmentViews(files, d.photos) };
}

export async function stationVisitView(files: Files, d: VisitDoc): Promise<StationVisit> {
  return { ...stationItem(d), photos: await attachmentViews(files, d.photos) };
}

export function followUpView(d: FollowUpDoc, today: string): FollowUp {
  return {
    id: d._id,
    stationId: d.stationId,
    companyId: d.companyId,
    companyName: d.companyName,
    ownerId: d.ownerId,
    ownerName: d.ownerName,
    dueDate: d.dueDate,
    source: d.source,
    sourceId: d.sourceId,
    subject: d.subject,
    status: d.status,
    due: d.status === 'open' ? followUpDue(d.dueDate, today) : null,
    record: d.record,
    doneAt: d.doneAt,
    doneByName: d.doneByName,
    createdAt: d.createdAt,
  };
}
