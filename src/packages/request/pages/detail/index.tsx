/**
 * 服务需求 (?requestId=): one request — what was asked, by whom, how urgent, its attachments,
 * the result or why it was withdrawn, and its timeline (who did what when). The steps offered are
 * the ones the server lists for this caller (`steps`): 受理 / 开始办理 / 办结（填写办理结果） /
 * 撤回 for the station, 撤回 for the company; the weighty ones ask first. Once closed, the company
 * rates it here and the station reads the rating. Station staff also see the internal note; the
 * company's answer has no such field at all.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ServiceRequest } from '../../../../../core/contract';
import { formatShanghai, shanghaiDate } from '../../../../../core/rules/time';
import { AttachmentList } from '../../../../components/AttachmentList';
import { ListStatus } from '../../../../components/ListStatus';
import { useLoad } from '../../../../hooks/useLoad';
import { usePageParams } from '../../../../hooks/usePageParams';
import { confirm, toastError, toastInfo, toastOk } from '../../../../lib/feedback';
import { ServiceError } from '../../../../services/errors';
import {
  acceptRequest,
  cancelRequest,
  closeRequest,
  getRequest,
  getRequestRating,
  rateRequest,
  startRequest,
} from '../../../../services/request';
import { ServiceRatingPanel, type RatingSource } from '../../../../components/RatingPanel';
import { RoleGate } from '../../../../components/RoleGate';
import { useSession } from '../../../../hooks/useSession';
import { RequestTags } from '../../components/RequestTags';
import { CancelPanel, ClosePanel, closeErrors, emptyClose, type CloseDraft } from '../../components/StepPanels';
import { Timeline } from '../../components/Timeline';
import { categoryLabel, stepVerb, type RequestStep } from '../../lib/labels';
import './index.scss';

const stamp = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm');

function Row({ label, children, name }: { label: string; children: ReactNode; name: string }) {
  return (
    <View className="request-detail__row" data-testid={`detail-${name}`}>
      <Text className="request-detail__label">{label}</Text>
      <Text className="request-detail__value">{children}</Text>
    </View>
  );
}

function Card({ title, children, testId }: { title?: string; children: ReactNode; testId?: string }) {
  return (
    <View className="request-detail__card" data-testid={testId}>
      {title ? <Text className="request-detail__section">{title}</Text> : null}
      {children}
    </View>
  );
}

function Facts({ r }: { r: ServiceRequest }) {
  return (
    <Card>
      <View className="request-detail__head">
        <Text className="request-detail__title">{categoryLabel(r.category)}</Text>
        <RequestTags status={r.status} urgency={r.urgency} source={r.source} />
      </View>
      <Row label="企业" name="company">
        {r.companyName}
      </Row>
      <Row label="服务站点" name="station">
        {r.stationName}
      </Row>
      <Row label="提交人" name="created-by">
        {r.createdByName} · {stamp(r.createdAt)}
      </Row>
      {r.handlerName ? (
        <Row label="办理人" name="handler">
          {r.handlerName}
        </Row>
      ) : null}
    </Card>
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
  return <ServiceRatingPanel source={source} asCompany={asCompany} />;
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
    return (
      <ListStatus
        loading={loaded.loading}
        error={loaded.error}
        empty
        emptyText="服务需求不存在"
        onRetry={() => void loaded.reload()}
      />
    );
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
    const first = Object.values(local)[0];
    if (first) {
      setErrors(local);
      toastInfo(first);
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

  const dropError = (field: string) =>
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([f]) => f !== field)));

  return (
    <View className="request-detail__body">
      <Facts r={r} />

      <Card title="需求描述">
        <Text className="request-detail__text" data-testid="request-description">
          {r.description}
        </Text>
        <AttachmentList items={r.attachments} />
      </Card>

      {r.result ? (
        <Card title="办理结果" testId="request-result">
          <Text className="request-detail__text">{r.result}</Text>
          {r.closedAt ? <Text className="request-detail__meta">{stamp(r.closedAt)} 办结</Text> : null}
          {r.followUpDate ? <Text className="request-detail__meta">计划回访：{r.followUpDate}</Text> : null}
        </Card>
      ) : null}
      {r.cancelReason ? (
        <Card title="撤回原因" testId="request-cancel-reason">
          <Text className="request-detail__text">{r.cancelReason}</Text>
        </Card>
      ) : null}
      {r.view === 'station' && r.internalNote ? (
        <View className="request-detail__card request-detail__card--internal" data-testid="request-internal-note">
          <Text className="request-detail__section">内部备注</Text>
          <Text className="request-detail__text">{r.internalNote}</Text>
          <Text className="request-detail__internal-tip">仅工作站人员可见，企业看不到</Text>
        </View>
      ) : null}

      <Card title="办理进度">
        <Timeline history={r.history} />
      </Card>

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
