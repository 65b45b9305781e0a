/**
 * 外部评价 of a 服务评价: the companies' word on the station in the period — per service kind the
 * ratings (how many, the mean, how many were low) and the complaints (how many, by status, how
 * many ran past their answer limit). What falls short is in red.
 */
import { Text, View } from '@tarojs/components';
import type { ServiceReview } from '@core/contract';
import { DetailCard, DetailNote } from '@/components/DetailCard';
import './ReviewSections.scss';

export function ReviewExternal({ external }: { external: ServiceReview['external'] }) {
  const { ratings, complaints } = external;
  return (
    <DetailCard title="外部评价" testId="review-external">
      <Text className="review-heading">服务评价</Text>
      {ratings.length ? null : <DetailNote>本期暂无服务评价</DetailNote>}
      {ratings.map((r) => (
        <View key={r.kind} className="review-row" data-testid="review-rating" data-kind={r.kind}>
          <Text className="review-row__main">{r.label}</Text>
          <Text className="review-row__side">
            {r.count} 条 · 平均 {r.mean === null ? '—' : `${r.mean.toFixed(1)} 星`} ·{' '}
            <Text className={r.low ? 'review-bad' : ''}>低分 {r.low} 条</Text>
          </Text>
        </View>
      ))}
      <Text className="review-heading">投诉</Text>
      <View className="review-counts" data-testid="review-complaints">
        <Text>共 {complaints.total} 件</Text>
        {complaints.byStatus.map((s) => (
          <Text key={s.label}>
            {s.label} {s.count}
          </Text>
        ))}
        <Text className={complaints.overdue ? 'review-bad' : ''}>超时 {complaints.overdue}</Text>
      </View>
    </DetailCard>
  );
}
