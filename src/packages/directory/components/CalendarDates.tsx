/** One list of the work calendar (法定节假日 or 调休工作日): each date with its weekday and 移除. */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { dayLabel } from '@/lib/format';
import './CalendarDates.scss';

interface CalendarDatesProps {
  title: string;
  hint: string;
  dates: string[];
  testId: string;
  onRemove: (date: string) => void;
}

export function CalendarDates({ title, hint, dates, testId, onRemove }: CalendarDatesProps) {
  return (
    <View className="calendar-dates" data-testid={testId}>
      <Text className="calendar-dates__title">
        {title}（{dates.length}）
      </Text>
      <Text className="calendar-dates__hint">{hint}</Text>
      {dates.length === 0 ? <Text className="calendar-dates__empty">暂无</Text> : null}
      {dates.map((date) => (
        <View key={date} className="calendar-dates__row" data-testid="calendar-date" data-date={date}>
          <Text>{dayLabel(date)}</Text>
          <Button size="small" type="danger" fill="outline" onClick={() => onRemove(date)}>
            移除
          </Button>
        </View>
      ))}
    </View>
  );
}
