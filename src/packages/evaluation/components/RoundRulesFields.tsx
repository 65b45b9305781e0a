/**
 * 新建评价轮次, the rules: the self-evaluation and review deadlines (dates from today on), the
 * correction period in working days, what a correction not made in time means (000's veto, or
 * review on what was submitted — each explained), and the grade thresholds.
 */
import { Text, View } from '@tarojs/components';
import { EVAL_LAPSE, type EvalLapse } from '@core/enums';
import { GRADE_LABELS } from '@core/rules/evaluation';
import { shanghaiDate } from '@core/rules/time';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { PickerField, TextField } from '@/components/FormField';
import type { FieldBinder } from '@/hooks/useFieldBinder';
import { GRADE_KEYS, type RoundDraft } from '../lib/round-form';

const LAPSE_CHIPS: Chip<EvalLapse>[] = EVAL_LAPSE.values.map((value) => ({ value, label: EVAL_LAPSE.labels[value] }));

const LAPSE_MEANS: Record<EvalLapse, string> = {
  veto: '按“申请材料不齐全且未按时补正”一票否决（评价规范）',
  review: '不否决，按站点已提交的材料继续评审',
};

export function RoundRulesFields({ form }: { form: FieldBinder<RoundDraft> }) {
  const today = shanghaiDate(Date.now());
  const { lapse } = form.values;
  return (
    <>
      <Text className="eval-form__section">时间安排</Text>
      <PickerField {...form.bind('selfDeadline')} label="自评截止日期" mode="date" start={today} required />
      <PickerField
        {...form.bind('reviewDeadline')}
        label="评审截止日期"
        mode="date"
        start={form.values.selfDeadline || today}
        required
      />
      <TextField {...form.bind('correctionDays')} label="补正期限（工作日）" type="number" maxLength={2} required />
      <Text className="eval-form__section">逾期未补正</Text>
      <ChipRow chips={LAPSE_CHIPS} value={lapse} onChange={(v) => v && form.set('lapse', v)} testId="lapse" />
      <View className="eval-form__explain" data-testid="lapse-means">
        {EVAL_LAPSE.values.map((v) => (
          <Text key={v} className={`eval-form__hint${v === lapse ? ' eval-form__hint--on' : ''}`}>
            {EVAL_LAPSE.labels[v]}：{LAPSE_MEANS[v]}
          </Text>
        ))}
      </View>
      <Text className="eval-form__section">等级分数线</Text>
      {GRADE_KEYS.map((k) => (
        <TextField
          key={k}
          {...form.bind(k, `grades.${k}`)}
          label={`${GRADE_LABELS[k]}（≥）`}
          type="digit"
          maxLength={5}
          required
        />
      ))}
      {form.errors.grades ? (
        <Text className="eval-form__error" data-testid="error-grades">
          {form.errors.grades}
        </Text>
      ) : null}
      <Text className="eval-form__hint">低于合格分数线为不合格；记录一票否决情形的，结果为否决</Text>
    </>
  );
}
