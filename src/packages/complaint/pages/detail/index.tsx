/**
 * 投诉详情 (?complaintId=): one complaint as the caller stands to it — the complainant, the handler
 * (the chief, or the admin for one about the chief) or the person it was passed on to — with what
 * it is about, the facts, the evidence, the answer, the reason for a review, the review and its
 * history. The steps offered are only those the server lists (`steps`): 答复 / 复核答复 (a text),
 * 满意，办结 (confirmed), 不满意，提请复核 (a reason); the handler may also pass it on to the person
 * (`canShare`). Each step shows the complaint as the server answers it; one someone else took
 * first is said and the complaint reloaded.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ComplaintDetail } from '@core/contract';
import { COMPLAINT_TRANSITIONS } from '@core/rules/complaint-flow';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { getComplaint } from '@/services/complaint';
import { ComplaintFacts } from '@/packages/complaint/components/ComplaintFacts';
import { ComplaintReplies } from '@/packages/complaint/components/ComplaintReplies';
import { ComplaintStatusTag } from '@/packages/complaint/components/ComplaintStatusTag';
import { SharePanel } from '@/packages/complaint/components/SharePanel';
import { StepPanel } from '@/packages/complaint/components/StepPanel';
import { subjectTitle } from '@/packages/complaint/lib/labels';
import { useComplaintSteps } from '@/packages/complaint/lib/steps';
import './index.scss';

/** The panel open, or the buttons of the steps the server lists (and 转交当事人). */
function Actions({ c, steps }: { c: ComplaintDetail; steps: ReturnType<typeof useComplaintSteps> }) {
  const { panel } = steps;
  if (panel === 'share') {
    return (
      <SharePanel
        personName={c.personName}
        reveal={steps.reveal}
        onReveal={steps.setReveal}
        busy={steps.busy}
        onConfirm={() => void steps.share(c.personName)}
        onCancel={() => steps.open(null)}
      />
    );
  }
  if (panel) {
    return (
      <StepPanel
        step={panel}
        value={steps.texts[panel]}
        onChange={(v) => steps.setText(panel, v)}
        errors={steps.errors}
        busy={steps.busy}
        onConfirm={() => void steps.sendText(panel)}
        onCancel={() => steps.open(null)}
      />
    );
  }
  if (!c.steps.length && !c.canShare) return null;
  return (
    <View className="complaint-detail__buttons" data-testid="complaint-steps">
      {c.steps.map((step) => (
        <Button
          key={step}
          type={step === 'escalate' ? 'default' : 'primary'}
          block
          loading={steps.busy}
          data-step={step}
          onClick={() => void steps.take(step)}
        >
          {COMPLAINT_TRANSITIONS[step].verb}
        </Button>
      ))}
      {c.canShare ? (
        <Button block fill="outline" data-step="share" onClick={() => steps.open('share')}>
          转交当事人
        </Button>
      ) : null}
    </View>
  );
}

function ComplaintView({ complaintId }: { complaintId: string }) {
  // Opened without a complaint (a stale link): nothing to ask the server for.
  const loaded = useLoad(() => (complaintId ? getComplaint({ complaintId }) : Promise.resolve(null)), [complaintId]);
  const [updated, setUpdated] = useState<ComplaintDetail | null>(null);
  const steps = useComplaintSteps(complaintId, setUpdated, () => {
    setUpdated(null);
    void loaded.reload();
  });
  const c = updated ?? loaded.data;

  if (!c) return <LoadStatus loaded={loaded} missing="投诉不存在或已无权查看" />;
  return (
    <>
      <View className="complaint-detail__head">
        <Text className="complaint-detail__title" data-testid="complaint-title">
          {subjectTitle(c)}
        </Text>
        <ComplaintStatusTag status={c.status} overdue={c.overdue} />
      </View>
      {steps.conflict ? (
        <Text className="complaint-detail__conflict" data-testid="complaint-conflict">
          {steps.conflict}
        </Text>
      ) : null}
      <ComplaintFacts c={c} />
      <ComplaintReplies c={c} />
      <Actions c={c} steps={steps} />
    </>
  );
}

export default function ComplaintDetailPage() {
  const { complaintId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="complaint-detail">
      <RoleGate session={session} needs={['complaint', 'getComplaint']} what="查看投诉">
        <ComplaintView key={session.acting?.id ?? ''} complaintId={complaintId} />
      </RoleGate>
    </View>
  );
}
