/** 周一 … 周日 as chips; several can be on. */
import { Text, View } from '@tarojs/components';
import { WEEKDAY_LABELS } from '@core/rules/time';
import './WeekdayChips.scss';

export interface WeekdayChipsProps {
  value: number[];
  onChange: (weekdays: number[]) => void;
}

export function WeekdayChips({ value, onChange }: WeekdayChipsProps) {
  return (
    <View className="weekday-chips">
      {[1, 2, 3, 4, 5, 6, 7].map((d) => {
        const on = value.includes(d);
        return (
          <Text
            key={d}
            className={`weekday-chips__chip${on ? ' weekday-chips__chip--on' : ''}`}
            data-testid="weekday"
            data-value={String(d)}
            data-active={on ? 'true' : 'false'}
            onClick={() => onChange(on ? value.filter((x) => x !== d) : [...value, d].sort((x, y) => x - y))}
          >
            {WEEKDAY_LABELS[d]}
          </Text>
        );
      })}
    </View>
  );
}
