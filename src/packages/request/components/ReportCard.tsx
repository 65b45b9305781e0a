/**
 * The written service report as it is read: the situation, advice and outcome, the time spent,
 * the attachments and who wrote it when. The company's copy has no internal note at all (its
 * schema drops it); station staff see it in the marked card below.
 */
import type { ServiceRequest } from '@core/contract';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailNote, DetailRow, DetailText } from '@/components/DetailCard';
import { durationLabel, stampOf } from '@/lib/format';

type Report = NonNullable<ServiceRequest['report']>;

export function ReportCard({ report }: { report: Report }) {
  const internalNote = 'internalNote' in report ? report.internalNote : undefined;
  return (
    <>
      <DetailCard title="服务报告" testId="request-report">
        <DetailRow label="基本情况">
          <DetailText>{report.situation}</DetailText>
        </DetailRow>
        <DetailRow label="意见建议">
          <DetailText>{report.advice}</DetailText>
        </DetailRow>
        <DetailRow label="办理结果">
          <DetailText>{report.outcome}</DetailText>
        </DetailRow>
        <DetailRow label="用时">{durationLabel(report.minutesSpent)}</DetailRow>
        <AttachmentList items={report.attachments} />
        <DetailNote>
          {report.byName} · {stampOf(report.at)} 提交
        </DetailNote>
      </DetailCard>
      {internalNote ? (
        <DetailCard title="报告内部备注" testId="report-internal-note" internal>
          <DetailText>{internalNote}</DetailText>
        </DetailCard>
      ) : null}
    </>
  );
}
