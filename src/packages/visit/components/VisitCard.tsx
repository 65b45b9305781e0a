/**
 * One visit in a list: when (Shanghai) and how, the company (the station's list) or the station
 * (the company's), the topics and the shared summary; station staff also see how many needs it
 * found and when it is to be followed up.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { VisitItem } from '@core/contract';
import { formLabel, stampOf, topicLabel } from '../lib/labels';
import './VisitCard.scss';

export interface VisitCardProps {
  visit: VisitItem;
  onOpen: (visitId: string) => void;
}

export function VisitCard({ visit: v, onOpen }: VisitCardProps) {
  return (
    <View className="visit-card" data-testid="visit" data-id={v.id} onClick={() => onOpen(v.id)}>
      <View className="visit-card__head">
        <Text className="visit-card__when">{stampOf(v.visitedAt)}</Text>
        <Text className="visit-card__form">{formLabel(v.form)}</Text>
      </View>
      <Text className="visit-card__who">{v.view === 'company' ? v.stationName : v.companyName}</Text>
      <Text className="visit-card__topics">{v.topics.map(topicLabel).join('、')}</Text>
      <Text className="visit-card__summary">{v.sharedSummary}</Text>
      {v.view === 'station' && (v.requestIds.length || v.nextFollowUpDate || v.photoCount) ? (
        <View className="visit-card__tags">
          {v.requestIds.length ? <Tag type="warning">发现需求 {v.requestIds.length} 条</Tag> : null}
          {v.nextFollowUpDate ? <Tag type="primary">回访 {v.nextFollowUpDate}</Tag> : null}
          {v.photoCount ? <Tag>照片 {v.photoCount}</Tag> : null}
        </View>
      ) : null}
    </View>
  );
}
