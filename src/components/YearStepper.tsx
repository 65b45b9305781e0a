/**
 * 「‹ 上一年 · 2026 年 · 下一年 ›」: the year a yearly page shows (服务评价档案, 年度专项服务清单,
 * 工作室年度小结); no year after `latest`, none before `earliest` when given.
 */
import { Text, View } from '@tarojs/components';
import './YearStepper.scss';

interface YearStepperProps {
  year: number;
  latest: number;
  earliest?: number;
  onChange: (year: number) => void;
}

export function YearStepper({ year, latest, earliest, onChange }: YearStepperProps) {
  const canPrev = earliest === undefined || year > earliest;
  const canNext = year < latest;
  const step = (on: boolean) => `year-stepper__step${on ? '' : ' year-stepper__step--off'}`;
  return (
    <View className="year-stepper" data-testid="year-stepper">
      <Text className={step(canPrev)} data-testid="year-prev" onClick={() => canPrev && onChange(year - 1)}>
        ‹ 上一年
      </Text>
      <Text className="year-stepper__year" data-testid="year">
        {year} 年
      </Text>
      <Text className={step(canNext)} data-testid="year-next" onClick={() => canNext && onChange(year + 1)}>
        下一年 ›
      </Text>
    </View>
  );
}
