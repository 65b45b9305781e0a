/** A horizontally scrolling row of filter chips; '' is the "all" chip. */
import { ScrollView, View } from '@tarojs/components';
import './ChipRow.scss';

export interface Chip<V extends string> {
  value: V | '';
  label: string;
}

/** "全部…" followed by every value of an enum, with its Chinese label. */
export function chipsOf<V extends string>(
  e: { values: readonly V[]; labels: Record<V, string> },
  allLabel: string,
): Chip<V>[] {
  return [{ value: '', label: allLabel }, ...e.values.map((value) => ({ value, label: e.labels[value] }))];
}

export interface ChipRowProps<V extends string> {
  chips: Chip<V>[];
  value: V | '';
  onChange: (value: V | '') => void;
  /** data-testid of each chip (tests and automation find chips by it and by data-value). */
  testId: string;
}

export function ChipRow<V extends string>({ chips, value, onChange, testId }: ChipRowProps<V>) {
  return (
    <ScrollView scrollX className="chip-row" showScrollbar={false} enhanced>
      {chips.map((chip) => {
        const active = chip.value === value;
        return (
          <View
            key={chip.value || '_all'}
            className={`chip-row__chip${active ? ' chip-row__chip--active' : ''}`}
            data-testid={testId}
            data-value={chip.value}
            data-active={active ? 'true' : 'false'}
            onClick={() => {
              if (!active) onChange(chip.value);
            }}
          >
            {chip.label}
          </View>
        );
      })}
    </ScrollView>
  );
}
