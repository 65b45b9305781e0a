/**
 * 线索移交详情 (?referralId=): one referred rights-protection clue — where it came from and went,
 * the company (or 「企业未同意披露」), the summary, the evidence, the result once closed and its
 * history (who did what when). The steps offered are the ones the server lists for this caller
 * (`steps`): the receiving station (or an admin) 确认接收 → 开始处理 → 办结（填写办理结果）, in
 * order; the referring station follows it and opens the source it came from. A step someone
 * else took first (CONFLICT) is said, and the referral is shown as it is now.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ReferralDetail } from '@core/contract';
import { REFERRAL_SOURCE } from '@core/enums';
import { REFERRAL_TRANSITIONS, referralEventLabel, type ReferralStep } from '@core/rules/referral-flow';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailNote, DetailRow, DetailText } from '@/components/DetailCard';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useFieldBinder } from '@/hooks/useFieldBinder';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { toastError, toastOk } from '@/lib/feedback';
import { toastFirstError } from '@/lib/field-errors';
import { stampOf } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import { ServiceError } from '@/services/errors';
import { advanceReferral, getReferral } from '@/services/referral';
import { ClosePanel, closeErrors, emptyClose, type CloseDraft } from '@/packages/referral/components/ClosePanel';
import { ReferralStatusTag } from '@/packages/referral/components/ReferralStatusTag';
import './index.scss';

/** The page of the record, visit or request the clue was found in. */
function sourceLink(r: ReferralDetail): string {
  if (r.source.kind === 'record') return ROUTES.record(r.source.id);
  if (r.source.kind === 'visit') return ROUTES.visit(r.source.id);
  return ROUTES.request(r.source.id);
}

function Facts({ r }: { r: ReferralDetail }) {
  return (
    <DetailCard testId="referral-facts">
      <DetailRow label="移交站点" testId="referral-from">
        <Text>{r.fromStationName}</Text>
      </DetailRow>
      <DetailRow label="接收机构" testId="referral-target">
        <Text>
          {r.target.name}
          {r.target.contact ? `（${r.target.contact}）` : ''}
        </Text>
      </DetailRow>
      <DetailRow label="线索来源" testId="referral-source">
        <Text>{REFERRAL_SOURCE.labels[r.source.kind]}</Text>
      </DetailRow>
      <DetailRow label="企业授权" testId="referral-consent">
        <Text>{r.companyConsent ? '企业同意披露' : '企业未同意披露'}</Text>
      </DetailRow>
      <DetailRow label="移交人" testId="referral-by">
        <Text>
          {r.createdByName} · {stampOf(r.createdAt)}
        </Text>
      </DetailRow>
      {r.side === 'sender' ? (
        <Text
          className="referral-detail__link"
          data-testid="referral-source-link"
          onClick={() => void Taro.navigateTo({ url: sourceLink(r) })}
        >
          查看线索来源 ›
        </Text>
      ) : null}
    </DetailCard>
  );
}

function ReferralView({ referralId }: { referralId: string }) {
  const loaded = useLoad(() => getReferral({ referralId }), [referralId]);
  const [updated, setUpdated] = useState<ReferralDetail | null>(null);
  const [closing, setClosing] = useState(false);
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = useFieldBinder<CloseDraft>(emptyClose);
  const r = updated ?? loaded.data;

  if (!r) return <LoadStatus loaded={loaded} missing="线索移交不存在" />;

  /** Sends one step; a referral moved meanwhile is said and reloaded, field errors stay under their fields. */
  const send = async (step: ReferralStep, extra: { result?: string; note?: string } = {}) => {
    if (busy) return;
    setBusy(true);
    try {
      setUpdated(await advanceReferral({ referralId: r.id, step, ...extra }));
      setClosing(false);
      setConflict(null);
      toastOk(`已${REFERRAL_TRANSITIONS[step].verb}`);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') close.setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') {
        setConflict(e.message);
        setClosing(false);
        setUpdated(null);
        void loaded.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  const confirmClose = () => {
    const problems = closeErrors(close.values);
    close.setErrors(problems);
    if (toastFirstError(problems)) return;
    void send('close', { result: close.values.result.trim(), note: close.values.note.trim() || undefined });
  };

  return (
    <>
      <View className="referral-detail__head">
        <Text className="referral-detail__title" data-testid="referral-company">
          {r.companyName}
        </Text>
        <ReferralStatusTag status={r.status} />
      </View>
      {conflict ? (
        <Text className="referral-detail__conflict" data-testid="referral-conflict">
          {conflict}
        </Text>
      ) : null}
      <Facts r={r} />
      <DetailCard title="线索摘要">
        <DetailText testId="referral-summary">{r.summary}</DetailText>
      </DetailCard>
      {r.attachments.length ? (
        <DetailCard>
          <AttachmentList items={r.attachments} title="证据材料" />
        </DetailCard>
      ) : null}
      {r.result ? (
        <DetailCard title="办理结果">
          <DetailText testId="referral-result">{r.result}</DetailText>
          {r.closedAt ? <DetailNote>{stampOf(r.closedAt)} 办结</DetailNote> : null}
        </DetailCard>
      ) : null}
      <DetailCard title="办理记录" testId="referral-history">
        {r.history.map((h, i) => (
          <Text key={`${h.at}-${i}`} className="referral-detail__history" data-testid="history" data-event={h.event}>
            {stampOf(h.at)} {h.byName} {referralEventLabel(h.event)}
            {h.note ? `：${h.note}` : ''}
          </Text>
        ))}
      </DetailCard>
      {closing ? (
        <ClosePanel form={close} busy={busy} onConfirm={confirmClose} onCancel={() => setClosing(false)} />
      ) : r.steps.length ? (
        <View className="referral-detail__buttons" data-testid="referral-steps">
          {r.steps.map((step) => (
            <Button
              key={step}
              type="primary"
              block
              loading={busy}
              data-step={step}
              onClick={() => (step === 'close' ? setClosing(true) : void send(step))}
            >
              {REFERRAL_TRANSITIONS[step].verb}
            </Button>
          ))}
        </View>
      ) : null}
    </>
  );
}

export default function ReferralDetailPage() {
  const { referralId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="referral-detail">
      <RoleGate session={session} needs={['referral', 'getReferral']} what="查看线索移交">
        <ReferralView key={session.acting?.id ?? ''} referralId={referralId} />
      </RoleGate>
    </View>
  );
}
