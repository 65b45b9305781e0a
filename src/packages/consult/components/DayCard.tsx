/**
 * One booking of a consultant's day: when, which company, about what, their question and its
 * status, with what can be done now — write the record, mark a no-show (once started), or open
 * the record already written.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DayBooking } from '@core/contract';
import { timeRange } from '@/lib/format';
import { channelLabel, topicLabel } from '../lib/labels';
import { StatusTag } from './StatusTag';
import './DayCard.scss';

export interface DayCardProps {
  booking: DayBooking;
  /** The server's clock: a consultation that has started may be marked as a no-show. */
  now: number;
  /** A chief's station day: show whose consultation it is. */
  showConsultant: boolean;
  busy: boolean;
  onOpen: (bookingId: string) => void;
  onWrite: (bookingId: string) => void;
  onNoShow: (booking: DayBooking) => void;
  onRecord: (recordId: string) => void;
}

export function DayCard({ booking: b, now, showConsultant, busy, onOpen, onWrite, onNoShow, onRecord }: DayCardProps) {
  const open = b.status === 'booked';
  return (
    <View className={`day-card day-card--${b.status}`} data-testid="day-booking" data-id={b.id} data-status={b.status}>
      <View className="day-card__body" onClick={() => onOpen(b.id)}>
        <View className="day-card__head">
          <Text className="day-card__when">{timeRange(b.start, b.end)}</Text>
          <StatusTag status={b.status} />
        </View>
        <Text className="day-card__company">{b.companyName}</Text>
        <Text className="day-card__line">
          {topicLabel(b.topic)} · {channelLabel(b.channel)}
          {b.location ? ` · ${b.location}` : ''}
          {showConsultant ? ` · ${b.consultantName}` : ''}
        </Text>
        <Text className="day-card__question">{b.question}</Text>
      </View>
      {open ? (
        <View className="day-card__actions">
          {now >= b.start ? (
            <Button size="small" fill="outline" type="warning" disabled={busy} onClick={() => onNoShow(b)}>
              标记未到场
            </Button>
          ) : null}
          <Button size="small" type="primary" disabled={busy} onClick={() => onWrite(b.id)}>
            写咨询记录
          </Button>
        </View>
      ) : null}
      {b.recordId ? (
        <View className="day-card__actions">
          <Button size="small" fill="outline" onClick={() => onRecord(b.recordId!)}>
            查看咨询记录
          </Button>
        </View>
      ) : null}
    </View>
  );
}
