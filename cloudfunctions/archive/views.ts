/**
 * Archive records → the two published shapes. Company staff get the company view, built without
 * the internal note (and its schema has none, so output validation would strip it anyway).
 */
import type { ConsultationRecord, LedgerCompany } from '../../core/contract';
import type { Files } from '../../core/ports';
import type { CompanyDoc, ConsultationRecordDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';

/** A record as lists and createRecord answer it: attachments unresolved ([]), no storage call per row. */
export function recordView(d: ConsultationRecordDoc, asCompany: boolean): ConsultationRecord {
  const shared = {
    id: d._id,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    consultantId: d.consultantId,
    consultantName: d.consultantName,
    bookingId: d.bookingId,
    consultedAt: d.consultedAt,
    channel: d.channel,
    category: d.category,
    summary: d.summary,
    answer: d.answer,
    durationMinutes: d.durationMinutes,
    followUp: d.followUp,
    followUpDate: d.followUpDate,
    attachments: [],
    rightsClue: d.rightsClue,
    createdByName: d.createdByName,
    createdAt: d.createdAt,
  };
  if (asCompany) return { view: 'company', ...shared };
  return { view: 'station', ...shared, internalNote: d.internalNote, createdBy: d.createdBy };
}

/** One record read on its own: with its attachments' URLs (the company reading its record sees them too). */
export async function recordDetailView(
  files: Files,
  d: ConsultationRecordDoc,
  asCompany: boolean,
): Promise<ConsultationRecord> {
  return { ...recordView(d, asCompany), attachments: await attachmentViews(files, d.attachments) };
}

export const ledgerCompanyView = (d: CompanyDoc): LedgerCompany => ({
  id: d._id,
  name: d.name,
  creditCode: d.creditCode,
  status: d.status,
});
