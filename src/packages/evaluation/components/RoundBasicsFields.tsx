/**
 * 新建评价轮次, first section: the year evaluated (the name follows it while it is the default
 * one), the name, and the indicator-table version the round keeps (newest first, the newest chosen).
 */
import { useEffect } from 'react';
import { Text } from '@tarojs/components';
import type { IndicatorSetView } from '@core/contract';
import { EVAL_TITLE_MAX } from '@core/rules/evaluation';
import { ChoiceField, TextField } from '@/components/FormField';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import type { Loaded } from '@/hooks/useLoad';
import { withoutErrors } from '@/lib/field-errors';
import { defaultTitle, type RoundDraft } from '../lib/round-form';
import { newestFirst, setLabel } from '../lib/sets';

interface Props {
  form: FieldBinder<RoundDraft>;
  sets: Loaded<IndicatorSetView[]>;
}

export function RoundBasicsFields({ form, sets }: Props) {
  const ordered = newestFirst(sets.data ?? []);
  const newest = ordered[0]?.id;

  useEffect(() => {
    if (newest && !form.values.setId) form.set('setId', newest);
    // Only once the versions are known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [newest]);

  const setYear = (year: string) => {
    form.setValues((v) => ({ ...v, year, title: v.title === defaultTitle(v.year) ? defaultTitle(year) : v.title }));
    form.setErrors((prev) => withoutErrors(prev, 'year'));
  };

  const placeholder = sets.loading ? '正在加载…' : (sets.error ?? (ordered.length ? undefined : '暂无指标表'));
  return (
    <>
      <Text className="eval-form__section">基本信息</Text>
      <TextField {...form.bind('year')} onChange={setYear} label="年度" type="number" maxLength={4} required />
      <TextField {...form.bind('title')} label="名称" maxLength={EVAL_TITLE_MAX} required />
      <ChoiceField
        {...form.bind('setId')}
        label="指标表"
        options={ordered.map((s) => ({ value: s.id, label: setLabel(s) }))}
        placeholder={placeholder}
        required
      />
    </>
  );
}
