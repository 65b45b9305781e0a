/** A referral's status as a coloured tag: waiting to be received stands out, 办结 is green. */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { REFERRAL_STATUS, type ReferralStatus } from '@core/enums';

const STATUS_TYPE = {
  referred: 'warning',
  received: 'primary',
  handling: 'info',
  closed: 'success',
} as const satisfies Record<ReferralStatus, string>;

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  return (
    <View data-testid="referral-status" data-status={status}>
      <Tag type={STATUS_TYPE[status]}>{REFERRAL_STATUS.labels[status]}</Tag>
    </View>
  );
}
