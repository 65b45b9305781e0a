/**
 * 咨询时间 (?stationId=&consultantId=): a liaison or expert edits their own weekly pattern and
 * date exceptions; the station's chief (or an admin) edits any consultant's of the station.
 * Changing the pattern never cancels a booking: booked slots stay until they are cancelled.
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { Availability } from '@core/contract';
import { addDays, shanghaiDate } from '@core/rules/time';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus, LoadStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo, toastOk } from '@/lib/feedback';
import { getAvailability, listStationMembers, saveAvailability } from '@/services/consult';
import { ExceptionRow, RuleRow } from '@/packages/consult/components/PatternRows';
import { RoleGate } from '@/components/RoleGate';
import {
  checkDrafts,
  newException,
  newRule,
  toDrafts,
  toInput,
  unplacedErrors,
  withoutErrors,
  type ExceptionDraft,
  type RuleDraft,
} from '@/packages/consult/lib/availability-form';
import { stampOf } from '@/lib/format';
import { useSession } from '@/hooks/useSession';
import './index.scss';

function Editor({
  initial,
  stationId,
  consultantId,
}: {
  initial: Availability;
  stationId: string;
  consultantId: string;
}) {
  const [drafts] = useState(() => toDrafts(initial));
  const [rules, setRules] = useState<RuleDraft[]>(drafts.rules);
  const [exceptions, setExceptions] = useState<ExceptionDraft[]>(drafts.exceptions);
  const [savedAt, setSavedAt] = useState(initial.updatedAt);
  const today = shanghaiDate(Date.now());

  const send = useCallback(
    () => saveAvailability(toInput(stationId, consultantId, rules, exceptions)),
    [stationId, consultantId, rules, exceptions],
  );
  const { submit, submitting, fieldErrors: errors, setFieldErrors } = useSubmit(send);

  const patchRule = (i: number, patch: Partial<RuleDraft>) => {
    setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    setFieldErrors((e) => withoutErrors(e, `rules.${i}`));
  };
  const patchException = (i: number, patch: Partial<ExceptionDraft>) => {
    setExceptions((es) => es.map((x, j) => (j === i ? { ...x, ...patch } : x)));
    setFieldErrors((e) => withoutErrors(e, `exceptions.${i}`));
  };
  // Removing a row shifts the rows after it: the old messages would point at the wrong ones.
  const removeRule = (i: number) => {
    setRules((rs) => rs.filter((_, j) => j !== i));
    setFieldErrors({});
  };
  const removeException = (i: number) => {
    setExceptions((es) => es.filter((_, j) => j !== i));
    setFieldErrors({});
  };

  const onSave = async () => {
    const problems = checkDrafts(rules, exceptions);
    if (Object.keys(problems).length > 0) {
      setFieldErrors(problems);
      toastInfo(Object.values(problems)[0]!);
      return;
    }
    const saved = await submit();
    if (!saved) return;
    setSavedAt(saved.updatedAt);
    toastOk('已保存');
  };

  const loose = unplacedErrors(errors, rules.length, exceptions.length);
  return (
    <View className="availability-page__editor">
      <Text className="availability-page__note" data-testid="keep-bookings-note">
        修改咨询时间不会取消已有的预约：已被预约的时段会一直保留，直到预约被取消。
      </Text>
      {loose.length > 0 ? (
        <View className="availability-page__errors" data-testid="form-errors">
          {loose.map((m) => (
            <Text key={m}>{m}</Text>
          ))}
        </View>
      ) : null}

      <Text className="availability-page__section">每周安排</Text>
      {rules.map((r, i) => (
        <RuleRow
          key={r.uid}
          index={i}
          rule={r}
          errors={errors}
          onChange={(patch) => patchRule(i, patch)}
          onRemove={() => removeRule(i)}
        />
      ))}
      {rules.length === 0 ? <Text className="availability-page__empty">还没有每周安排</Text> : null}
      <View className="availability-page__add">
        <Button size="small" fill="outline" type="primary" onClick={() => setRules((rs) => [...rs, newRule()])}>
          添加每周安排
        </Button>
      </View>

      <Text className="availability-page__section">例外日期（请假、休息或加开时段）</Text>
      {exceptions.map((x, i) => (
        <ExceptionRow
          key={x.uid}
          index={i}
          exception={x}
          errors={errors}
          today={today}
          onChange={(patch) => patchException(i, patch)}
          onRemove={() => removeException(i)}
        />
      ))}
      <View className="availability-page__add">
        <Button
          size="small"
          fill="outline"
          type="primary"
          onClick={() => setExceptions((es) => [...es, newException(addDays(today, 1))])}
        >
          添加例外日期
        </Button>
      </View>

      <View className="availability-page__footer">
        {savedAt > 0 ? <Text className="availability-page__saved">上次保存：{stampOf(savedAt)}</Text> : null}
        <Button type="primary" block loading={submitting} onClick={() => void onSave()}>
          保存
        </Button>
      </View>
    </View>
  );
}

function ConsultantAvailability({ stationId, consultantId }: { stationId: string; consultantId: string }) {
  const loaded = useLoad(() => getAvailability({ stationId, consultantId }), [stationId, consultantId]);
  if (!loaded.data || loaded.loading) {
    return <LoadStatus loaded={loaded} missing="" />;
  }
  return <Editor initial={loaded.data} stationId={stationId} consultantId={consultantId} />;
}

/**
 * A chief (or admin) chooses whose time to edit among ALL the station's consultants — also those
 * who have published nothing yet (marked 未设置), so a new liaison's first week can be set for them.
 */
function StationAvailability({ stationId, initial }: { stationId: string; initial: string }) {
  const consultants = useLoad(() => listStationMembers({ stationId }), [stationId]);
  const [chosen, setChosen] = useState(initial);
  const list = consultants.data ?? [];
  const consultantId = chosen || list[0]?.id || '';
  if (!consultants.data) {
    return <LoadStatus loaded={consultants} missing="" />;
  }
  const chips = list.map((c) => ({ value: c.id, label: c.hasPattern ? c.name : `${c.name}（未设置）` }));
  if (consultantId && !chips.some((c) => c.value === consultantId))
    chips.unshift({ value: consultantId, label: '本人' });
  return (
    <>
      <ChipRow chips={chips} value={consultantId} onChange={(v) => v && setChosen(v)} testId="consultant" />
      {consultantId ? (
        <ConsultantAvailability key={consultantId} stationId={stationId} consultantId={consultantId} />
      ) : (
        <ListStatus loading={false} error={null} empty emptyText="本站还没有咨询人员" />
      )}
    </>
  );
}

function AvailabilityBody() {
  const params = usePageParams();
  const { me, acting } = useSession();
  const stationId = params.stationId || acting?.stationId || '';
  if (!stationId || !me || !acting) {
    return <ListStatus loading={false} error={null} empty emptyText="请从服务站点进入" />;
  }
  if (acting.role === 'chief' || acting.role === 'admin') {
    return (
      <StationAvailability
        stationId={stationId}
        initial={params.consultantId || (acting.role === 'chief' ? me.user.id : '')}
      />
    );
  }
  // A liaison or expert: their own time.
  return <ConsultantAvailability stationId={stationId} consultantId={me.user.id} />;
}

export default function AvailabilityPage() {
  const session = useSession();
  return (
    <View className="availability-page">
      <RoleGate session={session} roles={['liaison', 'expert', 'chief', 'admin']} what="设置咨询时间">
        <AvailabilityBody />
      </RoleGate>
    </View>
  );
}
