/**
 * A consultation whose record asks for a follow-up (需要回访 + 回访日期) owes one: its consultant's
 * follow-up (`fu:consultation:<recordId>`), inserted in the record's own transaction so the
 * record and what it promised come and go together.
 */
import type { TxStore } from '../../core/ports';
import type { ConsultationRecordDoc } from '../../core/store/docs';
import { newFollowUpDoc } from '../_shared/followups';

export async function insertRecordFollowUp(tx: TxStore, r: ConsultationRecordDoc): Promise<void> {
  if (!r.followUp || !r.followUpDate) return;
  await tx.insert(
    'follow_ups',
    newFollowUpDoc({
      source: 'consultation',
      sourceId: r._id,
      stationId: r.stationId,
      company: { id: r.companyId, name: r.companyName },
      owner: { id: r.consultantId, name: r.consultantName },
      dueDate: r.followUpDate,
      subject: `咨询回访：${r.summary}`,
      now: r.createdAt,
    }),
  );
}
