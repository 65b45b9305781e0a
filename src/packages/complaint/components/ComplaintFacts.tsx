/**
 * What a complaint is, as its detail page shows it: who it is about and where, who complained
 * (as the server sent it: the person passed the complaint sees 「投诉人信息已保密」 unless the
 * handler told them), who answers, the due time (超时 once late), whether it was passed on; then
 * the facts, what is wanted and the evidence.
 */
import { Text } from '@tarojs/components';
import type { ComplaintDetail } from '@core/contract';
import { COMPLAINT_ROUTE } from '@core/enums';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailRow, DetailText } from '@/components/DetailCard';
import { stampOf } from '@/lib/format';
import { subjectTitle } from '../lib/labels';

/** 「已转交 李联络（未告知投诉人身份）」 */
export const sharedLine = (s: NonNullable<ComplaintDetail['shared']>) =>
  `已转交 ${s.withName}（${s.identity ? '已' : '未'}告知投诉人身份）`;

export function ComplaintFacts({ c }: { c: ComplaintDetail }) {
  return (
    <>
      <DetailCard testId="complaint-facts">
        <DetailRow label="投诉对象" testId="complaint-subject">
          <Text>{subjectTitle(c)}</Text>
        </DetailRow>
        {c.personName ? (
          <DetailRow label="被投诉人" testId="complaint-person">
            <Text>{c.personName}</Text>
          </DetailRow>
        ) : null}
        <DetailRow label="服务站点" testId="complaint-station">
          <Text>{c.stationName}</Text>
        </DetailRow>
        <DetailRow label="投诉人" testId="complaint-complainant">
          <Text>
            {c.complainantName}
            {c.companyName && c.companyName !== c.complainantName ? ` · ${c.companyName}` : ''}
          </Text>
        </DetailRow>
        <DetailRow label="答复人" testId="complaint-route">
          <Text>{COMPLAINT_ROUTE.labels[c.route]}</Text>
        </DetailRow>
        <DetailRow label="投诉时间">
          <Text>{stampOf(c.createdAt)}</Text>
        </DetailRow>
        {c.dueAt !== undefined ? (
          <DetailRow label="答复期限" testId="complaint-due">
            <Text className={c.overdue ? 'complaint-detail__late' : ''}>
              {stampOf(c.dueAt)}
              {c.overdue ? '（已超时）' : ''}
            </Text>
          </DetailRow>
        ) : null}
        {c.shared ? (
          <DetailRow label="转交" testId="complaint-shared">
            <Text>{sharedLine(c.shared)}</Text>
          </DetailRow>
        ) : null}
      </DetailCard>
      <DetailCard title="投诉事实">
        <DetailText testId="complaint-text">{c.facts}</DetailText>
      </DetailCard>
      {c.wanted ? (
        <DetailCard title="诉求">
          <DetailText testId="complaint-wanted">{c.wanted}</DetailText>
        </DetailCard>
      ) : null}
      {c.attachments.length ? (
        <DetailCard>
          <AttachmentList items={c.attachments} title="证明材料" />
        </DetailCard>
      ) : null}
    </>
  );
}
