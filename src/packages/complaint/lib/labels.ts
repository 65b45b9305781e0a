/**
 * Complaints as the pages show them: the status chips and the title of what a complaint is about
 * (its kind, then the server's description of the station, service or person). Zod-free.
 */
import type { ComplaintSummary } from '@core/contract';
import { COMPLAINT_STATUS, COMPLAINT_SUBJECT, type ComplaintStatus } from '@core/enums';
import { chipsOf, type Chip } from '@/components/ChipRow';

export const STATUS_CHIPS: Chip<ComplaintStatus>[] = chipsOf(COMPLAINT_STATUS, '全部');

/** 「咨询服务：2026-11-23 咨询服务（专利）」, 「工作人员：李联络（…）」, 「服务站点：…」. */
export function subjectTitle(c: Pick<ComplaintSummary, 'subject'>): string {
  const kind = COMPLAINT_SUBJECT.labels[c.subject.kind];
  return c.subject.label && c.subject.label !== kind ? `${kind}：${c.subject.label}` : kind;
}
