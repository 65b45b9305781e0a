/** A booking's status as a coloured tag. */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { statusLabel, type BookingStatus } from '../lib/labels';

const TYPE = {
  booked: 'primary',
  cancelled: 'default',
  done: 'success',
  no_show: 'warning',
} as const satisfies Record<BookingStatus, string>;

export function StatusTag({ status }: { status: BookingStatus }) {
  return (
    <View className="status-tag" data-testid="booking-status" data-status={status}>
      <Tag type={TYPE[status] ?? 'default'}>{statusLabel(status)}</Tag>
    </View>
  );
}
