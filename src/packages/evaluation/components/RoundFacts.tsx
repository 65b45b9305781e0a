/**
 * A round's settings as its page shows them: the year and table version, the deadlines, the
 * correction period and what a missed one means, the grade thresholds.
 */
import { Text, View } from '@tarojs/components';
import type { RoundView } from '@core/contract';
import { EVAL_LAPSE } from '@core/enums';
import { GRADE_LABELS } from '@core/rules/evaluation';
import { DetailCard, DetailRow } from '@/components/DetailCard';
import { RoundStatusTag } from './StatusTags';

export function RoundFacts({ round: r }: { round: RoundView }) {
  const { excellent, good, pass } = r.grades;
  return (
    <>
      <View className="eval-page__head">
        <Text className="eval-page__title" data-testid="round-title">
          {r.title}
        </Text>
        <RoundStatusTag status={r.status} />
      </View>
      <DetailCard>
        <DetailRow label="年度">
          {r.year} 年度 · 指标表第 {r.setVersion} 版
        </DetailRow>
        <DetailRow label="截止日期">
          自评 {r.selfDeadline} · 评审 {r.reviewDeadline}
        </DetailRow>
        <DetailRow label="补正">
          {r.correctionDays} 个工作日内；逾期{EVAL_LAPSE.labels[r.lapse]}
        </DetailRow>
        <DetailRow label="等级分数线">
          {GRADE_LABELS.excellent} {excellent} · {GRADE_LABELS.good} {good} · {GRADE_LABELS.pass} {pass}
        </DetailRow>
      </DetailCard>
    </>
  );
}
