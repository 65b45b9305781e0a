/**
 * One archived consultation in a list: when (Shanghai), what about, with whom — the consultant
 * and station for the company, the company and consultant for station staff — the question in
 * brief, and whether a follow-up or a rights-protection referral is pending.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { ConsultationRecord } from '@core/contract';
import { stampOf } from '@/lib/format';
import { categoryLabel, recordChannelLabel } from '../lib/records';
import './RecordCard.scss';

export interface RecordCardProps {
  record: ConsultationRecord;
  onOpen: (recordId: string) => void;
}

export function RecordCard({ record: r, onOpen }: RecordCardProps) {
  const who =
    r.view === 'company' ? `${r.consultantName} · ${r.stationName}` : `${r.companyName} · ${r.consultantName}`;
  return (
    <View className="record-card" data-testid="record" data-id={r.id} onClick={() => onOpen(r.id)}>
      <View className="record-card__head">
        <Text className="record-card__when">{stampOf(r.consultedAt)}</Text>
        <Text className="record-card__channel">{recordChannelLabel(r.channel)}</Text>
      </View>
      <Text className="record-card__category">{categoryLabel(r.category)}</Text>
      <Text className="record-card__who">{who}</Text>
      <Text className="record-card__summary">{r.summary}</Text>
      {r.followUp || r.rightsClue ? (
        <View className="record-card__tags">
          {r.followUp ? <Tag type="primary">需回访{r.followUpDate ? ` ${r.followUpDate}` : ''}</Tag> : null}
          {r.rightsClue ? <Tag type="warning">维权线索转介</Tag> : null}
        </View>
      ) : null}
    </View>
  );
}
