/**
 * One round in 年度评价: its title and status, the year and indicator-table version, the deadlines,
 * and — as the viewer stands to it — the number of stations (the admin; tapping opens the round),
 * nothing more (a chief; tapping opens their station's evaluation) or the stations assigned to a
 * reviewer, each with their review's status (tapping one opens that station).
 */
import { Text, View } from '@tarojs/components';
import type { RoundView } from '@core/contract';
import { stampOf } from '@/lib/format';
import { ReviewStatusTag, RoundStatusTag } from './StatusTags';

interface RoundCardProps {
  round: RoundView;
  /** The whole card opens this (the admin's round, the chief's station). */
  onOpen?: () => void;
  /** A reviewer: their assigned stations, each opening that station. */
  onOpenStation?: (stationId: string) => void;
}

export function RoundCard({ round: r, onOpen, onOpenStation }: RoundCardProps) {
  return (
    <View className="eval-card" data-testid="round" data-id={r.id} onClick={onOpen}>
      <View className="eval-card__head">
        <Text className="eval-card__title">{r.title}</Text>
        <RoundStatusTag status={r.status} />
      </View>
      <Text className="eval-card__line">
        {r.year} 年度 · 指标表第 {r.setVersion} 版 · 参评站点 {r.stations.length} 个
      </Text>
      <Text className="eval-card__line eval-card__line--muted">
        自评截止 {r.selfDeadline} · 评审截止 {r.reviewDeadline}
      </Text>
      {r.publishedAt !== undefined ? (
        <Text className="eval-card__line eval-card__line--muted">已公布 · {stampOf(r.publishedAt)}</Text>
      ) : null}
      {r.assigned && onOpenStation ? (
        <View className="eval-card__assigned">
          <Text className="eval-card__line eval-card__line--muted">分配给您评审的站点（{r.assigned.length}）</Text>
          {r.assigned.map((s) => (
            <View
              key={s.id}
              className="eval-card__station"
              data-testid="assigned-station"
              data-id={s.id}
              onClick={() => onOpenStation(s.id)}
            >
              <Text className="eval-card__station-name">{s.name}</Text>
              <ReviewStatusTag status={s.status} />
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
