/** Stored improvement actions → the published shape; overdue by the Shanghai date of "now". */
import type { ImprovementView } from '../../core/contract';
import type { Files } from '../../core/ports';
import type { ImprovementDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';

export async function improvementView(files: Files, d: ImprovementDoc, today: string): Promise<ImprovementView> {
  return {
    id: d._id,
    stationId: d.stationId,
    stationName: d.stationName,
    source: { kind: d.sourceKind, ...(d.sourceRefId ? { refId: d.sourceRefId } : {}), label: d.sourceLabel },
    finding: d.finding,
    measure: d.measure,
    ownerId: d.ownerId,
    ownerName: d.ownerName,
    dueDate: d.dueDate,
    status: d.status,
    overdue: d.status === 'open' && d.dueDate < today,
    evidence: d.evidence,
    attachments: await attachmentViews(files, d.attachments),
    doneAt: d.doneAt,
    doneByName: d.doneByName,
    createdByName: d.createdByName,
    createdAt: d.createdAt,
  };
}
