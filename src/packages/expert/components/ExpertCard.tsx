/** One expert on the roster: name, status, organisation, specialities, stations, workload, on-time rate. */
import { Text, View } from '@tarojs/components';
import type { ExpertRow } from '@core/contract';
import { onTimeLabel, specialitiesLabel, statusLabel } from '../lib/labels';

export function ExpertCard({ expert: e, onOpen }: { expert: ExpertRow; onOpen: (expertId: string) => void }) {
  return (
    <View
      className={`expert-card expert-card--${e.status}`}
      data-testid="expert"
      data-id={e.expertId}
      data-status={e.status}
      onClick={() => onOpen(e.expertId)}
    >
      <View className="expert-card__head">
        <Text className="expert-card__name">{e.name}</Text>
        <Text className={`expert-tag expert-tag--${e.status}`}>{statusLabel(e.status)}</Text>
      </View>
      <Text className="expert-card__line">
        {e.organisation} · {e.title}
      </Text>
      <Text className="expert-card__line">擅长：{specialitiesLabel(e.specialities)}</Text>
      <Text className="expert-card__line expert-card__line--muted">
        服务站点：{e.stations.map((s) => s.name).join('、')}
      </Text>
      <View className="expert-card__stats">
        <Text data-testid="expert-workload">在办 {e.openCount} 件</Text>
        <Text data-testid="expert-on-time">{onTimeLabel(e)}</Text>
        {e.awayUntil ? <Text className="expert-tag expert-tag--away">暂停接单至 {e.awayUntil}</Text> : null}
      </View>
    </View>
  );
}
