/**
 * What the 移交线索 form shows of where the clue was found (a consultation record, a visit, a
 * request): its kind, the company and what it says — read through that area's own service, so
 * the page offers the clue in context and the summary can start from it.
 */
import { REFERRAL_SOURCE, type ReferralSource } from '@core/enums';
import { getRecord } from '@/services/archive';
import { getRequest } from '@/services/request';
import { getVisit } from '@/services/visit';

export interface SourceBrief {
  kind: ReferralSource;
  /** 咨询记录 / 走访记录 / 服务需求 */
  label: string;
  companyName: string;
  /** What the source says about the matter (the question, the findings, the need). */
  text: string;
}

export const isSourceKind = (v: string): v is ReferralSource => (REFERRAL_SOURCE.values as string[]).includes(v);

export async function loadSource(kind: ReferralSource, id: string): Promise<SourceBrief> {
  const label = REFERRAL_SOURCE.labels[kind];
  if (kind === 'record') {
    const r = await getRecord({ recordId: id });
    return { kind, label, companyName: r.companyName, text: r.summary };
  }
  if (kind === 'visit') {
    const v = await getVisit({ visitId: id });
    return { kind, label, companyName: v.companyName, text: v.view === 'station' ? v.findings : v.sharedSummary };
  }
  const q = await getRequest({ requestId: id });
  return { kind, label, companyName: q.companyName, text: q.description };
}
