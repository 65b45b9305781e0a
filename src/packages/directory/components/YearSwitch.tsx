/**
 * 「‹ 上一年 · 2026 年 · 下一年 ›」 for the special-service list: no year after `latest` (next
 * year's list may be drafted, none further). The quality archive's stepper, kept in this
 * subpackage so the two subpackages stay apart.
 */
import { Text, View } from '@tarojs/components';
import './YearSwitch.scss';

interface YearSwitchProps {
  year: number;
  latest: number;
  onChange: (year: number) => void;
}

export function YearSwitch({ year, latest, onChange }: YearSwitchProps) {
  const canNext = year < latest;
  return (
    <View className="year-switch" data-testid="year-switch">
      <Text className="year-switch__step" data-testid="year-prev" onClick={() => onChange(year - 1)}>
        ‹ 上一年
      </Text>
      <Text className="year-switch__year" data-testid="year">
        {year} 年
      </Text>
      <Text
        className={`year-switch__step${canNext ? '' : ' year-switch__step--off'}`}
        data-testid="year-next"
        onClick={() => {
          if (canNext) onChange(year + 1);
        }}
      >
        下一年 ›
      </Text>
    </View>
  );
}
