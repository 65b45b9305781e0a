/**
 * 预约规则 (the chief): the station's rules for consultation bookings — how long ahead a slot must
 * be booked (最短提前时间), how far ahead it may be (可预约天数) and how many open bookings one
 * company may hold at the station. They apply to bookings made from now on; existing bookings
 * keep their slots. Field errors (the page's own or the server's) show under the fields.
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TextField } from '@/components/FormField';
import { LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { getBookingRules, setBookingRules } from '@/services/consult';
import { RoleGate } from '@/components/RoleGate';
import { durationLabel } from '@/lib/format';
import {
  RULE_FIELDS,
  rulesDraft,
  rulesErrors,
  rulesInput,
  type Rules,
  type RulesDraft,
  type RulesField,
} from '@/packages/consult/lib/rules-form';
import { useSession } from '@/hooks/useSession';
import './index.scss';

/** What a field's value means, in words ("即：须至少提前2小时预约"); its unit and range until it is a number. */
function hintOf(f: (typeof RULE_FIELDS)[number], text: string): string {
  if (!/^\d+$/.test(text.trim())) return `单位：${f.unit}（${f.min}–${f.max}）`;
  const n = Number(text.trim());
  if (f.name === 'minNoticeMinutes')
    return n === 0 ? '即：随时可约（须在开始之前）' : `即：须至少提前${durationLabel(n)}预约`;
  if (f.name === 'horizonDays') return `即：可预约今天起 ${n} 天内的时段`;
  return `即：每家企业在本站最多同时有 ${n} 个未完成的预约`;
}

function RulesForm({ stationId, rules }: { stationId: string; rules: Rules }) {
  const [draft, setDraft] = useState<RulesDraft>(() => rulesDraft(rules));
  const [shown, setShown] = useState<Partial<Record<RulesField, string>>>({});
  const send = useCallback(() => setBookingRules(rulesInput(stationId, draft)), [stationId, draft]);
  const { submit, submitting, fieldErrors } = useSubmit(send);
  const errors: Record<string, string | undefined> = { ...fieldErrors, ...shown };

  const onSave = async () => {
    const local = rulesErrors(draft);
    setShown(local);
    const first = Object.values(local)[0];
    if (first) {
      toastInfo(first);
      return;
    }
    const saved = await submit();
    if (!saved) return;
    setDraft(rulesDraft(saved));
    toastOk('预约规则已保存');
  };

  return (
    <>
      <View className="rules-page__form">
        {RULE_FIELDS.map((f) => (
          <View key={f.name}>
            <TextField
              name={f.name}
              label={f.short}
              value={draft[f.name]}
              onChange={(v) => {
                setDraft((d) => ({ ...d, [f.name]: v }));
                if (shown[f.name]) setShown((s) => ({ ...s, [f.name]: undefined }));
              }}
              error={errors[f.name]}
              placeholder={`${f.min}–${f.max}${f.unit}`}
              type="number"
              required
            />
            <Text className="rules-page__hint" data-testid={`hint-${f.name}`}>
              {hintOf(f, draft[f.name])}
            </Text>
          </View>
        ))}
      </View>
      <View className="rules-page__actions">
        <Button type="primary" block loading={submitting} onClick={() => void onSave()}>
          保存
        </Button>
      </View>
    </>
  );
}

function Loaded({ stationId }: { stationId: string }) {
  const loaded = useLoad(() => getBookingRules({ stationId }), [stationId]);
  if (!loaded.data) {
    return <LoadStatus loaded={loaded} missing="该服务站点不存在" />;
  }
  return <RulesForm stationId={stationId} rules={loaded.data} />;
}

export default function BookingRulesPage() {
  const session = useSession();
  const stationId = session.acting?.stationId;
  return (
    <View className="rules-page">
      <RoleGate session={session} roles={['chief']} what="设置预约规则">
        <Text className="rules-page__intro">
          {session.acting?.stationName ?? '本站'}的咨询预约规则。修改只影响之后的新预约，已有的预约保持不变。
        </Text>
        {stationId ? <Loaded key={session.acting!.id} stationId={stationId} /> : null}
      </RoleGate>
    </View>
  );
}
