/**
 * The assignee's answer clock as a tag: 「剩余 1天3小时」 while there is time, 「已逾期 5小时」
 * (red) once it has passed or the timer marked it overdue. Read against the phone's clock.
 */
import { View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import { countdownOf } from '../lib/countdown';

interface DueTagProps {
  respondBy?: number;
  /** Marked overdue by the server's timer. */
  overdue: boolean;
  now?: number;
}

export function DueTag({ respondBy, overdue, now = Date.now() }: DueTagProps) {
  if (respondBy === undefined && !overdue) return null;
  const clock = respondBy === undefined ? null : countdownOf(respondBy, now);
  const late = overdue || !!clock?.overdue;
  const text = clock ? (late && !clock.overdue ? '已逾期' : clock.text) : '已逾期';
  return (
    <View className="request-tags__tag" data-testid="request-due" data-overdue={late ? 'true' : 'false'}>
      <Tag type={late ? 'danger' : 'warning'} plain>
        {text}
      </Tag>
    </View>
  );
}
