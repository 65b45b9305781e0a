/** Whose a record is: its company's, its station's, and (assigned) its consultant's. */
import type { Target } from '../../core/policy';
import type { ConsultationRecordDoc } from '../../core/store/docs';

export const recordTarget = (r: ConsultationRecordDoc): Target => ({
  companyId: r.companyId,
  stationId: r.stationId,
  assigneeId: r.consultantId,
});
