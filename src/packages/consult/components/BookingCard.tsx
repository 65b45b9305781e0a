/**
 * One booking in a list: when (Shanghai date, weekday, time), where, with whom — the consultant
 * for the company, the company for station staff — how, about what, and its status.
 */
import { Text, View } from '@tarojs/components';
import type { Booking } from '@core/contract';
import { dayOf, timeRange } from '@/lib/format';
import { channelLabel, topicLabel } from '../lib/labels';
import { StatusTag } from './StatusTag';
import './BookingCard.scss';

export interface BookingCardProps {
  booking: Booking;
  /** true: the viewer is the company (show the consultant); false: station staff (show the company). */
  asCompany: boolean;
  onOpen: (bookingId: string) => void;
}

export function BookingCard({ booking: b, asCompany, onOpen }: BookingCardProps) {
  return (
    <View
      className={`booking-card booking-card--${b.status}`}
      data-testid="booking"
      data-id={b.id}
      data-status={b.status}
      onClick={() => onOpen(b.id)}
    >
      <View className="booking-card__head">
        <Text className="booking-card__when">
          {dayOf(b.start)} {timeRange(b.start, b.end)}
        </Text>
        <StatusTag status={b.status} />
      </View>
      <Text className="booking-card__line">{b.stationName}</Text>
      <Text className="booking-card__line">
        {asCompany ? `咨询人员：${b.consultantName}` : `预约企业：${b.companyName}`} · {channelLabel(b.channel)}
      </Text>
      <Text className="booking-card__line booking-card__line--muted">{topicLabel(b.topic)}</Text>
    </View>
  );
}
