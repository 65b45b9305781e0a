/**
 * 完成整改: the owner (or the chief) says what was done — 整改情况, checked for length before it
 * goes — with the 整改材料 uploaded as picked (sending waits until they are up). What was typed
 * stays when the server refuses; its field errors show under their fields.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ImprovementView } from '@core/contract';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { TextField } from '@/components/FormField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { completeImprovement } from '@/services/quality';
import { EVIDENCE_MAX, completeInput, evidenceErrors, type EvidenceDraft } from '../lib/form';
import './Panel.scss';

interface CompletePanelProps {
  improvementId: string;
  onDone: (updated: ImprovementView) => void;
  onCancel: () => void;
}

export function CompletePanel({ improvementId, onDone, onCancel }: CompletePanelProps) {
  const [uploading, setUploading] = useState(false);
  // Completing is one conditional update on the server: a second one is refused, never doubled.
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit(() =>
    completeImprovement(completeInput(improvementId, form.values)),
  );
  const form: FieldBinder<EvidenceDraft> = useFieldBinder<EvidenceDraft>(
    { evidence: '', attachments: [] },
    { errors: [fieldErrors, setFieldErrors] },
  );

  const onConfirm = async () => {
    if (uploading) {
      toastInfo('整改材料还在上传，请稍候再提交');
      return;
    }
    const done = await submitChecked(evidenceErrors(form.values));
    if (!done) return;
    toastOk('整改已完成');
    onDone(done);
  };

  return (
    <View className="quality-panel" data-testid="complete-panel">
      <Text className="quality-panel__title">完成整改</Text>
      <TextField
        {...form.bind('evidence')}
        label="整改情况"
        placeholder="做了哪些整改、效果如何"
        maxLength={EVIDENCE_MAX}
        multiline
        required
      />
      <AttachmentPicker
        value={form.values.attachments}
        onChange={(v) => form.set('attachments', v)}
        purpose="request"
        label="整改材料"
        onBusyChange={setUploading}
        error={form.errors.attachments}
      />
      <View className="quality-panel__buttons">
        <Button fill="outline" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" loading={submitting} onClick={() => void onConfirm()}>
          确认完成
        </Button>
      </View>
    </View>
  );
}
