/**
 * 定时发布: a Shanghai date and time; the page checks it is ahead of now before anything is sent.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatShanghai } from '@core/rules/time';
import { PickerField } from '@/components/FormField';

interface SchedulePanelProps {
  date: string;
  time: string;
  onDate: (v: string) => void;
  onTime: (v: string) => void;
  error?: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function SchedulePanel(p: SchedulePanelProps) {
  const today = formatShanghai(Date.now(), 'YYYY-MM-DD');
  return (
    <View className="article-edit__schedule" data-testid="schedule-panel">
      <PickerField name="publishDate" label="发布日期" mode="date" value={p.date} onChange={p.onDate} start={today} />
      <PickerField name="publishTime" label="发布时间" mode="time" value={p.time} onChange={p.onTime} error={p.error} />
      <View className="article-edit__buttons">
        <Button type="primary" block loading={p.busy} onClick={p.onConfirm}>
          确定定时发布
        </Button>
        <Button block fill="outline" onClick={p.onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
