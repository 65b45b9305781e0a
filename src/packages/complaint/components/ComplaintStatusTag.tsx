/** A complaint's status as a coloured tag: awaiting an answer stands out, 已办结 is green; 超时 in red beside it. */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { COMPLAINT_STATUS, type ComplaintStatus } from '@core/enums';
import './ComplaintStatusTag.scss';

const STATUS_TYPE = {
  submitted: 'warning',
  answered: 'primary',
  escalated: 'info',
  closed: 'success',
} as const satisfies Record<ComplaintStatus, string>;

export function ComplaintStatusTag({ status, overdue }: { status: ComplaintStatus; overdue: boolean }) {
  return (
    <View className="complaint-tags">
      <View data-testid="complaint-status" data-status={status}>
        <Tag type={STATUS_TYPE[status]}>{COMPLAINT_STATUS.labels[status]}</Tag>
      </View>
      {overdue ? (
        <View data-testid="complaint-overdue">
          <Tag type="danger" plain>
            超时
          </Tag>
        </View>
      ) : null}
    </View>
  );
}
