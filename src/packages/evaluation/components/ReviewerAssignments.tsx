/**
 * 评审专家: for each person holding the 评审专家 role, which of the chosen stations they review
 * (chips, or 全部 at once). Without reviewers the admin is told how to get some; stations no
 * reviewer has yet are named, since their score would stay empty.
 */
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@core/contract';
import { ToggleChips } from '@/components/ToggleChips';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import type { Loaded } from '@/hooks/useLoad';
import { withoutErrors } from '@/lib/field-errors';
import { unreviewedStations, type RoundDraft } from '../lib/round-form';
import type { StationOption } from './StationChoice';

interface Props {
  form: FieldBinder<RoundDraft>;
  reviewers: Loaded<OutputOf<'evaluation', 'listReviewers'>>;
  stations: StationOption[];
}

export const NO_REVIEWERS = '暂无评审专家，请先在邀请码管理中发放“评审专家”邀请码';

export function ReviewerAssignments({ form, reviewers, stations }: Props) {
  const { stationIds, assignments } = form.values;
  const chosen = stations.filter((s) => stationIds.includes(s.value));
  const assign = (userId: string, ids: string[]) => {
    form.setValues((v) => ({ ...v, assignments: { ...v.assignments, [userId]: ids } }));
    form.setErrors((prev) => withoutErrors(prev, 'reviewers'));
  };
  const people = reviewers.data ?? [];
  const unreviewed = unreviewedStations(form.values);

  const status = reviewers.loading
    ? '正在加载…'
    : (reviewers.error ??
      (!people.length
        ? NO_REVIEWERS
        : !chosen.length
          ? `请先选择参评站点，再为评审专家分配站点（共 ${people.length} 位：${people.map((p) => p.name).join('、')}）`
          : null));
  return (
    <>
      <Text className="eval-form__section">评审专家</Text>
      {status ? (
        <Text className="eval-form__hint" data-testid="reviewers-status">
          {status}
        </Text>
      ) : (
        people.map((p) => {
          const mine = assignments[p.userId] ?? [];
          const all = mine.length === chosen.length;
          return (
            <View key={p.userId} data-testid="reviewer" data-id={p.userId}>
              <ToggleChips
                name={`reviewer-${p.userId}`}
                label={`${p.name}（${mine.length} 个）`}
                options={chosen}
                value={mine}
                onChange={(ids) => assign(p.userId, ids)}
                testId="assign-chip"
                stacked
              />
              <View className="eval-form__tools">
                <Text
                  className="eval-form__link"
                  data-testid="assign-all"
                  onClick={() => assign(p.userId, all ? [] : chosen.map((s) => s.value))}
                >
                  {all ? '清空' : '全部站点'}
                </Text>
              </View>
            </View>
          );
        })
      )}
      {form.errors.reviewers ? (
        <Text className="eval-form__error" data-testid="error-reviewers">
          {form.errors.reviewers}
        </Text>
      ) : null}
      {!status && unreviewed.length ? (
        <Text className="eval-form__hint" data-testid="unreviewed">
          尚未分配评审专家：
          {chosen
            .filter((s) => unreviewed.includes(s.value))
            .map((s) => s.label)
            .join('、')}
        </Text>
      ) : null}
    </>
  );
}
