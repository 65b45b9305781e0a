/**
 * 报名名单 (?sessionId=, the chief): 已报名 / 候补中 / 已取消 in arrival order with how many of each,
 * paginated; 导出 makes an Excel workbook of the whole list; 手动添加 adds someone by hand (a seat
 * while seats remain, else the waitlist, exactly like signing up).
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SignupStatus } from '@core/enums';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { useLoad } from '@/hooks/useLoad';
import { usePagedList } from '@/hooks/usePagedList';
import { usePageParams } from '@/hooks/usePageParams';
import { useListGestures } from '@/hooks/usePageRefresh';
import { useSubmit } from '@/hooks/useSubmit';
import { toastInfo } from '@/lib/feedback';
import { toastFirstError, withoutErrors } from '@/lib/field-errors';
import { addSignup, exportSignups, getSession, listSignups } from '@/services/training';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import {
  PersonFields,
  emptyPerson,
  personErrors,
  personInput,
  type Person,
} from '@/packages/training/components/PersonFields';
import { SignupCard } from '@/packages/training/components/SignupCard';
import { useExport } from '@/hooks/useExport';
import { whenOf } from '@/packages/training/lib/format';
import '@/packages/training/training.scss';

type Counts = Record<SignupStatus, number>;
const TABS: Array<{ value: SignupStatus; label: string }> = [
  { value: 'confirmed', label: '已报名' },
  { value: 'waitlisted', label: '候补中' },
  { value: 'cancelled', label: '已取消' },
];

function AddPanel({ sessionId, onAdded, onClose }: { sessionId: string; onAdded: () => void; onClose: () => void }) {
  const [person, setPerson] = useState<Person>(() => emptyPerson());
  const send = useCallback(
    (clientRequestId: string) => addSignup({ clientRequestId, sessionId, ...personInput(person) }),
    [sessionId, person],
  );
  const { submit, submitting, fieldErrors, setFieldErrors } = useSubmit(send);
  const edit = (field: keyof Person, value: string) => {
    setPerson((p) => ({ ...p, [field]: value }));
    setFieldErrors((e) => withoutErrors(e, field));
  };

  const onSave = async () => {
    const local = personErrors(person, true);
    setFieldErrors(local);
    if (toastFirstError(local)) return;
    const added = await submit();
    if (!added) return;
    toastInfo(
      added.status === 'confirmed'
        ? `已添加 ${added.name}`
        : `已添加 ${added.name}（候补第 ${added.waitlistPosition} 位）`,
    );
    onAdded();
  };

  return (
    <View className="training-page__form" data-testid="add-panel">
      <Text className="training-page__section" style={{ padding: '24px 32px 0' }}>
        手动添加报名
      </Text>
      <PersonFields person={person} onEdit={edit} errors={fieldErrors} />
      <View className="training-page__buttons">
        <Button fill="outline" onClick={onClose}>
          取消
        </Button>
        <Button type="primary" loading={submitting} onClick={() => void onSave()}>
          添加
        </Button>
      </View>
    </View>
  );
}

function SignupList({ sessionId }: { sessionId: string }) {
  const session = useLoad(() => getSession({ sessionId }), [sessionId]);
  const [status, setStatus] = useState<SignupStatus>('confirmed');
  const [counts, setCounts] = useState<Counts | null>(null);
  const [adding, setAdding] = useState(false);
  const list = usePagedList(
    async (page, pageSize) => {
      const res = await listSignups({ sessionId, status, page, pageSize });
      setCounts(res.counts);
      return res;
    },
    [sessionId, status],
  );
  useListGestures(list);

  const exported = useExport(() => exportSignups({ sessionId }));

  const chips = TABS.map((t) => ({ value: t.value, label: counts ? `${t.label} ${counts[t.value]}` : t.label }));
  const s = session.data?.session;
  return (
    <>
      {s ? (
        <Text className="training-page__intro" data-testid="signups-session">
          {s.title} · {whenOf(s.startAt, s.endAt)} · 名额 {s.capacity}
        </Text>
      ) : null}
      <View className="training-page__buttons">
        <Button type="primary" fill="outline" loading={exported.exporting} onClick={() => void exported.run()}>
          导出
        </Button>
        <Button type="primary" onClick={() => setAdding(true)} disabled={adding}>
          手动添加
        </Button>
      </View>
      {adding ? (
        <AddPanel
          sessionId={sessionId}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            void list.reload();
          }}
        />
      ) : null}
      <ChipRow chips={chips} value={status} onChange={(v) => setStatus(v || 'confirmed')} testId="status-tab" />
      {list.items.map((x) => (
        <SignupCard key={x.id} signup={x} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={`没有${TABS.find((t) => t.value === status)!.label}的人`}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function TrainingSignupsPage() {
  const { sessionId = '' } = usePageParams();
  const session = useSession();
  return (
    <View className="training-page">
      <RoleGate session={session} roles={['chief', 'admin']} what="查看报名名单">
        {sessionId ? (
          <SignupList sessionId={sessionId} />
        ) : (
          <Text className="training-page__intro">缺少培训场次，请从培训管理中打开报名名单</Text>
        )}
      </RoleGate>
    </View>
  );
}
