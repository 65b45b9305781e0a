/**
 * 服务需求 (?requestId=): one request — what was asked, by whom, how urgent, its attachments,
 * the result or why it was withdrawn, and its timeline (who did what when). The steps offered are
 * the ones the server lists for this caller (`steps`): 受理 / 开始办理 / 办结（填写办理结果） /
 * 撤回 for the station, 撤回 for the company; the weighty ones ask first. Once closed, the company
 * rates it here and the station reads the rating. Station staff also see the internal note; the
 * company's answer has no such field at all.
 *
 * The expert loop (004 §8.4): the station 指派 it to a suggested expert or liaison, or 转介 it to an
 * outside agency, sending the updatedAt it saw (a request changed meanwhile — another chief
 * assigned it — is refused with CONFLICT, whose message shows and the page reloads); the assignee
 * 接受 or 谢绝 (with a reason) against the due countdown, and closes their part with the written
 * 服务报告, which the company reads without its internal note.
 */
import { ComplainLink } from '@/components/ComplainLink';
import { useMemo, useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ServiceRequest } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { AttachmentList } from '@/components/AttachmentList';
import { DetailCard, DetailNote, DetailText } from '@/components/DetailCard';
import { LoadStatus } from '@/components/ListStatus';
import { ReferClueButton } from '@/components/ReferClueButton';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { stampOf } from '@/lib/format';
import { requestSubscriptions } from '@/lib/subscribe';
import { ServiceError } from '@/services/errors';
import {
  acceptRequest,
  assignRequest,
  cancelRequest,
  closeRequest,
  getRequest,
  getRequestRating,
  rateRequest,
  reportRequest,
  respondAssignment,
  startRequest,
  suggestAssignees,
} from '@/services/request';
import { ServiceRatingPanel } from '@/components/RatingPanel';
import { useServiceRating, type RatingSource } from '@/hooks/useServiceRating';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { AssignPanel } from '@/packages/request/components/AssignPanel';
import { DeclinePanel } from '@/packages/request/components/DeclinePanel';
import { ReportCard } from '@/packages/request/components/ReportCard';
import { ReportPanel } from '@/packages/request/components/ReportPanel';
import { RequestFacts } from '@/packages/request/components/RequestFacts';
import {
  CancelPanel,
  ClosePanel,
  closeErrors,
  emptyClose,
  type CloseDraft,
} from '@/packages/request/components/StepPanels';
import { Timeline } from '@/packages/request/components/Timeline';
import {
  assignErrors,
  assignInput,
  emptyAssign,
  reportErrors,
  reportInput,
  type AssignDraft,
  type AssignMode,
  type ReportDraft,
} from '@/packages/request/lib/assignment';
import { stepVerb, type RequestStep } from '@/packages/request/lib/labels';
import './index.scss';

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

/** The station's 指派 panel with the server's suggestions, loaded when it opens. */
function AssignStep(props: Omit<Parameters<typeof AssignPanel>[0], 'suggestions'> & { requestId: string }) {
  const { requestId, ...panel } = props;
  const found = useLoad(() => suggestAssignees({ requestId }), [requestId]);
  const suggestions = {
    items: found.data?.items ?? [],
    loading: found.loading,
    error: found.error,
    onRetry: () => void found.reload(),
  };
  return <AssignPanel {...panel} suggestions={suggestions} />;
}

/** The draft's fields and the server's names of their messages. */
const ASSIGN_FIELDS: Array<[keyof AssignDraft, string]> = [
  ['mode', 'assignee'],
  ['candidate', 'assignee.userId'],
  ['agencyName', 'assignee.name'],
  ['agencyContact', 'assignee.contact'],
  ['note', 'note'],
];

type Panel = 'close' | 'cancel' | 'assign' | 'decline' | 'report';
/** The steps that open a form first (the others are sent at the tap, some after asking). */
const PANEL_OF: Partial<Record<RequestStep, Panel>> = {
  close: 'close',
  cancel: 'cancel',
  assign: 'assign',
  refer: 'assign',
  declineAssignment: 'decline',
  report: 'report',
};
const BUTTON_TEXT: Partial<Record<RequestStep, string>> = {
  close: '办结（填写办理结果）',
  acceptAssignment: '接受',
  declineAssignment: '谢绝',
  report: '填写服务报告',
};

const CONFIRM = {
  close: ['办结需求', '办结后不能再修改，企业将收到办理结果。确定办结吗？'],
  companyCancel: ['撤回需求', '确定撤回该服务需求吗？撤回后工作站将不再办理。'],
  stationCancel: ['撤回需求', '确定撤回该需求吗？企业将收到撤回原因。'],
  report: ['提交服务报告', '提交后需求即办结，企业将看到报告（内部备注除外）。确定提交吗？'],
} as const;

