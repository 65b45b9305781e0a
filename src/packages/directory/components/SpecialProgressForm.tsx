/**
 * 登记开展情况: one delivery of a published special service — the date (within the list's year,
 * not ahead of today) and what was done. A retry of a failed send reuses its clientRequestId
 * (useSubmit), so it is recorded once; what was typed stays when it fails.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SpecialServiceList } from '@core/contract';
import { shanghaiDate, shanghaiInstant } from '@core/rules/time';
import { PickerField, TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { logSpecialProgress } from '@/services/directory';
import { SPECIAL_NOTE_MAX, progressErrors, yearOf, type ProgressDraft } from '../lib/special-form';

interface SpecialProgressFormProps {
  stationId: string;
  year: number;
  itemId: string;
  onDone: () => void;
  onCancel: () => void;
}

export function SpecialProgressForm({ stationId, year, itemId, onDone, onCancel }: SpecialProgressFormProps) {
  const now = Date.now();
  const today = shanghaiDate(now);
  const lastDay = yearOf(now) === year ? today : `${year}-12-31`;
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit(
    (clientRequestId: string): Promise<SpecialServiceList> =>
      logSpecialProgress({
        clientRequestId,
        stationId,
        year,
        itemId,
        doneAt: shanghaiInstant(form.values.doneAt),
        note: form.values.note.trim(),
      }),
  );
  const form: FieldBinder<ProgressDraft> = useFieldBinder<ProgressDraft>(
    () => ({ doneAt: lastDay < today ? lastDay : today, note: '' }),
    {
      errors: [fieldErrors, setFieldErrors],
    },
  );

  const save = async () => {
    const saved = await submitChecked(progressErrors(form.values, year, today));
    if (!saved) return;
    toastOk('已登记');
    onDone();
  };

  return (
    <View className="special-card__form" data-testid="progress-form">
      <PickerField
        {...form.bind('doneAt')}
        label="开展时间"
        mode="date"
        start={`${year}-01-01`}
        end={lastDay < today ? lastDay : today}
        required
      />
      <TextField
        {...form.bind('note')}
        label="开展情况"
        placeholder="如 走访园区企业 12 家，开展专利布局辅导"
        maxLength={SPECIAL_NOTE_MAX}
        multiline
        required
      />
      <View className="special-card__form-buttons">
        <Button size="small" fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button size="small" type="primary" loading={submitting} disabled={submitting} onClick={() => void save()}>
          提交
        </Button>
      </View>
    </View>
  );
}
