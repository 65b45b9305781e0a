/**
 * 服务需求 (?requestId=): one request — what was asked, by whom, how urgent, its attachments,
 * the result or why it was withdrawn, and its timeline (who did what when). The steps offered are
 * the ones the server lists for this caller (`steps`): 受理 / 开始办理 / 办结（填写办理结果） /
 * 撤回 for the station, 撤回 for the company; the weighty ones ask first. Once closed, the company
 * rates it here and the station reads the rating. Station staff also see the internal note; the
 * company's answer has no such field at all.
 */
import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ServiceRequest } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailNote, DetailRow, DetailText } from '@/components/DetailCard';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { stampOf } from '@/lib/format';
import { ServiceError } from '@/services/errors';
import {
  acceptRequest,
  cancelRequest,
  closeRequest,
  getRequest,
  getRequestRating,
  rateRequest,
  startRequest,
} from '@/services/request';
import { ServiceRatingPanel } from '@/components/RatingPanel';
import { useServiceRating, type RatingSource } from '@/hooks/useServiceRating';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { RequestTags } from '@/packages/request/components/RequestTags';
import {
  CancelPanel,
  ClosePanel,
  closeErrors,
  emptyClose,
  type CloseDraft,
} from '@/packages/request/components/StepPanels';
import { Timeline } from '@/packages/request/components/Timeline';
import { categoryLabel, stepVerb, type RequestStep } from '@/packages/request/lib/labels';
import './index.scss';

function Facts({ r }: { r: ServiceRequest }) {
  return (
    <DetailCard>
      <View className="request-detail__head">
        <Text className="request-detail__title">{categoryLabel(r.category)}</Text>
        <RequestTags status={r.status} urgency={r.urgency} source={r.source} />
      </View>
      <DetailRow label="企业" testId="detail-company">
        {r.companyName}
      </DetailRow>
      <DetailRow label="服务站点" testId="detail-station">
        {r.stationName}
      </DetailRow>
      <DetailRow label="提交人" testId="detail-created-by">
        {r.createdByName} · {stampOf(r.createdAt)}
      </DetailRow>
      {r.handlerName ? (
        <DetailRow label="办理人" testId="detail-handler">
          {r.handlerName}
        </DetailRow>
      ) : null}
    </DetailCard>
  );
}

/** The rating of this request: read and saved through the request's own actions. */
function Rating({ requestId, asCompany }: { requestId: string; asCompany: boolean }) {
  const source = useMemo<RatingSource>(
    () => ({
      key: requestId,
      load: () => getRequestRating({ requestId }),
      save: (given) => rateRequest({ requestId, ...given }),
      prompt: '本次服务对您有帮助吗？请为工作站的办理打分',
    }),
    [requestId],
  );
  const rating = useServiceRating(source);
  return <ServiceRatingPanel rating={rating} asCompany={asCompany} />;
}

const CONFIRM = {
  close: ['办结需求', '办结后不能再修改，企业将收到办理结果。确定办结吗？'],
  companyCancel: ['撤回需求', '确定撤回该服务需求吗？撤回后工作站将不再办理。'],
  stationCancel: ['撤回需求', '确定撤回该需求吗？企业将收到撤回原因。'],
} as const;

