/**
 * 参评站点: the stations the round evaluates, as chips, with 全选 / 清空. Taking a station out also
 * takes it out of every reviewer's assignment, so no reviewer keeps a station the round drops.
 */
import { Text, View } from '@tarojs/components';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { withoutErrors } from '@/lib/field-errors';
import type { RoundDraft } from '../lib/round-form';

export interface StationOption {
  value: string;
  label: string;
}

interface Props {
  form: FieldBinder<RoundDraft>;
  stations: StationOption[];
  /** Loading, failed or empty: said in place of the chips. */
  status?: string;
}

export function StationChoice({ form, stations, status }: Props) {
  const chosen = form.values.stationIds;
  const choose = (stationIds: string[]) => {
    form.setValues((v) => ({
      ...v,
      stationIds,
      assignments: Object.fromEntries(
        Object.entries(v.assignments).map(([userId, ids]) => [userId, ids.filter((s) => stationIds.includes(s))]),
      ),
    }));
    form.setErrors((prev) => withoutErrors(prev, 'stationIds', 'reviewers'));
  };
  const all = stations.length > 0 && chosen.length === stations.length;
  return (
    <>
      <Text className="eval-form__section">参评站点</Text>
      {status ? (
        <Text className="eval-form__hint">{status}</Text>
      ) : (
        <>
          <ToggleChips
            name="stationIds"
            label={`已选 ${chosen.length} / ${stations.length} 个站点`}
            options={stations}
            value={chosen}
            onChange={choose}
            error={form.errors.stationIds}
            testId="station-chip"
            stacked
          />
          <View className="eval-form__tools">
            <Text
              className="eval-form__link"
              data-testid="stations-all"
              onClick={() => choose(all ? [] : stations.map((s) => s.value))}
            >
              {all ? '清空' : '全选'}
            </Text>
          </View>
        </>
      )}
    </>
  );
}
