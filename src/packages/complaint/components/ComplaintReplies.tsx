/**
 * What was answered: the handler's answer, the complainant's reason for asking a review, the
 * admin's review (final) — each with who and when — and the history, oldest first.
 */
import { Text, View } from '@tarojs/components';
import type { ComplaintDetail } from '@core/contract';
import { complaintEventLabel } from '@core/rules/complaint-flow';
import { DetailCard, DetailNote, DetailText } from '@/components/DetailCard';
import { stampOf } from '@/lib/format';

export function ComplaintReplies({ c }: { c: ComplaintDetail }) {
  return (
    <>
      {c.answer ? (
        <DetailCard title="答复">
          <DetailText testId="complaint-answer">{c.answer.text}</DetailText>
          <DetailNote>
            {c.answer.byName} 于 {stampOf(c.answer.at)} 答复
          </DetailNote>
        </DetailCard>
      ) : null}
      {c.escalation ? (
        <DetailCard title="复核理由">
          <DetailText testId="complaint-escalation">{c.escalation.reason}</DetailText>
          <DetailNote>{stampOf(c.escalation.at)} 提请复核</DetailNote>
        </DetailCard>
      ) : null}
      {c.review ? (
        <DetailCard title="复核意见">
          <DetailText testId="complaint-review">{c.review.text}</DetailText>
          <DetailNote>
            {c.review.byName} 于 {stampOf(c.review.at)} 复核
          </DetailNote>
        </DetailCard>
      ) : null}
      <DetailCard title="办理记录" testId="complaint-history">
        {c.history.map((h, i) => (
          <View key={`${h.at}-${i}`} className="complaint-detail__history" data-testid="history" data-event={h.event}>
            <Text>
              {stampOf(h.at)} {h.byName} {complaintEventLabel(h.event)}
              {h.note ? `：${h.note}` : ''}
            </Text>
          </View>
        ))}
      </DetailCard>
    </>
  );
}
