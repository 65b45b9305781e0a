/**
 * Clue referrals (线索移交, 004 §7.3.2.4, §6.1.5 d): station staff pass a rights-protection clue
 * found in a consultation record, a site visit or a service request on to the city's
 * rights-protection assistance center (a station of the network) or another named agency, with a
 * summary, evidence and — only when the company consents — the company's name. The receiving
 * station (or an admin) moves it 已移交 → 已接收 → 处理中 → 办结 (core/rules/referral-flow.ts);
 * the referring station follows it.
 *
 * One published shape: `companyName` is 「企业未同意披露」 and `companyId` absent for any reader
 * outside the referring station while the company has not consented, so nothing else can leak it.
 */
import { z } from 'zod';
import { REFERRAL_SOURCE, REFERRAL_STATUS } from '../enums';
import {
  REFERRAL_AGENCY_CONTACT_MAX,
  REFERRAL_AGENCY_NAME_MAX,
  REFERRAL_NOTE_MAX,
  REFERRAL_RESULT_MAX,
  REFERRAL_RESULT_MIN,
  REFERRAL_STEPS,
  REFERRAL_SUMMARY_MAX,
  REFERRAL_SUMMARY_MIN,
} from '../rules/referral-flow';
import {
  attachmentIds,
  attachmentView,
  clientRequestId,
  epochMs,
  exported,
  id,
  oneOf,
  optionalText,
  pageInput,
  pageOf,
  text,
} from './common';

const referralId = id('线索移交');
const status = oneOf(REFERRAL_STATUS.values, '状态');
const sourceKind = oneOf(REFERRAL_SOURCE.values, '线索来源');

/** Where the clue goes, as the referring station chose it. */
const targetInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('station'), stationId: id('接收机构') }),
  z.object({
    kind: z.literal('agency'),
    name: text('机构名称', REFERRAL_AGENCY_NAME_MAX),
    contact: text('机构联系方式', REFERRAL_AGENCY_CONTACT_MAX),
  }),
]);

/** Where the clue went, as every reader sees it. */
const targetView = z.object({
  kind: z.enum(['station', 'agency']),
  /** The receiving station (kind 'station'). */
  stationId: z.string().optional(),
  name: z.string(),
  /** The agency's contact (kind 'agency'). */
  contact: z.string().optional(),
});

const summaryFields = {
  id: z.string(),
  status,
  fromStationId: z.string(),
  fromStationName: z.string(),
  target: targetView,
  source: z.object({ kind: sourceKind, id: z.string() }),
  /** The company's name, or 「企业未同意披露」 (see the top comment). */
  companyName: z.string(),
  companyConsent: z.boolean(),
  summary: z.string(),
  attachmentCount: z.number().int(),
  createdByName: z.string(),
  createdAt: epochMs('移交时间'),
  updatedAt: epochMs('更新时间'),
  closedAt: epochMs('办结时间').optional(),
};

export const referralSummary = z.object(summaryFields);
export type ReferralSummary = z.infer<typeof referralSummary>;

const historyEntry = z.object({
  at: epochMs('时间'),
  byName: z.string(),
  event: z.string(),
  status,
  note: z.string().optional(),
});

export const referralDetail = z.object({
  ...summaryFields,
  /** Only to readers who may know the company (the referring station; anyone once it consented). */
  companyId: z.string().optional(),
  attachments: z.array(attachmentView),
  result: z.string().optional(),
  history: z.array(historyEntry),
  /** How the caller stands to it: the station that referred it, the one that received it, an admin. */
  side: z.enum(['sender', 'receiver', 'admin']),
  /** The steps the caller may take now (server-judged: status and policy); the page offers only these. */
  steps: z.array(oneOf(REFERRAL_STEPS, '可办理操作')),
});
export type ReferralDetail = z.infer<typeof referralDetail>;

/** The referrals' filters: the list's and its export's. */
const referralFilters = {
  box: z.enum(['sent', 'received']).optional().describe('移交方向'),
  status: status.optional(),
  stationId: id('服务站点').optional(),
};

export const referral = {
  /**
   * 移交线索: from a consultation record, a visit or a request of the caller's station (an expert:
   * a record they wrote), to a station of the network that takes rights-protection cases or to a
   * named outside agency. Evidence must be the caller's uploads; the company is named to the
   * receiving side only with its consent.
   */
  createReferral: {
    input: z.object({
      clientRequestId,
      source: z.object({ kind: sourceKind, id: id('线索来源') }),
      target: targetInput,
      summary: text('线索摘要', REFERRAL_SUMMARY_MAX, REFERRAL_SUMMARY_MIN),
      companyConsent: z.boolean().default(false).describe('企业同意披露'),
      attachments: attachmentIds('证据材料'),
    }),
    output: referralDetail,
  },
  /**
   * Referrals the acting role may see, newest first: an admin all (or one station's); station
   * staff those their station sent or received (`box` narrows to one side); an expert those they
   * referred.
   */
  listReferrals: {
    input: z.object({ ...referralFilters, ...pageInput }),
    output: pageOf(referralSummary),
  },
  /** The referrals as filtered, every one, newest first, as an Excel workbook (station staff, admins). */
  exportReferrals: { input: z.object(referralFilters), output: exported },
  getReferral: { input: z.object({ referralId }), output: referralDetail },
  /**
   * One step by the receiving side (an admin too): 接收, 开始处理, 办结 with the result. In order
   * only; whoever comes second to the same step gets CONFLICT.
   */
  advanceReferral: {
    input: z
      .object({
        referralId,
        step: oneOf(REFERRAL_STEPS, '操作'),
        result: optionalText('办理结果', REFERRAL_RESULT_MAX),
        note: optionalText('说明', REFERRAL_NOTE_MAX),
      })
      .superRefine((v, ctx) => {
        if (v.step === 'close' && (v.result ?? '').length < REFERRAL_RESULT_MIN) {
          ctx.addIssue({
            code: 'custom',
            path: ['result'],
            message: v.result ? `至少 ${REFERRAL_RESULT_MIN} 个字` : '办结时必填',
          });
        }
      }),
    output: referralDetail,
  },
} as const;
