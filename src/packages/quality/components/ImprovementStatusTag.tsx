/** An improvement's status as a coloured tag (整改中 stands out, 已完成 green), 逾期 in red beside it. */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { IMPROVEMENT_STATUS, type ImprovementStatus } from '@core/enums';
import './ImprovementStatusTag.scss';

const STATUS_TYPE = { open: 'warning', done: 'success' } as const satisfies Record<ImprovementStatus, string>;

export function ImprovementStatusTag({ status, overdue }: { status: ImprovementStatus; overdue: boolean }) {
  return (
    <View className="improvement-tags">
      {overdue ? (
        <View data-testid="improvement-overdue">
          <Tag type="danger" plain>
            逾期
          </Tag>
        </View>
      ) : null}
      <View data-testid="improvement-status" data-status={status}>
        <Tag type={STATUS_TYPE[status]}>{IMPROVEMENT_STATUS.labels[status]}</Tag>
      </View>
    </View>
  );
}
