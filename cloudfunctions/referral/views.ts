/**
 * Stored referrals → the published shapes. The company is named only to those who may know it
 * (access.ts knowsCompany): everyone else reads 「企业未同意披露」 and no company id.
 */
import type { ReferralDetail, ReferralSummary } from '../../core/contract';
import type { Caller } from '../../core/ports';
import { COMPANY_WITHHELD } from '../../core/rules/referral-flow';
import type { ClueReferralDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';
import type { HandlerContext } from '../_shared/runtime';
import { knowsCompany, sideOf, stepsFor } from './access';

export function referralSummaryView(d: ClueReferralDoc, caller: Caller | null): ReferralSummary {
  return {
    id: d._id,
    status: d.status,
    fromStationId: d.fromStationId,
    fromStationName: d.fromStationName,
    target: {
      kind: d.targetKind,
      stationId: d.toStationId,
      name: d.targetName,
      contact: d.targetContact,
    },
    source: { kind: d.sourceKind, id: d.sourceId },
    companyName: knowsCompany(caller, d) ? d.companyName : COMPANY_WITHHELD,
    companyConsent: d.companyConsent,
    summary: d.summary,
    attachmentCount: d.attachments.length,
    createdByName: d.createdByName,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    closedAt: d.closedAt,
  };
}

/** One referral as the caller may read it: the evidence's URLs, the history, the steps they may take. */
export async function referralView(
  ctx: Pick<HandlerContext, 'caller' | 'files' | 'may'>,
  d: ClueReferralDoc,
): Promise<ReferralDetail> {
  return {
    ...referralSummaryView(d, ctx.caller),
    companyId: knowsCompany(ctx.caller, d) ? d.companyId : undefined,
    attachments: await attachmentViews(ctx.files, d.attachments),
    result: d.result,
    history: d.history.map((h) => ({
      at: h.at,
      byName: h.byName,
      event: h.event,
      status: h.status,
      ...(h.note ? { note: h.note } : {}),
    })),
    side: sideOf(ctx.caller, d),
    steps: stepsFor(ctx, d),
  };
}