function RequestView({ requestId, asCompany }: { requestId: string; asCompany: boolean }) {
  const loaded = useLoad(() => getRequest({ requestId }), [requestId]);
  const [updated, setUpdated] = useState<ServiceRequest | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [closeDraft, setCloseDraft] = useState<CloseDraft>(emptyClose);
  const [assignDraft, setAssignDraft] = useState<AssignDraft>(() => emptyAssign('person'));
  const [reason, setReason] = useState('');
  const [declineReason, setDeclineReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const now = Date.now();
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
      setConflict(null);
      toastOk(done);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') {
        // Someone else moved it first (another chief assigned it): say so and show it as it is now.
        setConflict(e.message);
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
    if (step === 'acceptAssignment') {
      // Asked from the tap itself (WeChat requires it): what the station and the company say next.
      void requestSubscriptions('assignment');
      return run(() => respondAssignment({ requestId: r.id, decision: 'accept' }), '已接受指派');
    }
    if (step === 'cancel' && asCompany) {
      if (!(await confirm(...CONFIRM.companyCancel))) return;
      return run(() => cancelRequest({ requestId: r.id }), '已撤回');
    }
    setErrors({});
    if (step === 'assign' || step === 'refer') setAssignDraft(emptyAssign(step === 'refer' ? 'agency' : 'person'));
    setPanel(PANEL_OF[step] ?? null);
  };

  const assignModes: AssignMode[] = [
    ...(r.steps.includes('assign') ? (['person'] as const) : []),
    ...(r.steps.includes('refer') ? (['agency'] as const) : []),
  ];

  const confirmAssign = async () => {
    const local = assignErrors(assignDraft);
    setErrors(local);
    if (toastFirstError(local)) return;
    const done = assignDraft.mode === 'agency' ? '已转介' : `已指派给${assignDraft.candidate?.name ?? ''}`;
    await run(() => assignRequest(assignInput(assignDraft, r.id, r.updatedAt)), done);
  };

  const confirmDecline = async () => {
    const why = declineReason.trim();
    if (!why) {
      setErrors({ reason: '谢绝原因：请填写谢绝原因' });
      toastInfo('请填写谢绝原因');
      return;
    }
    await run(() => respondAssignment({ requestId: r.id, decision: 'decline', reason: why }), '已谢绝');
  };

  const confirmReport = async (draft: ReportDraft) => {
    const local = reportErrors(draft);
    setErrors(local);
    if (toastFirstError(local)) return;
    if (!(await confirm(...CONFIRM.report))) return;
    await run(() => reportRequest(reportInput(draft, r.id)), '服务报告已提交');
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
      {conflict ? (
        <View className="request-detail__conflict" data-testid="request-conflict">
          {conflict}
        </View>
      ) : null}
      <RequestFacts r={r} now={now} />

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
      {r.report ? <ReportCard report={r.report} /> : null}
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
      <ComplainLink kind="request" refId={r.id} />

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
      {panel === 'assign' ? (
        <AssignStep
          requestId={r.id}
          modes={assignModes}
          draft={assignDraft}
          onDraft={(d) => {
            for (const [key, field] of ASSIGN_FIELDS) if (d[key] !== assignDraft[key]) dropError(field);
            setAssignDraft(d);
          }}
          busy={busy}
          errors={errors}
          onConfirm={() => void confirmAssign()}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {panel === 'decline' ? (
        <DeclinePanel
          reason={declineReason}
          onReason={(v) => {
            setDeclineReason(v);
            dropError('reason');
          }}
          busy={busy}
          errors={errors}
          onConfirm={() => void confirmDecline()}
          onClose={() => setPanel(null)}
        />
      ) : null}
      {panel === 'report' ? (
        <ReportPanel
          errors={[errors, setErrors]}
          busy={busy}
          onSubmit={(d) => void confirmReport(d)}
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
              type={step === 'cancel' || step === 'declineAssignment' ? 'danger' : 'primary'}
              fill={step === 'cancel' || step === 'declineAssignment' ? 'outline' : 'solid'}
              disabled={busy}
              onClick={() => void take(step)}
            >
              {BUTTON_TEXT[step] ?? stepVerb(step)}
            </Button>
          ))}
        </View>
      ) : null}
      {panel === null && r.view === 'station' ? <ReferClueButton sourceKind="request" sourceId={r.id} /> : null}
    </View>
  );
}

export default function RequestDetailPage() {
  const { requestId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="request-detail">
      <RoleGate session={session} needs={['request', 'getRequest']} what="查看服务需求">
        <RequestView
          key={session.acting?.id ?? ''}
          requestId={requestId}
          asCompany={session.acting?.role === 'company'}
        />
      </RoleGate>
    </View>
  );
}
