/**
 * 内部评价 of a 服务评价: each time limit the station committed to, checked against its records —
 * the standard, how many met it of how many, the share on time (in red under 100 %) and the late
 * ones named with their Shanghai date — and beside them the service items' own 办理时限.
 */
import { Text, View } from '@tarojs/components';
import type { ServiceReview } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { DetailCard, DetailNote } from '@/components/DetailCard';
import './ReviewSections.scss';

type TimeCheck = ServiceReview['internal'][number];

/** Short of the limit: some record ran late (nothing to check is not short). */
const isShort = (c: TimeCheck) => c.rate !== null && c.rate < 100;

function Check({ check }: { check: TimeCheck }) {
  const short = isShort(check);
  const unnamed = check.total - check.onTime - check.late.length;
  return (
    <View className="review-check" data-testid="review-check" data-id={check.id} data-short={String(short)}>
      <View className="review-check__head">
        <Text className="review-check__title">{check.title}</Text>
        <Text className={`review-check__rate${short ? ' review-bad' : ''}`} data-testid="review-check-rate">
          {check.rate === null ? '本期无记录' : `按时 ${check.onTime}/${check.total} · ${check.rate}%`}
        </Text>
      </View>
      <Text className="review-row__note">标准：{check.standard}</Text>
      {check.late.length ? (
        <View className="review-check__late">
          {check.late.map((l, i) => (
            <Text key={i} className="review-check__late-item" data-testid="review-late">
              {l.label} · {shanghaiDate(l.at)}
            </Text>
          ))}
          {unnamed > 0 ? <Text className="review-check__late-item">另有 {unnamed} 件未列出</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

export function ReviewInternal({ checks }: { checks: ServiceReview['internal'] }) {
  return (
    <DetailCard title="内部评价" testId="review-internal">
      {checks.length ? null : <DetailNote>本期暂无可核对的时限</DetailNote>}
      {checks.map((c) => (
        <Check key={c.id} check={c} />
      ))}
    </DetailCard>
  );
}

export function ReviewItemLimits({ items }: { items: ServiceReview['itemLimits'] }) {
  return (
    <DetailCard title="服务事项办理时限" testId="review-item-limits">
      {items.length ? null : <DetailNote>本站暂无已发布的服务事项</DetailNote>}
      {items.map((item, i) => (
        <View key={`${i}:${item.name}`} className="review-row" data-testid="review-item-limit">
          <Text className="review-row__main">{item.name}</Text>
          <Text className="review-row__side">{item.timeLimit}</Text>
        </View>
      ))}
    </DetailCard>
  );
}
