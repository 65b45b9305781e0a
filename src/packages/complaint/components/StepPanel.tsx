/**
 * The written steps of a complaint: the handler's 答复, the admin's 复核答复 and the complainant's
 * 提请复核 (the reason). Each is a text with the contract's limits (core/rules/complaint-flow.ts),
 * checked before sending; what was typed stays when the server refuses, its field error under it.
 */
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  COMPLAINT_ANSWER_MAX,
  COMPLAINT_ANSWER_MIN,
  COMPLAINT_REASON_MAX,
  COMPLAINT_REASON_MIN,
} from '@core/rules/complaint-flow';
import { TextField } from '@/components/FormField';
import type { FieldErrors } from '@/lib/field-errors';
import './StepPanel.scss';

export type TextStep = 'answer' | 'review' | 'escalate';

interface TextStepSpec {
  title: string;
  /** The field as the server names it. */
  field: 'answer' | 'reason';
  label: string;
  placeholder: string;
  min: number;
  max: number;
  confirm: string;
}

export const TEXT_STEPS: Record<TextStep, TextStepSpec> = {
  answer: {
    title: '答复投诉',
    field: 'answer',
    label: '答复内容',
    placeholder: '调查核实的情况与处理结果，投诉人将看到',
    min: COMPLAINT_ANSWER_MIN,
    max: COMPLAINT_ANSWER_MAX,
    confirm: '提交答复',
  },
  review: {
    title: '复核答复',
    field: 'answer',
    label: '复核意见',
    placeholder: '复核的结论与处理意见，为最终答复',
    min: COMPLAINT_ANSWER_MIN,
    max: COMPLAINT_ANSWER_MAX,
    confirm: '提交复核意见',
  },
  escalate: {
    title: '提请复核',
    field: 'reason',
    label: '复核理由',
    placeholder: '对答复不满意的原因，管理员将复核',
    min: COMPLAINT_REASON_MIN,
    max: COMPLAINT_REASON_MAX,
    confirm: '提交复核申请',
  },
};

/** The problem to show before sending (keyed as the server names the field), or none. */
export function textErrors(step: TextStep, typed: string): FieldErrors {
  const spec = TEXT_STEPS[step];
  const n = typed.trim().length;
  if (n < spec.min) return { [spec.field]: `${spec.label}：请至少填写${spec.min}个字` };
  if (n > spec.max) return { [spec.field]: `${spec.label}：不能超过${spec.max}字` };
  return {};
}

interface StepPanelProps {
  step: TextStep;
  value: string;
  onChange: (v: string) => void;
  errors: FieldErrors;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function StepPanel({ step, value, onChange, errors, busy, onConfirm, onCancel }: StepPanelProps) {
  const spec = TEXT_STEPS[step];
  return (
    <View className="complaint-panel" data-testid={`${step}-panel`}>
      <Text className="complaint-panel__title">{spec.title}</Text>
      <TextField
        name={spec.field}
        label={spec.label}
        value={value}
        onChange={onChange}
        error={errors[spec.field]}
        placeholder={spec.placeholder}
        maxLength={spec.max}
        multiline
        required
      />
      <View className="complaint-panel__buttons">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={busy} onClick={onConfirm}>
          {spec.confirm}
        </Button>
      </View>
    </View>
  );
}
