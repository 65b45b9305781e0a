/**
 * The period a statistics view covers: a month, quarter or year stepped back and forth (never
 * past the current one), or a custom range of two dates. The label says which period is shown.
 */
import { Text, View } from '@tarojs/components';
import { PERIOD_KIND, PERIOD_KIND_LABELS, periodLabel, periodRange, type PeriodKind } from '@core/rules/rollups';
import { addDays } from '@core/rules/time';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { PickerField } from '@/components/FormField';

export interface PeriodValue {
  kind: PeriodKind;
  anchor: string;
  to?: string;
}

const KIND_CHIPS: Chip<PeriodKind>[] = PERIOD_KIND.map((k) => ({ value: k, label: PERIOD_KIND_LABELS[k] }));

export function PeriodPicker({
  value,
  today,
  onChange,
}: {
  value: PeriodValue;
  today: string;
  onChange: (v: PeriodValue) => void;
}) {
  const range = periodRange(value.kind, value.anchor, value.to);
  const atLatest = value.kind !== 'custom' && range.to >= today;
  const step = (back: boolean) =>
    onChange({ kind: value.kind, anchor: back ? addDays(range.from, -1) : addDays(range.to, 1) });
  return (
    <View className="stat-period">
      <ChipRow
        chips={KIND_CHIPS}
        value={value.kind}
        testId="period-kind"
        onChange={(kind) => {
          if (!kind) return;
          onChange(
            kind === 'custom'
              ? { kind, anchor: range.from, to: range.to > today ? today : range.to }
              : { kind, anchor: today },
          );
        }}
      />
      {value.kind === 'custom' ? (
        <View className="stat-period__custom">
          <PickerField
            name="from"
            label="开始日期"
            mode="date"
            value={value.anchor}
            end={value.to ?? today}
            onChange={(anchor) => onChange({ ...value, anchor })}
          />
          <PickerField
            name="to"
            label="结束日期"
            mode="date"
            value={value.to ?? today}
            start={value.anchor}
            end={today}
            onChange={(to) => onChange({ ...value, to })}
          />
        </View>
      ) : (
        <View className="stat-period__stepper">
          <View className="stat-period__step" data-testid="period-prev" onClick={() => step(true)}>
            ‹ 上一{PERIOD_KIND_LABELS[value.kind]}
          </View>
          <Text className="stat-period__label" data-testid="period-label">
            {periodLabel(value.kind, range)}
          </Text>
          <View
            className={`stat-period__step${atLatest ? ' stat-period__step--off' : ''}`}
            data-testid="period-next"
            onClick={() => {
              if (!atLatest) step(false);
            }}
          >
            下一{PERIOD_KIND_LABELS[value.kind]} ›
          </View>
        </View>
      )}
    </View>
  );
}
