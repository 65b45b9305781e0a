/**
 * 专家详情 (?expertId=): one expert of the roster — the profile, the conduct commitment's time,
 * their workload and on-time rate — and the admin's steps the server lists (`steps`): 备案 (asked
 * first), 退回 with a reason the expert reads, 除名 with a reason, confirmed (the expert's access
 * ends at once). A step refused because another admin acted first shows why and reloads.
 */
import { useState } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ExpertDetail } from '@core/contract';
import { DetailCard, DetailRow } from '@/components/DetailCard';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { ServiceError } from '@/services/errors';
import { fileExpert, getExpert, removeExpert, returnExpert } from '@/services/expert';
import { ExpertFacts } from '@/packages/expert/components/ExpertFacts';
import { ReasonPanel, reasonError } from '@/packages/expert/components/ReasonPanel';
import { onTimeLabel } from '@/packages/expert/lib/labels';
import '@/packages/expert/expert.scss';

type ReasonStep = 'return' | 'remove';
const PANEL: Record<ReasonStep, { title: string; label: string; placeholder: string; confirmText: string }> = {
  return: {
    title: '退回专家资料',
    label: '退回原因',
    placeholder: '请说明需补充或修改的内容，专家将看到此原因',
    confirmText: '确认退回',
  },
  remove: {
    title: '除名',
    label: '除名原因',
    placeholder: '请说明除名原因（如违反行为准则）',
    confirmText: '确认除名',
  },
};

function Steps({
  expert,
  onChanged,
  onStale,
}: {
  expert: ExpertDetail;
  onChanged: (d: ExpertDetail) => void;
  onStale: () => void;
}) {
  const [panel, setPanel] = useState<ReasonStep | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const run = async (send: () => Promise<ExpertDetail>, done: string) => {
    setBusy(true);
    try {
      onChanged(await send());
      toastOk(done);
      setPanel(null);
      setReason('');
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setError(e.fields.reason);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') onStale();
    } finally {
      setBusy(false);
    }
  };

  const onFile = async () => {
    if (!(await confirm('备案', `确认将 ${expert.name} 备案为志愿服务专家？备案后工作站可向其指派服务需求。`))) return;
    await run(() => fileExpert({ expertId: expert.expertId }), '已备案');
  };

  const onReason = async (step: ReasonStep) => {
    const problem = reasonError(PANEL[step].label, reason);
    setError(problem);
    if (problem) return;
    if (step === 'remove' && !(await confirm('除名', `确认将 ${expert.name} 从专家库除名？其专家身份将立即失效。`)))
      return;
    const expertId = expert.expertId;
    await run(
      () => (step === 'return' ? returnExpert({ expertId, reason }) : removeExpert({ expertId, reason })),
      step === 'return' ? '已退回' : '已除名',
    );
  };

  if (panel) {
    return (
      <ReasonPanel
        {...PANEL[panel]}
        reason={reason}
        onReason={setReason}
        error={error}
        busy={busy}
        onConfirm={() => void onReason(panel)}
        onClose={() => setPanel(null)}
      />
    );
  }
  if (!expert.steps.length) return null;
  return (
    <View className="expert-section__buttons expert-steps" data-testid="expert-steps">
      {expert.steps.includes('file') ? (
        <Button type="primary" loading={busy} onClick={() => void onFile()}>
          备案
        </Button>
      ) : null}
      {expert.steps.includes('return') ? (
        <Button fill="outline" onClick={() => setPanel('return')}>
          退回
        </Button>
      ) : null}
      {expert.steps.includes('remove') ? (
        <Button fill="outline" type="danger" onClick={() => setPanel('remove')}>
          除名
        </Button>
      ) : null}
    </View>
  );
}

function Detail({ expertId }: { expertId: string }) {
  const loaded = useLoad(() => getExpert({ expertId }), [expertId]);
  const [changed, setChanged] = useState<ExpertDetail | null>(null);
  const expert = changed ?? loaded.data;
  if (!expert) return <LoadStatus loaded={loaded} missing="专家不存在" />;
  return (
    <>
      <ExpertFacts profile={expert} />
      <DetailCard title="服务情况" testId="expert-load">
        <DetailRow label="在办指派">{expert.openCount} 件</DetailRow>
        <DetailRow label="响应情况">{onTimeLabel(expert)}</DetailRow>
        {expert.filedByName ? <DetailRow label="备案人">{expert.filedByName}</DetailRow> : null}
      </DetailCard>
      <Steps
        expert={expert}
        onChanged={setChanged}
        onStale={() => {
          setChanged(null);
          void loaded.reload();
        }}
      />
    </>
  );
}

export default function ExpertDetailPage() {
  const { expertId } = usePageParams();
  const session = useSession();
  return (
    <View className="expert-page">
      <RoleGate session={session} needs={['expert', 'getExpert']} what="查看专家详情">
        {expertId ? (
          <Detail key={`${session.acting?.id ?? ''}:${expertId}`} expertId={expertId} />
        ) : (
          <View className="expert-section__note" data-testid="no-expert">
            请从专家库打开专家详情
          </View>
        )}
      </RoleGate>
    </View>
  );
}
