/**
 * A consultation without a booking (walk-in, phone, online chat): who it was for — a company of
 * the station's ledger, or one met for the first time, added to the ledger with the record —
 * and the record's deterministic id.
 */
import { submissionId } from '../_shared/records';
import type { Caller, Ids, Store } from '../../core/ports';
import type { CompanyDoc, StationDoc } from '../../core/store/docs';
import { invalidField } from '../_shared/errors';
import type { RecordInput } from './content';

const JOIN_CODE_LENGTH = 8;

/**
 * `walkin:<hash of writer and client request id>`: a retry of one submission (same person, same
 * clientRequestId) is the same document, which the database refuses to insert twice.
 */
export function walkInRecordId(userId: string, clientRequestId: string): string {
  return submissionId('walkin:', userId, clientRequestId);
}

export interface RecordCompany {
  doc: CompanyDoc;
  /** Not in any ledger yet: inserted in the record's transaction. */
  isNew: boolean;
}

/**
 * The company a walk-in record is for. A picked company must be in the station's ledger; a new
 * one is checked (name, credit code) and, when its credit code is already registered, the
 * registered company is used (one legal entity, one ledger entry — whichever station keeps it).
 * Writes nothing.
 */
export async function recordCompany(
  store: Store,
  ids: Ids,
  caller: Caller,
  station: StationDoc,
  input: RecordInput,
  now: number,
): Promise<RecordCompany> {
  if (input.companyId && input.newCompany) {
    throw invalidField('newCompany', '新企业', '请选择已有企业或登记新企业，二者选其一');
  }
  if (input.companyId) {
    const doc = await store.get<CompanyDoc>('companies', input.companyId);
    if (!doc || doc.stationId !== station._id) {
      throw invalidField('companyId', '企业', '该企业不在本站台账中，请重新选择或登记新企业');
    }
    return { doc, isNew: false };
  }
  const fresh = input.newCompany;
  if (!fresh) throw invalidField('companyId', '企业', '请选择企业，或填写新企业的名称和统一社会信用代码');
  const [registered] = await store.find<CompanyDoc>('companies', { where: { creditCode: fresh.creditCode }, limit: 1 });
  if (registered) return { doc: registered, isNew: false };
  const doc: CompanyDoc = {
    _id: ids.id(),
    name: fresh.name,
    creditCode: fresh.creditCode,
    district: station.district,
    stationId: station._id,
    contactName: fresh.contactName ?? '',
    contactMobile: fresh.contactMobile ?? '',
    // Station staff met the company themselves: it enters the ledger confirmed.
    status: 'confirmed',
    joinCode: ids.code(JOIN_CODE_LENGTH),
    createdBy: caller.userId,
    createdAt: now,
    lastVisitAt: 0,
    reviewedBy: caller.userId,
    reviewedAt: now,
    via: 'archive',
  };
  return { doc, isNew: true };
}
