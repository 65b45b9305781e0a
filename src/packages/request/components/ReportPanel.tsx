/**
 * 服务报告 (004 §8.4 d): the assignee closes their part in writing — the situation, the advice
 * given, the outcome, the minutes spent and attachments, which the company reads — and an internal
 * note it never sees. The form keeps its own values (useFieldBinder); its messages are the page's
 * (the local checks and the server's field errors), so editing a field drops the message under it
 * and what was typed stays when the server refuses.
 */
import { useState, type Dispatch, type SetStateAction } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { REPORT_MINUTES_MAX, REPORT_TEXT_MAX, REQUEST_NOTE_MAX } from '@core/rules/request-flow';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { InternalNoteField, TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { toastInfo } from '@/lib/feedback';
import type { FieldErrors } from '@/lib/field-errors';
import { emptyReport, type ReportDraft } from '../lib/assignment';
import './StepPanels.scss';

/** What the company will read: three texts and the time spent. */
function ReportTexts({ form }: { form: FieldBinder<ReportDraft> }) {
  const text = { maxLength: REPORT_TEXT_MAX, multiline: true, required: true } as const;
  return (
    <>
      <TextField {...form.bind('situation')} {...text} label="基本情况" placeholder="企业的问题与相关情况" />
      <TextField {...form.bind('advice')} {...text} label="意见建议" placeholder="给出的意见和建议" />
      <TextField {...form.bind('outcome')} {...text} label="办理结果" placeholder="办理了什么、结果如何" />
      <TextField
        {...form.bind('minutesSpent')}
        label="用时（分钟）"
        placeholder={`1–${REPORT_MINUTES_MAX}`}
        type="number"
        required
      />
    </>
  );
}

interface ReportPanelProps {
  errors: [FieldErrors, Dispatch<SetStateAction<FieldErrors>>];
  busy: boolean;
  onSubmit: (draft: ReportDraft) => void;
  onClose: () => void;
}

export function ReportPanel({ errors, busy, onSubmit, onClose }: ReportPanelProps) {
  const form = useFieldBinder<ReportDraft>(emptyReport, { errors });
  const [uploading, setUploading] = useState(false);
  const submit = () => {
    if (uploading) toastInfo('附件还在上传，请稍候再提交');
    else onSubmit(form.values);
  };
  return (
    <View className="step-panel" data-testid="report-panel">
      <Text className="step-panel__title">服务报告</Text>
      <ReportTexts form={form} />
      <AttachmentPicker
        value={form.values.attachments}
        onChange={(v) => form.set('attachments', v)}
        purpose="request"
        onBusyChange={setUploading}
        error={form.errors.attachments}
      />
      <InternalNoteField {...form.bind('internalNote')} maxLength={REQUEST_NOTE_MAX} />
      <View className="step-panel__buttons">
        <Button fill="outline" onClick={onClose}>
          暂不提交
        </Button>
        <Button type="primary" loading={busy} onClick={submit}>
          提交报告
        </Button>
      </View>
    </View>
  );
}
