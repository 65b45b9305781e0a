/**
 * The calendar of the next days, a week per row (周一 … 周日): each day shows how many slots are
 * still free; days without a free slot cannot be chosen.
 */
import { Text, View } from '@tarojs/components';
import { WEEKDAY_LABELS, isoWeekday } from '@core/rules/time';
import type { DayCount } from '../lib/calendar';
import './DayGrid.scss';

export interface DayGridProps {
  days: DayCount[];
  value: string | null;
  onChange: (date: string) => void;
}

export function DayGrid({ days, value, onChange }: DayGridProps) {
  const lead = days.length > 0 ? isoWeekday(days[0]!.date) - 1 : 0;
  return (
    <View className="day-grid">
      {WEEKDAY_LABELS.slice(1).map((w) => (
        <Text key={w} className="day-grid__head">
          {w.slice(1)}
        </Text>
      ))}
      {Array.from({ length: lead }, (_, i) => (
        <View key={`lead-${i}`} className="day-grid__cell day-grid__cell--blank" />
      ))}
      {days.map((d, i) => {
        const [, month, day] = d.date.split('-');
        const open = d.free > 0;
        const active = open && d.date === value;
        const showMonth = i === 0 || day === '01';
        return (
          <View
            key={d.date}
            className={`day-grid__cell${open ? '' : ' day-grid__cell--off'}${active ? ' day-grid__cell--active' : ''}`}
            data-testid="day"
            data-date={d.date}
            data-free={String(d.free)}
            data-active={active ? 'true' : 'false'}
            onClick={() => {
              if (open && !active) onChange(d.date);
            }}
          >
            <Text className="day-grid__month">{showMonth ? `${Number(month)}月` : ''}</Text>
            <Text className="day-grid__day">{Number(day)}</Text>
            <Text className="day-grid__free">{open ? `余${d.free}` : '无'}</Text>
          </View>
        );
      })}
    </View>
  );
}
