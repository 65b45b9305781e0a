/**
 * 提交服务需求 (?stationId=): company staff ask a station for a service from the catalogue —
 * the basic services (004 §6.1) or the mobile-studio services (001 §7.1) — describe the need,
 * say how urgent it is and attach photos or PDFs (uploaded as they are picked; sending waits
 * until they are up). Without a station it goes to the company's own.
 * Field errors from the server show under their fields and what was typed stays; a double tap
 * or a retry never raises it twice (useSubmit keeps one clientRequestId per intent).
 */
import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { ChipRow } from '@/components/ChipRow';
import { ChoiceField, TextField } from '@/components/FormField';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { requestSubscriptions } from '@/lib/subscribe';
import { getStation } from '@/services/directory';
import { createRequest } from '@/services/request';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import {
  REQUEST_DESCRIPTION_MAX,
  draftErrors,
  initialDraft,
  requestInput,
  type RequestDraft,
} from '@/packages/request/lib/form';
import { CATEGORY_GROUPS, URGENCIES, categoriesOf, type CategoryGroup } from '@/packages/request/lib/labels';
import './index.scss';

/** Where the request goes: the station named, or the company's own. */
function Destination({ stationId }: { stationId?: string }) {
  const station = useLoad(() => (stationId ? getStation({ stationId }) : Promise.resolve(null)), [stationId]);
  const name = station.data?.station.name;
  return (
    <Text className="request-create__to" data-testid="request-destination">
      {stationId ? `提交至：${name ?? '…'}` : '将提交至贵企业所属的服务站点'}
    </Text>
  );
}

function RequestForm({ stationId }: { stationId?: string }) {
  const [draft, setDraft] = useState<RequestDraft>(initialDraft);
  const [uploading, setUploading] = useState(false);
  const send = useCallback(
    (clientRequestId: string) => createRequest(requestInput(draft, clientRequestId, stationId)),
    [draft, stationId],
  );
  const { submit, submitting, fieldErrors: errors, setFieldErrors } = useSubmit(send);

  // A field edited after a failed check loses its message.
  const edit =
    <K extends keyof RequestDraft>(key: K) =>
    (value: RequestDraft[K]) => {
      setDraft((prev) => ({ ...prev, [key]: value }));
      setFieldErrors((prev) => withoutErrors(prev, key));
    };

  const pickGroup = (group: CategoryGroup | '') => {
    if (!group) return;
    // A category of the other group no longer fits: choose again.
    setDraft((prev) => ({ ...prev, group, category: '' }));
  };

  const onSubmit = async () => {
    if (uploading) {
      toastInfo('附件还在上传，请稍候再提交');
      return;
    }
    const local = draftErrors(draft);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    // Asked from the tap itself (WeChat requires it): the request's progress and result.
    void requestSubscriptions('request');
    const created = await submit();
    if (!created) return;
    toastOk('需求已提交');
    void Taro.redirectTo({ url: ROUTES.request(created.id) });
  };

  return (
    <View className="request-create__form">
      <Destination stationId={stationId} />
      <Text className="request-create__section">需求类别</Text>
      <ChipRow chips={CATEGORY_GROUPS} value={draft.group} onChange={pickGroup} testId="category-group" />
      <ChoiceField
        name="category"
        label="需求类别"
        value={draft.category}
        options={categoriesOf(draft.group)}
        onChange={edit('category')}
        error={errors.category}
        required
      />
      <Text className="request-create__section">需求内容</Text>
      <TextField
        name="description"
        label="需求描述"
        value={draft.description}
        onChange={edit('description')}
        error={errors.description}
        placeholder="请描述需要什么帮助：现状、问题、期望的结果"
        maxLength={REQUEST_DESCRIPTION_MAX}
        multiline
        required
      />
      <ChoiceField
        name="urgency"
        label="紧急程度"
        value={draft.urgency}
        options={URGENCIES}
        onChange={edit('urgency')}
        error={errors.urgency}
        required
      />
      <AttachmentPicker
        value={draft.attachments}
        onChange={edit('attachments')}
        purpose="request"
        onBusyChange={setUploading}
        error={errors.attachments}
      />
      <View className="request-create__footer">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          提交需求
        </Button>
      </View>
    </View>
  );
}

export default function RequestCreatePage() {
  const { stationId } = usePageParams();
  const session = useSession();
  return (
    <View className="request-create">
      <RoleGate session={session} roles={['company']} what="提交服务需求">
        <RequestForm key={session.acting?.id ?? ''} stationId={stationId || undefined} />
      </RoleGate>
    </View>
  );
}
