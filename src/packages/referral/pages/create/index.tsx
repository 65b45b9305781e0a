/**
 * 移交线索 (?sourceKind=record|visit|request&sourceId=): station staff refer a rights-protection clue
 * found in a consultation record, a visit or a request of their station (an expert: a record they
 * gave) to a protection / assistance center of the network or to another named agency (004
 * §7.3.2.4). The page shows the source (its text can start the summary), then the target, the
 * summary, the company's consent to be named — without it the receiving side reads
 * 「企业未同意披露」 — and the evidence (uploaded as picked; sending waits until they are up).
 * Field errors from the server show under their fields; a double tap or a retry never refers twice.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ReferralSource } from '@core/enums';
import { AttachmentPicker } from '@/components/AttachmentPicker';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { ChoiceField, TextField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { ToggleField } from '@/components/ToggleField';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { createReferral } from '@/services/referral';
import {
  FIELD_PATHS,
  REFERRAL_AGENCY_CONTACT_MAX,
  REFERRAL_AGENCY_NAME_MAX,
  REFERRAL_SUMMARY_MAX,
  draftErrors,
  initialDraft,
  referralInput,
  type ReferralDraft,
  type TargetKind,
} from '@/packages/referral/lib/form';
import { isSourceKind, loadSource, type SourceBrief } from '@/packages/referral/lib/source';
import { useTargetStations } from '@/packages/referral/lib/targets';
import './index.scss';

const TARGET_KINDS: Chip<TargetKind>[] = [
  { value: 'station', label: '维权援助机构' },
  { value: 'agency', label: '其他机构' },
];

function SourceCard({ source, onUse }: { source: SourceBrief; onUse: () => void }) {
  return (
    <View className="referral-create__source" data-testid="referral-source">
      <Text className="referral-create__source-title">
        来源：{source.label} · {source.companyName}
      </Text>
      <Text className="referral-create__source-text">{source.text}</Text>
      <Text className="referral-create__use" data-testid="use-source" onClick={onUse}>
        引用到线索摘要
      </Text>
    </View>
  );
}

/** Where the clue goes: a center of the network (picked), or an agency named with its contact. */
function TargetFields({ form, ownStationId }: { form: FieldBinder<ReferralDraft>; ownStationId?: string }) {
  const stations = useTargetStations(ownStationId);
  const pick = (kind: TargetKind | '') => kind && form.set('targetKind', kind, ['target']);
  return (
    <>
      <Text className="referral-create__section">移交对象</Text>
      <ChipRow chips={TARGET_KINDS} value={form.values.targetKind} onChange={pick} testId="target-kind" />
      {form.values.targetKind === 'station' ? (
        <ChoiceField
          {...form.bind('stationId', FIELD_PATHS.stationId)}
          label="接收机构"
          options={stations}
          placeholder={stations.length ? '请选择接收线索的机构' : '正在加载机构…'}
          required
        />
      ) : (
        <>
          <TextField
            {...form.bind('agencyName', FIELD_PATHS.agencyName)}
            label="机构名称"
            maxLength={REFERRAL_AGENCY_NAME_MAX}
            placeholder="如：某律师事务所、某仲裁机构"
            required
          />
          <TextField
            {...form.bind('agencyContact', FIELD_PATHS.agencyContact)}
            label="机构联系方式"
            maxLength={REFERRAL_AGENCY_CONTACT_MAX}
            placeholder="联系人及电话"
            required
          />
        </>
      )}
    </>
  );
}

function ReferralForm({ sourceKind, sourceId }: { sourceKind: ReferralSource; sourceId: string }) {
  const session = useSession();
  const source = useLoad(() => loadSource(sourceKind, sourceId), [sourceKind, sourceId]);
  const [uploading, setUploading] = useState(false);
  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit((clientRequestId: string) =>
    createReferral(referralInput(form.values, clientRequestId, { kind: sourceKind, id: sourceId })),
  );
  const form: FieldBinder<ReferralDraft> = useFieldBinder(initialDraft, {
    errors: [fieldErrors, setFieldErrors],
    clearsOf: (key) => [FIELD_PATHS[key]],
  });

  if (!source.data) return <LoadStatus loaded={source} missing="线索来源不存在" />;

  const onSubmit = async () => {
    if (uploading) {
      toastInfo('证据材料还在上传，请稍候再提交');
      return;
    }
    const local = draftErrors(form.values);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    const created = await submit();
    if (!created) return;
    toastOk('线索已移交');
    void Taro.redirectTo({ url: ROUTES.referral(created.id) });
  };

  return (
    <View className="referral-create__form">
      <SourceCard source={source.data} onUse={() => form.set('summary', source.data!.text)} />
      <TargetFields form={form} ownStationId={session.acting?.stationId} />
      <Text className="referral-create__section">线索内容</Text>
      <TextField
        {...form.bind('summary')}
        label="线索摘要"
        placeholder="侵权或纠纷的情况、涉及的知识产权、企业的诉求"
        maxLength={REFERRAL_SUMMARY_MAX}
        multiline
        required
      />
      <ToggleField
        name="companyConsent"
        label="企业同意向接收机构披露企业名称"
        hint="未同意时，接收机构看到的企业名称为「企业未同意披露」"
        checked={form.values.companyConsent}
        onChange={(v) => form.set('companyConsent', v)}
      />
      <AttachmentPicker
        value={form.values.attachments}
        onChange={(v) => form.set('attachments', v)}
        purpose="referral"
        label="证据材料"
        onBusyChange={setUploading}
        error={form.errors.attachments}
      />
      <View className="referral-create__footer">
        <Button type="primary" block loading={submitting} onClick={() => void onSubmit()}>
          移交线索
        </Button>
      </View>
    </View>
  );
}

export default function ReferralCreatePage() {
  const { sourceKind = '', sourceId = '' } = usePageParams();
  const session = useSession();
  const known = isSourceKind(sourceKind) && !!sourceId;
  return (
    <View className="referral-create">
      <RoleGate session={session} needs={['referral', 'createReferral']} what="移交维权线索">
        {known ? (
          <ReferralForm key={session.acting?.id ?? ''} sourceKind={sourceKind} sourceId={sourceId} />
        ) : (
          <View className="referral-create__source" data-testid="referral-no-source">
            <Text className="referral-create__source-text">
              请从咨询记录、走访记录或服务需求页面点击「移交线索」发起移交
            </Text>
          </View>
        )}
      </RoleGate>
    </View>
  );
}