function RequestView({ requestId, asCompany }: { requestId: string; asCompany: boolean }) {
  const loaded = useLoad(() => getRequest({ requestId }), [requestId]);
  const [updated, setUpdated] = useState<ServiceRequest | null>(null);
  const [panel, setPanel] = useState<'close' | 'cancel' | null>(null);
  const [closeDraft, setCloseDraft] = useState<CloseDraft>(emptyClose);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const today = useMemo(() => shanghaiDate(Date.now()), []);
  const r = updated ?? loaded.data;

  if (!r) {
    return <LoadStatus loaded={loaded} missing="服务需求不存在" />;
  }

  /** Sends one step; on refusal what was typed stays, and a request moved meanwhile is reloaded. */
  const run = async (work: () => Promise<ServiceRequest>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      setUpdated(await work());
      setPanel(null);
      setErrors({});
      toastOk(done);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') {
        setPanel(null);
        setUpdated(null);
        void loaded.reload();
      }
    } finally {
      setBusy(false);
    }
  };

  const take = async (step: RequestStep) => {
    if (step === 'accept') return run(() => acceptRequest({ requestId: r.id }), '已受理');
    if (step === 'start') return run(() => startRequest({ requestId: r.id }), '已开始办理');
    if (step === 'cancel' && asCompany) {
      if (!(await confirm(...CONFIRM.companyCancel))) return;
      return run(() => cancelRequest({ requestId: r.id }), '已撤回');
    }
    setErrors({});
    setPanel(step === 'close' ? 'close' : 'cancel');
  };

  const confirmClose = async () => {
    const local = closeErrors(closeDraft);
    if (toastFirstError(local)) {
      setErrors(local);
      return;
    }
    if (!(await confirm(...CONFIRM.close))) return;
    await run(
      () =>
        closeRequest({
          requestId: r.id,
          result: closeDraft.result.trim(),
          ...(closeDraft.followUp && closeDraft.followUpDate ? { followUpDate: closeDraft.followUpDate } : {}),
          ...(closeDraft.internalNote.trim() ? { internalNote: closeDraft.internalNote.trim() } : {}),
        }),
      '已办结',
    );
  };

  const confirmCancel = async () => {
    const why = reason.trim();
    if (!why) {
      setErrors({ reason: '撤回原因：请填写撤回原因' });
      toastInfo('请填写撤回原因');
      return;
    }
    if (!(await confirm(...CONFIRM.stationCancel))) return;
    await run(() => cancelRequest({ requestId: r.id, reason: why }), '已撤回');
  };

  const dropError = (field: string) => setErrors((prev) => withoutErrors(prev, field));

  return (
    <View className="request-detail__body">
      <Facts r={r} />

      <DetailCard title="需求描述">
        <DetailText testId="request-description">{r.description}</DetailText>
        <AttachmentList items={r.attachments} />
      </DetailCard>

      {r.result ? (
        <DetailCard title="办理结果" testId="request-result">
          <DetailText>{r.result}</DetailText>
          {r.closedAt ? <DetailNote>{stampOf(r.closedAt)} 办结</DetailNote> : null}
          {r.followUpDate ? <DetailNote>计划回访：{r.followUpDate}</DetailNote> : null}
        </DetailCard>
      ) : null}
      {r.cancelReason ? (
        <DetailCard title="撤回原因" testId="request-cancel-reason">
          <DetailText>{r.cancelReason}</DetailText>
        </DetailCard>
      ) : null}
      {r.view === 'station' && r.internalNote ? (
        <DetailCard title="内部备注" testId="request-internal-note" internal>
          <DetailText>{r.internalNote}</DetailText>
        </DetailCard>
      ) : null}

      <DetailCard title="办理进度">
        <Timeline history={r.history} />
      </DetailCard>

      {r.status === 'closed' ? <Rating requestId={r.id} asCompany={asCompany} /> : null}

      {panel === 'close' ? (
        <ClosePanel
          draft={closeDraft}
          onDraft={(d) => {
            setCloseDraft(d);
            if (d.result !== closeDraft.result) dropError('result');
            if (d.followUpDate !== closeDraft.followUpDate || d.followUp !== closeDraft.followUp)
              dropError('followUpDate');
          }}
          today={today}
          busy={busy}
          errors={errors}
          onConfirm={() => void confirmClose()}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {panel === 'cancel' ? (
        <CancelPanel
          reason={reason}
          onReason={(v) => {
            setReason(v);
            dropError('reason');
          }}
          busy={busy}
          errors={errors}
          onConfirm={() => void confirmCancel()}
          onClose={() => setPanel(null)}
        />
      ) : null}

      {panel === null && r.steps.length ? (
        <View className="request-detail__buttons" data-testid="request-steps">
          {r.steps.map((step) => (
            <Button
              key={step}
              type={step === 'cancel' ? 'danger' : 'primary'}
              fill={step === 'cancel' ? 'outline' : 'solid'}
              disabled={busy}
              onClick={() => void take(step)}
            >
              {step === 'close' ? '办结（填写办理结果）' : stepVerb(step)}
            </Button>
          ))}
        </View>
      ) : null}
    </View>
  );
}

export default function RequestDetailPage() {
  const { requestId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="request-detail">
      <RoleGate session={session} roles={['company', 'liaison', 'chief', 'admin']} what="查看服务需求">
        <RequestView
          key={session.acting?.id ?? ''}
          requestId={requestId}
          asCompany={session.acting?.role === 'company'}
        />
      </RoleGate>
    </View>
  );
}
