/**
 * 新建整改: the chief (or an admin, on the station picked) opens an improvement action — where
 * the finding came from (and, for a complaint, which one), the finding, the measure, who owns it
 * among the station's people and the date it is due (today or later). Checked before sending;
 * field errors from the server show under their fields and what was typed stays; a double tap or
 * a retry never opens two (useSubmit keeps one clientRequestId per intent). Opened from a finding
 * (服务评价's 「发起整改」), it starts with the finding and its source filled in.
 */
import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ImprovementView } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { ChipRow } from '@/components/ChipRow';
import { ChoiceField, PickerField, TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { createImprovement } from '@/services/quality';
import {
  FIELD_PATHS,
  FINDING_MAX,
  MEASURE_MAX,
  draftErrors,
  emptyDraft,
  improvementInput,
  type ImprovementDraft,
} from '../lib/form';
import { SOURCE_CHIPS } from '../lib/labels';
import { pickerHint, useComplaintOptions, useOwnerOptions } from '../lib/options';
import './Panel.scss';

interface ImprovementFormProps {
  /** The station the action is for: the chief's own, or the one an admin picked. */
  stationId: string;
  /** What the form opens with (a finding a link brought); empty otherwise. */
  initial?: ImprovementDraft | null;
  onCreated: (created: ImprovementView) => void;
  onCancel: () => void;
}

export function ImprovementForm({ stationId, initial, onCreated, onCancel }: ImprovementFormProps) {
  const today = useMemo(() => shanghaiDate(Date.now()), []);
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId: string) =>
    createImprovement(improvementInput(form.values, clientRequestId, stationId)),
  );
  const form: FieldBinder<ImprovementDraft> = useFieldBinder<ImprovementDraft>(() => initial ?? emptyDraft(), {
    errors: [fieldErrors, setFieldErrors],
    clearsOf: (key) => [FIELD_PATHS[key]],
  });
  const owners = useOwnerOptions(stationId);
  const complaints = useComplaintOptions(stationId, form.values.source === 'complaint');

  const onSubmit = async () => {
    const created = await submitChecked(draftErrors(form.values, today));
    if (!created) return;
    toastOk('整改事项已创建');
    onCreated(created);
  };

  return (
    <View className="quality-form" data-testid="improvement-form">
      <Text className="quality-panel__section">来源</Text>
      <ChipRow
        chips={SOURCE_CHIPS}
        value={form.values.source}
        onChange={(v) => form.set('source', v, ['source'])}
        testId="improvement-source"
      />
      {form.errors.source ? (
        <Text className="quality-panel__error" data-testid="error-source">
          {form.errors.source}
        </Text>
      ) : null}
      {form.values.source === 'complaint' ? (
        <ChoiceField
          {...form.bind('refId', FIELD_PATHS.refId)}
          label="来源记录"
          options={complaints.data ?? []}
          placeholder={pickerHint(complaints, '本站暂无投诉') ?? '选填：整改针对的投诉'}
        />
      ) : null}
      <TextField
        {...form.bind('finding')}
        label="发现的问题"
        placeholder="发现了什么问题"
        maxLength={FINDING_MAX}
        multiline
        required
      />
      <TextField
        {...form.bind('measure')}
        label="整改措施"
        placeholder="要采取哪些措施"
        maxLength={MEASURE_MAX}
        multiline
        required
      />
      <ChoiceField
        {...form.bind('ownerId')}
        label="责任人"
        options={owners.data ?? []}
        placeholder={pickerHint(owners, '本站暂无可选的人员')}
        required
      />
      <PickerField {...form.bind('dueDate')} label="整改期限" mode="date" start={today} required />
      <View className="quality-form__buttons">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={submitting} onClick={() => void onSubmit()}>
          创建整改
        </Button>
      </View>
    </View>
  );
}
