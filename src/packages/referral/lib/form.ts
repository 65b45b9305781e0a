/**
 * The 移交线索 form's draft: its checks (mirroring the contract, so most mistakes show before
 * sending, under the fields the server names: `target.stationId`, `target.name`…) and the
 * createReferral input it becomes. Pure: no Taro, no services.
 */
import type { AttachmentView, InputOf } from '@core/contract';
import type { ReferralSource } from '@core/enums';
import {
  REFERRAL_AGENCY_CONTACT_MAX,
  REFERRAL_AGENCY_NAME_MAX,
  REFERRAL_SUMMARY_MAX,
  REFERRAL_SUMMARY_MIN,
} from '@core/rules/referral-flow';

export { REFERRAL_AGENCY_CONTACT_MAX, REFERRAL_AGENCY_NAME_MAX, REFERRAL_SUMMARY_MAX };

export type TargetKind = 'station' | 'agency';

export interface ReferralDraft {
  targetKind: TargetKind;
  /** The receiving station (targetKind 'station'). */
  stationId: string;
  agencyName: string;
  agencyContact: string;
  summary: string;
  /** The company agreed to be named to the receiving side. */
  companyConsent: boolean;
  /** Uploaded evidence (files.register's answers), in the order picked. */
  attachments: AttachmentView[];
}

export const initialDraft = (): ReferralDraft => ({
  targetKind: 'station',
  stationId: '',
  agencyName: '',
  agencyContact: '',
  summary: '',
  companyConsent: false,
  attachments: [],
});

/** The server's field path each draft field answers for. */
export const FIELD_PATHS: Record<keyof ReferralDraft, string> = {
  targetKind: 'target',
  stationId: 'target.stationId',
  agencyName: 'target.name',
  agencyContact: 'target.contact',
  summary: 'summary',
  companyConsent: 'companyConsent',
  attachments: 'attachments',
};

/** The problems to show under each field (keys as the server names them), top of the form first. */
export function draftErrors(d: ReferralDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (d.targetKind === 'station' && !d.stationId) errors['target.stationId'] = '接收机构：请选择接收线索的机构';
  if (d.targetKind === 'agency') {
    if (!d.agencyName.trim()) errors['target.name'] = '机构名称：请填写接收线索的机构名称';
    if (!d.agencyContact.trim()) errors['target.contact'] = '机构联系方式：请填写联系人或电话';
  }
  const n = d.summary.trim().length;
  if (n < REFERRAL_SUMMARY_MIN) errors.summary = `线索摘要：请至少填写${REFERRAL_SUMMARY_MIN}个字`;
  else if (n > REFERRAL_SUMMARY_MAX) errors.summary = `线索摘要：不能超过${REFERRAL_SUMMARY_MAX}字`;
  return errors;
}

export function referralInput(
  d: ReferralDraft,
  clientRequestId: string,
  source: { kind: ReferralSource; id: string },
): InputOf<'referral', 'createReferral'> {
  return {
    clientRequestId,
    source,
    target:
      d.targetKind === 'station'
        ? { kind: 'station', stationId: d.stationId }
        : { kind: 'agency', name: d.agencyName.trim(), contact: d.agencyContact.trim() },
    summary: d.summary.trim(),
    companyConsent: d.companyConsent,
    attachments: d.attachments.map((a) => a.id),
  };
}
