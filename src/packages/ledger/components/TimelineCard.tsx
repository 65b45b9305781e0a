/**
 * One event of a company's timeline: a visit, a consultation or a service request — when, what,
 * what the company may read, and (station view only) the findings and internal notes, marked
 * as never shown to the company.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { TimelineItem, TimelineKind } from '@core/contract';
import { REQUEST_STATUS, labelOf } from '@core/enums';
import { shanghaiDate } from '@core/rules/time';
import './TimelineCard.scss';

const KIND_LABEL: Record<TimelineKind, string> = { visit: '走访', consultation: '咨询', request: '服务需求' };
const KIND_TAG: Record<TimelineKind, 'primary' | 'success' | 'warning'> = {
  visit: 'primary',
  consultation: 'success',
  request: 'warning',
};

export function TimelineCard({ item, onOpen }: { item: TimelineItem; onOpen: (item: TimelineItem) => void }) {
  return (
    <View className="timeline-card" data-testid="timeline-item" data-kind={item.kind} onClick={() => onOpen(item)}>
      <View className="timeline-card__head">
        <Tag type={KIND_TAG[item.kind]}>{KIND_LABEL[item.kind]}</Tag>
        <Text className="timeline-card__title">{item.title}</Text>
        <Text className="timeline-card__when">{shanghaiDate(item.at)}</Text>
      </View>
      {item.summary ? <Text className="timeline-card__summary">{item.summary}</Text> : null}
      {item.detail ? <Text className="timeline-card__detail">{item.detail}</Text> : null}
      <Text className="timeline-card__meta">
        {[item.byName, item.stationName, item.status ? labelOf(REQUEST_STATUS, item.status) : '']
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {item.view === 'station' && (item.findings || item.internalNote) ? (
        <View className="timeline-card__internal" data-testid="timeline-internal">
          {item.findings ? <Text className="timeline-card__internal-text">走访发现：{item.findings}</Text> : null}
          {item.internalNote ? (
            <Text className="timeline-card__internal-text">内部备注：{item.internalNote}</Text>
          ) : null}
          <Text className="timeline-card__internal-hint">以上内容企业不可见</Text>
        </View>
      ) : null}
    </View>
  );
}
