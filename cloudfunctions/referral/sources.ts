/**
 * Where a clue was found: a consultation record, a site visit or a service request. Those belong
 * to other areas, so their documents are read here straight from their collections (never through
 * another area's module), reduced to what a referral needs: the station and company it is of, and
 * whose it is — the policy target createReferral is authorised against (an expert may refer only
 * from a record they gave).
 */
import { AppError } from '../../core/errors';
import type { ReferralSource } from '../../core/enums';
import type { Target } from '../../core/policy';
import type { Store } from '../../core/ports';
import type { ConsultationRecordDoc, ServiceRequestDoc, VisitDoc } from '../../core/store/docs';

export interface ClueSource {
  kind: ReferralSource;
  id: string;
  stationId: string;
  stationName: string;
  companyId: string;
  companyName: string;
  /** Whose it is: its station, and the person it is assigned to (the consultant, the visitor, the assignee). */
  target: Target;
}

const MISSING: Record<ReferralSource, string> = {
  record: '咨询记录不存在或已被删除，请从咨询记录页重新发起移交',
  visit: '走访记录不存在或已被删除，请从走访记录页重新发起移交',
  request: '服务需求不存在或已被删除，请从需求详情页重新发起移交',
};

type SourceDoc = Pick<ConsultationRecordDoc, 'stationId' | 'stationName' | 'companyId' | 'companyName'>;

const READERS: Record<
  ReferralSource,
  { collection: 'consultation_records' | 'visits' | 'service_requests'; owner: (d: never) => string | undefined }
> = {
  record: { collection: 'consultation_records', owner: (d: ConsultationRecordDoc) => d.consultantId },
  visit: { collection: 'visits', owner: (d: VisitDoc) => d.createdBy },
  request: { collection: 'service_requests', owner: (d: ServiceRequestDoc) => d.assigneeId ?? d.handlerId },
};

/** The source named by the input, or NOT_FOUND saying where to start again. */
export async function clueSource(store: Store, source: { kind: ReferralSource; id: string }): Promise<ClueSource> {
  const reader = READERS[source.kind];
  const doc = await store.get<SourceDoc & { _id: string }>(reader.collection, source.id);
  if (!doc) throw new AppError('NOT_FOUND', MISSING[source.kind]);
  return {
    kind: source.kind,
    id: source.id,
    stationId: doc.stationId,
    stationName: doc.stationName,
    companyId: doc.companyId,
    companyName: doc.companyName,
    target: { stationId: doc.stationId, companyId: doc.companyId, assigneeId: reader.owner(doc as never) },
  };
}
