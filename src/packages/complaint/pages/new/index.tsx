/**
 * 我要投诉 (?kind=station|booking|record|request|training&refId=): company staff complain about a
 * station (or its chief in person), a service their company received (or the person who gave
 * it) or a training they signed up for — then the facts, what they want and the evidence
 * (uploaded as picked; sending waits until they are up). The answer limit the admin set is said
 * before sending. Field errors from the server show under their fields and what was typed stays;
 * a double tap or a retry never files twice (useSubmit keeps one clientRequestId per intent).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { TextField } from '@/components/FormField';
import { RoleGate } from '@/components/RoleGate';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { fileComplaint, getComplaintSettings } from '@/services/complaint';
import { SubjectFields } from '@/packages/complaint/components/SubjectFields';
import {
  COMPLAINT_FACTS_MAX,
  COMPLAINT_WANTED_MAX,
  FIELD_PATHS,
  complaintInput,
  draftErrors,
  initialDraft,
  type ComplaintDraft,
} from '@/packages/complaint/lib/form';
import { useOwnStation } from '@/packages/complaint/lib/subjects';
import './index.scss';

/** 「工作站将在 N 个工作日内答复」, once the admin's limit is known. */
function AnswerLimit() {
  const settings = useLoad(() => getComplaintSettings({}), []);
  if (!settings.data) return null;
  return (
    <Text className="complaint-new__limit" data-testid="answer-limit">
      工作站将在 {settings.data.answerDays} 个工作日内答复
    </Text>
  );
}

function ComplaintForm({ kind, refId }: { kind?: string; refId?: string }) {
  const { acting } = useSession();
  const [uploading, setUploading] = useState(false);
  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId: string) =>
    fileComplaint(complaintInput(form.values, clientRequestId)),
  );
  const form: FieldBinder<ComplaintDraft> = useFieldBinder(() => initialDraft(kind, refId), {
    errors: [fieldErrors, setFieldErrors],
    clearsOf: (key) => [FIELD_PATHS[key]],
  });
  const ownStationId = useOwnStation(acting, form.values.kind === 'station');

  const onSubmit = async () => {
    if (uploading) {
      toastInfo('证明材料还在上传，请稍候再提交');
      return;
    }
    const local = draftErrors(form.values);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    const filed = await submit();
    if (!filed) return;
    toastOk('投诉已提交');
    void Taro.redirectTo({ url: ROUTES.complaint(filed.id) });
  };

  return (
    <View className="complaint-new__form">
      <SubjectFields form={form} ownStationId={ownStationId} />
      <Text className="complaint-new__section">投诉内容</Text>
      <TextField
        {...form.bind('facts')}
        label="投诉事实"
        placeholder="发生了什么：时间、经过、涉及的人员或服务"
        maxLength={COMPLAINT_FACTS_MAX}
        multiline
        required
      />
      <TextField
        {...form.bind('wanted')}
        label="诉求"
        placeholder="选填：希望如何处理"
        maxLength={COMPLAINT_WANTED_MAX}
        multiline
      />
      <AttachmentPicker
        value={form.values.attachments}
        onChange={(v) => form.set('attachments', v)}
        purpose="complaint"
        label="证明材料"
        onBusyChange={setUploading}
        error={form.errors.attachments}
      />
      <AnswerLimit />
      <View className="complaint-new__footer">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          提交投诉
        </Button>
      </View>
    </View>
  );
}

export default function ComplaintNewPage() {
  const { kind, refId } = usePageParams();
  const session = useSession();
  return (
    <View className="complaint-new">
      <RoleGate session={session} needs={['complaint', 'fileComplaint']} what="提交投诉">
        <ComplaintForm key={session.acting?.id ?? ''} kind={kind} refId={refId} />
      </RoleGate>
    </View>
  );
}
