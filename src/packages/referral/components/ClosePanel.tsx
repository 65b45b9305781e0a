/**
 * 办结: the result the referring station reads (required) and an optional note, bound to their
 * fields; what was typed stays when the server refuses, its field errors under their fields.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { REFERRAL_NOTE_MAX, REFERRAL_RESULT_MAX, REFERRAL_RESULT_MIN } from '@core/rules/referral-flow';
import { DetailCard } from '@/components/DetailCard';
import { TextField } from '@/components/FormField';
import type { FieldBinder } from '@/hooks/useFieldBinder';

export interface CloseDraft {
  result: string;
  note: string;
}

export const emptyClose = (): CloseDraft => ({ result: '', note: '' });

/** The problems to show before sending (keys as the server names the fields). */
export function closeErrors(d: CloseDraft): Record<string, string> {
  return d.result.trim().length < REFERRAL_RESULT_MIN
    ? { result: `办理结果：请至少填写${REFERRAL_RESULT_MIN}个字` }
    : {};
}

interface ClosePanelProps {
  form: FieldBinder<CloseDraft>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ClosePanel({ form, busy, onConfirm, onCancel }: ClosePanelProps) {
  return (
    <DetailCard title="办结线索" testId="close-panel">
      <TextField
        {...form.bind('result')}
        label="办理结果"
        placeholder="线索的处理情况与结论，移交站点将看到"
        maxLength={REFERRAL_RESULT_MAX}
        multiline
        required
      />
      <TextField {...form.bind('note')} label="说明" placeholder="选填" maxLength={REFERRAL_NOTE_MAX} />
      <View className="referral-detail__buttons">
        <Button type="primary" block loading={busy} onClick={onConfirm}>
          确认办结
        </Button>
        <Button block onClick={onCancel}>
          取消
        </Button>
      </View>
    </DetailCard>
  );
}
