/**
 * 审批 at the application's stage (001 §6.2), for the approver the server says may decide now:
 * 同意 / 退回补正 / 不予批准 and the opinion (appendix A's opinion row: required, at most
 * OPINION_MAX), checked first, asked once more, then sent to the stage's own action with the
 * version read — so a decision someone took meanwhile is said (CONFLICT) and the page reloads
 * instead of deciding over it. At the city bureau 同意 is final and founds the studio, which the
 * server refuses while the staffing of 001 §6.4 is unmet: 同意 is off then, with what is missing.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StudioApplication } from '@core/contract';
import { STUDIO_DECISION, STUDIO_STAGE, type StudioDecision, type StudioStage } from '@core/enums';
import { OPINION_MAX, nextStage } from '@core/rules/studio';
import { TextField } from '@/components/FormField';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { toastFirstError, withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { ServiceError } from '@/services/errors';
import { decideAtBranch, decideAtBureau, decideAtSection } from '@/services/studio';

/** The contract's shortest opinion (core/contract/studio.ts: text('审批意见', OPINION_MAX, 2)). */
const OPINION_MIN = 2;

/** Each stage decides through its own action (one policy row per level). */
const DECIDE = {
  branch: decideAtBranch,
  section: decideAtSection,
  bureau: decideAtBureau,
} as const satisfies Record<StudioStage, unknown>;

const DONE: Record<StudioDecision, string> = {
  approve: '已同意',
  return: '已退回补正',
  reject: '已不予批准',
};

/** What the decision does, asked before it is sent. */
function consequence(decision: StudioDecision, stage: StudioStage): string {
  if (decision === 'approve') {
    const next = nextStage(stage);
    return next
      ? `同意后申请将转至${STUDIO_STAGE.labels[next]}审批，不能撤回。确定同意吗？`
      : '同意后将为工作室编号并设立为服务网点，不能撤回。确定同意吗？';
  }
  if (decision === 'return') return '退回后由申请企业修改并重新提交至本环节审批。确定退回补正吗？';
  return '不予批准后申请即办结，不能撤回。确定不予批准吗？';
}

/** The problems to show before sending (keyed as the server names the fields), or none. */
export function decisionErrors(decision: StudioDecision | '', opinion: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!decision) errors.decision = '请选择审批结论';
  const n = opinion.trim().length;
  if (n === 0) errors.opinion = '请填写审批意见';
  else if (n < OPINION_MIN) errors.opinion = `审批意见：请至少填写${OPINION_MIN}个字`;
  else if (n > OPINION_MAX) errors.opinion = `审批意见：不能超过${OPINION_MAX}字`;
  return errors;
}

interface Props {
  a: StudioApplication;
  onDecided: (next: StudioApplication) => void;
  /** Someone decided meanwhile (CONFLICT): the message, and the page reloads the application. */
  onMoved: (message: string) => void;
}

export function DecisionPanel({ a, onDecided, onMoved }: Props) {
  const [decision, setDecision] = useState<StudioDecision | ''>('');
  const [opinion, setOpinion] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // Final approval founds the studio: the server refuses it until the staffing is met.
  const approveBlocked = a.stage === 'bureau' && a.staffingGaps.length > 0;

  const choose = (d: StudioDecision) => {
    if (d === 'approve' && approveBlocked) return;
    setDecision(d);
    setErrors((e) => withoutErrors(e, 'decision'));
  };

  const send = async () => {
    if (busy) return;
    const problems = decisionErrors(decision, opinion);
    setErrors(problems);
    if (toastFirstError(problems) || !decision) return;
    if (!(await confirm(STUDIO_DECISION.labels[decision], consequence(decision, a.stage)))) return;
    setBusy(true);
    try {
      const next = await DECIDE[a.stage]({
        applicationId: a.id,
        version: a.version,
        decision,
        opinion: opinion.trim(),
      });
      toastOk(DONE[decision]);
      onDecided(next);
    } catch (e) {
      if (e instanceof ServiceError && e.code === 'INVALID_INPUT') setErrors(e.fields);
      toastError(e);
      if (e instanceof ServiceError && e.code === 'CONFLICT') onMoved(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="studio-decision" data-testid="decision-panel" data-stage={a.stage}>
      <Text className="studio-decision__title">审批（{STUDIO_STAGE.labels[a.stage]}）</Text>
      <View className="studio-decision__choices" data-field="decision">
        {STUDIO_DECISION.values.map((d) => {
          const disabled = d === 'approve' && approveBlocked;
          const classes = [
            'studio-decision__choice',
            `studio-decision__choice--${d}`,
            decision === d ? 'studio-decision__choice--on' : '',
            disabled ? 'studio-decision__choice--disabled' : '',
          ];
          return (
            <View
              key={d}
              className={classes.filter(Boolean).join(' ')}
              data-testid="decision"
              data-value={d}
              data-active={decision === d ? 'true' : 'false'}
              data-disabled={disabled ? 'true' : 'false'}
              onClick={() => choose(d)}
            >
              {STUDIO_DECISION.labels[d]}
            </View>
          );
        })}
      </View>
      {errors.decision ? (
        <Text className="studio-decision__error" data-testid="error-decision">
          {errors.decision}
        </Text>
      ) : null}
      {approveBlocked ? (
        <View className="studio-decision__gaps" data-testid="approve-blocked">
          <Text className="studio-decision__gaps-title">人员配备尚未达到要求，暂不能同意：</Text>
          {a.staffingGaps.map((g) => (
            <Text key={g} className="studio-decision__gap" data-testid="staffing-gap">
              ✗ {g}
            </Text>
          ))}
          <Text className="studio-detail__muted">请先在“人员配备”中补充人员，或退回申请企业补正。</Text>
        </View>
      ) : null}
      <TextField
        name="opinion"
        label="审批意见"
        value={opinion}
        onChange={(v) => {
          setOpinion(v);
          setErrors((e) => withoutErrors(e, 'opinion'));
        }}
        error={errors.opinion}
        placeholder="填写本环节的审批意见，将记入申请表"
        maxLength={OPINION_MAX}
        multiline
        required
      />
      <View className="studio-decision__send">
        <Button type="primary" block loading={busy} data-testid="decision-send" onClick={() => void send()}>
          提交审批意见
        </Button>
      </View>
    </View>
  );
}
