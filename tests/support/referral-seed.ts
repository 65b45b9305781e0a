/**
 * Clue referrals written straight into a store, at any status, for the authorisation matrix and
 * the referral tests: from a record of `fromStationId`'s company, referred by the station's
 * consultant (not the caller) unless told otherwise.
 */
import type { ReferralStatus } from '../../core/enums';
import type { Store } from '../../core/ports';
import type { ClueReferralDoc } from '../../core/store/docs';
import { stationConsultant } from './consult-seed';

let referralSeq = 0;

export async function seedReferral(
  store: Store,
  now: number,
  fromStationId: string,
  toStationId: string,
  overrides: Partial<ClueReferralDoc> = {},
): Promise<string> {
  const by = overrides.createdBy ?? (await stationConsultant(store, now, fromStationId));
  const status: ReferralStatus = overrides.status ?? 'referred';
  const doc: ClueReferralDoc = {
    _id: `ref:seed-${++referralSeq}-${process.pid}`,
    fromStationId,
    fromStationName: '移交站点',
    sourceKind: 'record',
    sourceId: `walkin:seed-source-${referralSeq}`,
    companyId: 'co-clue',
    companyName: '线索企业有限公司',
    companyConsent: false,
    summary: '企业反映其注册商标被他人在电商平台大量仿冒使用',
    attachments: [],
    targetKind: 'station',
    toStationId,
    targetName: '接收站点',
    status,
    history: [{ at: now, by, byName: '移交人', event: 'created', status: 'referred' }],
    createdBy: by,
    createdByName: '移交人',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
  await store.insert('clue_referrals', doc);
  return doc._id;
}
