/**
 * The forms behind the station's two weighty steps: 办结 (the result the company reads, an
 * optional follow-up date, an internal note) and 撤回 (a reason the company is told). What was
 * typed stays when the server refuses; its field errors show under their fields.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { REQUEST_NOTE_MAX, REQUEST_REASON_MAX, REQUEST_RESULT_MAX, REQUEST_RESULT_MIN } from '@core/rules/request-flow';
import { InternalNoteField, PickerField, TextField } from '@/components/FormField';
import { bindValues } from '@/hooks/useFieldBinder';
import { ToggleField } from '@/components/ToggleField';
import './StepPanels.scss';

export interface CloseDraft {
  result: string;
  followUp: boolean;
  followUpDate: string;
  internalNote: string;
}

export const emptyClose = (): CloseDraft => ({ result: '', followUp: false, followUpDate: '', internalNote: '' });

/** The problems to show before sending (keys as the server names the fields). */
export function closeErrors(d: CloseDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const n = d.result.trim().length;
  if (n < REQUEST_RESULT_MIN) errors.result = `办理结果：请至少填写${REQUEST_RESULT_MIN}个字`;
  if (d.followUp && !d.followUpDate) errors.followUpDate = '回访日期：需要回访时请选择回访日期';
  return errors;
}

interface PanelProps {
  busy: boolean;
  errors: Record<string, string>;
  onConfirm: () => void;
  onClose: () => void;
}

export function ClosePanel({
  draft,
  onDraft,
  today,
  busy,
  errors,
  onConfirm,
  onClose,
}: PanelProps & { draft: CloseDraft; onDraft: (d: CloseDraft) => void; today: string }) {
  const set = <K extends keyof CloseDraft>(key: K, value: CloseDraft[K]) => onDraft({ ...draft, [key]: value });
  const bind = bindValues(draft, set, errors);
  return (
    <View className="step-panel" data-testid="close-panel">
      <Text className="step-panel__title">办结需求</Text>
      <TextField
        {...bind('result')}
        label="办理结果"
        placeholder="办理了什么、结果如何，企业将看到"
        maxLength={REQUEST_RESULT_MAX}
        multiline
        required
      />
      <ToggleField name="followUp" label="需要回访" checked={draft.followUp} onChange={(v) => set('followUp', v)} />
      {draft.followUp ? (
        <PickerField {...bind('followUpDate')} label="回访日期" mode="date" start={today} required />
      ) : null}
      <InternalNoteField {...bind('internalNote')} maxLength={REQUEST_NOTE_MAX} />
      <View className="step-panel__buttons">
        <Button fill="outline" onClick={onClose}>
          暂不办结
        </Button>
        <Button type="primary" loading={busy} onClick={onConfirm}>
          确认办结
        </Button>
      </View>
    </View>
  );
}

export function CancelPanel({
  reason,
  onReason,
  busy,
  errors,
  onConfirm,
  onClose,
}: PanelProps & { reason: string; onReason: (v: string) => void }) {
  return (
    <View className="step-panel" data-testid="cancel-panel">
      <Text className="step-panel__title">撤回需求</Text>
      <TextField
        name="reason"
        label="撤回原因"
        value={reason}
        onChange={onReason}
        error={errors.reason}
        placeholder="请填写撤回原因，将告知企业"
        maxLength={REQUEST_REASON_MAX}
        multiline
        required
      />
      <View className="step-panel__buttons">
        <Button fill="outline" onClick={onClose}>
          不撤回
        </Button>
        <Button type="danger" loading={busy} onClick={onConfirm}>
          确认撤回
        </Button>
      </View>
    </View>
  );
}
