/** The facts of one booking as label / value rows: where, with whom, when (Shanghai), how, about what. */
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { Booking } from '@core/contract';
import { dayOf, timeRange } from '@/lib/format';
import { channelLabel, topicLabel } from '../lib/labels';
import './BookingDetails.scss';

function Row({ label, children, name }: { label: string; children: ReactNode; name: string }) {
  return (
    <View className="booking-details__row" data-testid={`detail-${name}`}>
      <Text className="booking-details__label">{label}</Text>
      <Text className="booking-details__value">{children}</Text>
    </View>
  );
}

export interface BookingDetailsProps {
  booking: Booking;
  /** Station staff see which company booked; the company sees its own name anyway. */
  showCompany?: boolean;
}

export function BookingDetails({ booking: b, showCompany }: BookingDetailsProps) {
  return (
    <View className="booking-details">
      <Row label="服务站点" name="station">
        {b.stationName}
      </Row>
      {showCompany ? (
        <Row label="预约企业" name="company">
          {b.companyName}（{b.bookedByName}）
        </Row>
      ) : null}
      <Row label="咨询人员" name="consultant">
        {b.consultantName}
      </Row>
      <Row label="日期" name="date">
        {dayOf(b.start)}
      </Row>
      <Row label="时间" name="time">
        {timeRange(b.start, b.end)}
      </Row>
      <Row label="咨询方式" name="channel">
        {channelLabel(b.channel)}
      </Row>
      {b.location ? (
        <Row label="地点" name="location">
          {b.location}
        </Row>
      ) : null}
      <Row label="咨询主题" name="topic">
        {topicLabel(b.topic)}
      </Row>
    </View>
  );
}
