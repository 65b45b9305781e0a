/** 「‹ 上一年 · 2026 年 · 下一年 ›」: the year an archive shows; no year after `latest` (nothing is filed yet). */
import { Text, View } from '@tarojs/components';
import './YearStepper.scss';

interface YearStepperProps {
  year: number;
  latest: number;
  onChange: (year: number) => void;
}

export function YearStepper({ year, latest, onChange }: YearStepperProps) {
  const canNext = year < latest;
  return (
    <View className="year-stepper" data-testid="year-stepper">
      <Text className="year-stepper__step" data-testid="year-prev" onClick={() => onChange(year - 1)}>
        ‹ 上一年
      </Text>
      <Text className="year-stepper__year" data-testid="year">
        {year} 年
      </Text>
      <Text
        className={`year-stepper__step${canNext ? '' : ' year-stepper__step--off'}`}
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
