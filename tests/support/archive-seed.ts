/**
 * Archive records written straight into a store (as archive.createRecord writes a walk-in's),
 * for the authorisation matrix and the archive tests.
 */
import type { Store } from '../../core/ports';
import type { ConsultationRecordDoc } from '../../core/store/docs';
import { stationConsultant } from './consult-seed';

let recordSeq = 0;

/** A record of `companyId` at `stationId` given by `consultantId` (default: the station's consultant). */
export async function seedRecord(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  overrides: Partial<ConsultationRecordDoc> = {},
): Promise<string> {
  const consultantId = overrides.consultantId ?? (await stationConsultant(store, now, stationId));
  const doc: ConsultationRecordDoc = {
    _id: `walkin:seed-${++recordSeq}-${process.pid}`,
    stationId,
    stationName: '测试站点',
    companyId,
    companyName: `测试企业${companyId}`,
    consultantId,
    consultantName: `驻站专家${stationId}`,
    consultedAt: now - 60 * 60_000,
    channel: 'phone',
    category: 'consulting',
    summary: '咨询商标续展的时间要求',
    answer: '注册商标有效期满前十二个月内可办理续展',
    durationMinutes: 20,
    followUp: false,
    attachments: [],
    rightsClue: false,
    internalNote: '企业对续展费用较敏感',
    createdBy: consultantId,
    createdByName: `驻站专家${stationId}`,
    createdAt: now,
    ...overrides,
  };
  await store.insert('consultation_records', doc);
  return doc._id;
}
