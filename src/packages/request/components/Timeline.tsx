/** A request's history, oldest first: when (Shanghai), who, which step, and any note (a reason). */
import { Text, View } from '@tarojs/components';
import type { ServiceRequest } from '@core/contract';
import { stampOf } from '@/lib/format';
import { eventLabel } from '../lib/labels';
import './Timeline.scss';

export function Timeline({ history }: { history: ServiceRequest['history'] }) {
  return (
    <View className="request-timeline">
      {history.map((h, i) => (
        <View
          key={`${h.at}-${i}`}
          className={`request-timeline__item${i === history.length - 1 ? ' request-timeline__item--last' : ''}`}
          data-testid="history"
          data-event={h.event}
        >
          <View className="request-timeline__dot" />
          <View className="request-timeline__body">
            <Text className="request-timeline__what">
              {h.byName} {eventLabel(h.event)}
              {h.note ? `：${h.note}` : ''}
            </Text>
            <Text className="request-timeline__when">{stampOf(h.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
