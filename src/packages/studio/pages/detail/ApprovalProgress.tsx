/**
 * 审批进度: the three stages of 001 §6.2 in order (镇街市场监督管理分局 → 市局知识产权相关科室 →
 * 市局), each done, current (returned or refused there), or still waiting, then every step of the
 * history, oldest first: who, when, what and the opinion — the applicant's submissions included.
 */
import { Text, View } from '@tarojs/components';
import type { StudioApplication, StudioStep } from '@core/contract';
import { STUDIO_STAGE, type StudioStage } from '@core/enums';
import { STUDIO_STAGES } from '@core/rules/studio';
import { DetailCard } from '@/components/DetailCard';
import { stampOf } from '@/lib/format';

/** Where one stage stands. */
export type StageState = 'done' | 'current' | 'returned' | 'rejected' | 'waiting';

const STATE_LABEL: Record<StageState, string> = {
  done: '已同意',
  current: '审批中',
  returned: '退回补正',
  rejected: '不予批准',
  waiting: '待审批',
};

const STEP_LABEL: Record<StudioStep['kind'], string> = {
  submit: '提交申请',
  resubmit: '修改后重新提交',
  approve: '同意',
  return: '退回补正',
  reject: '不予批准',
};

export function stageState(a: Pick<StudioApplication, 'status' | 'stage'>, stage: StudioStage): StageState {
  if (a.status === 'approved') return 'done';
  const at = STUDIO_STAGES.indexOf(a.stage);
  const i = STUDIO_STAGES.indexOf(stage);
  if (i < at) return 'done';
  if (i > at) return 'waiting';
  if (a.status === 'returned') return 'returned';
  if (a.status === 'rejected') return 'rejected';
  return 'current';
}

/** The step's line: an approver's decision at its stage, or the applicant's (re)submission. */
function stepLine(s: StudioStep): string {
  const stage = STUDIO_STAGE.labels[s.stage];
  if (s.kind === 'submit') return `${s.byName}（申请企业）${STEP_LABEL.submit}`;
  if (s.kind === 'resubmit') return `${s.byName}（申请企业）${STEP_LABEL.resubmit}至${stage}`;
  return `${stage} ${s.byName}：${STEP_LABEL[s.kind]}`;
}

export function ApprovalProgress({ a }: { a: StudioApplication }) {
  return (
    <DetailCard title="审批进度" testId="studio-progress">
      <View className="studio-chain" data-testid="studio-chain">
        {STUDIO_STAGES.map((stage, i) => {
          const state = stageState(a, stage);
          return (
            <View
              key={stage}
              className={`studio-chain__stage studio-chain__stage--${state}`}
              data-testid="chain-stage"
              data-stage={stage}
              data-state={state}
            >
              <Text className="studio-chain__index">{i + 1}</Text>
              <View className="studio-chain__text">
                <Text className="studio-chain__name">{STUDIO_STAGE.labels[stage]}</Text>
                <Text className="studio-chain__state">{STATE_LABEL[state]}</Text>
              </View>
            </View>
          );
        })}
      </View>
      <View className="studio-history" data-testid="studio-history">
        {a.history.map((s, i) => (
          <View key={`${s.at}-${i}`} className="studio-history__step" data-testid="history-step" data-kind={s.kind}>
            <Text className="studio-history__when">{stampOf(s.at)}</Text>
            <Text className="studio-history__what">{stepLine(s)}</Text>
            {s.opinion ? <Text className="studio-history__opinion">{s.opinion}</Text> : null}
          </View>
        ))}
      </View>
    </DetailCard>
  );
}
