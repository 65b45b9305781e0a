/**
 * 审批时限设置 (the admin): how many days each stage of a mobile studio's approval (001 §6.2) has —
 * 镇街市场监督管理分局, 市局知识产权相关科室, 市局 — each a whole number of days within the
 * contract's range, checked before it is saved. A stage entered from now on is due by the new
 * limit; applications already in a stage keep the date they were given. Past it, the stage's
 * approvers are reminded and the application shows 已超时.
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { STUDIO_STAGE, type StudioStage } from '@core/enums';
import { STAGE_DAYS_MAX, STUDIO_STAGES } from '@core/rules/studio';
import { TextField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { toastOk } from '@/lib/feedback';
import { withoutErrors, type FieldErrors } from '@/lib/field-errors';
import { getStageLimits, setStageLimits } from '@/services/studio';
import './index.scss';

/** The contract's least (core/contract/studio.ts: a whole number of days, at least 1). */
const DAYS_MIN = 1;

type Limits = Record<StudioStage, number>;
type Draft = Record<StudioStage, string>;

const draftOf = (limits: Limits): Draft =>
  Object.fromEntries(STUDIO_STAGES.map((s) => [s, String(limits[s])])) as Draft;

/** A message per stage whose days are not a whole number within the range. */
export function limitErrors(draft: Draft): FieldErrors {
  const errors: FieldErrors = {};
  for (const s of STUDIO_STAGES) {
    const typed = draft[s].trim();
    const n = Number(typed);
    if (!/^\d+$/.test(typed) || n < DAYS_MIN || n > STAGE_DAYS_MAX) {
      errors[s] = `${STUDIO_STAGE.labels[s]}：请填写 ${DAYS_MIN}–${STAGE_DAYS_MAX} 之间的整数天数`;
    }
  }
  return errors;
}

const limitsOf = (draft: Draft): Limits =>
  Object.fromEntries(STUDIO_STAGES.map((s) => [s, Number(draft[s].trim())])) as Limits;

function LimitsForm({ limits }: { limits: Limits }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(limits));
  const send = useCallback(() => setStageLimits(limitsOf(draft)), [draft]);
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit(send);

  const onSave = async () => {
    const saved = await submitChecked(limitErrors(draft));
    if (!saved) return;
    setDraft(draftOf(saved));
    toastOk('审批时限已保存');
  };

  return (
    <>
      <View className="studio-limits__form">
        {STUDIO_STAGES.map((s, i) => (
          <View key={s}>
            <TextField
              name={s}
              label={`${i + 1}. ${STUDIO_STAGE.labels[s]}`}
              value={draft[s]}
              onChange={(v) => {
                setDraft((d) => ({ ...d, [s]: v }));
                setFieldErrors((e) => withoutErrors(e, s));
              }}
              error={fieldErrors[s]}
              placeholder={`${DAYS_MIN}–${STAGE_DAYS_MAX}`}
              type="number"
              maxLength={2}
              required
            />
            <Text className="studio-limits__hint" data-testid={`hint-${s}`}>
              单位：天（{DAYS_MIN}–{STAGE_DAYS_MAX}），自进入该环节起计算
            </Text>
          </View>
        ))}
      </View>
      <View className="studio-limits__actions">
        <Button type="primary" block loading={submitting} data-testid="submit" onClick={() => void onSave()}>
          保存
        </Button>
      </View>
    </>
  );
}

function Loaded() {
  const loaded = useLoad(() => getStageLimits({}), []);
  if (!loaded.data) return <LoadStatus loaded={loaded} missing="暂无审批时限设置" />;
  return <LimitsForm limits={loaded.data} />;
}

export default function StudioLimitsPage() {
  const session = useSession();
  return (
    <View className="studio-limits">
      <RoleGate session={session} needs={['studio', 'setStageLimits']} what="设置流动工作室审批时限">
        <Text className="studio-limits__intro">
          流动工作室申请在每个审批环节的办理时限。修改后，之后进入该环节的申请按新时限计算；超过时限仍未审批的，将提醒该环节的审批人。
        </Text>
        <Loaded key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
