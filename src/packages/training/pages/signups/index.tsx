/**
 * 报名名单 (?sessionId=, the chief): 已报名 / 候补中 / 已取消 in arrival order with how many of each,
 * paginated; 导出 makes an Excel workbook of the whole list; 手动添加 adds someone by hand (a seat
 * while seats remain, else the waitlist, exactly like signing up).
 */
import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SignupStatus } from '../../../../../core/enums';
import { MOBILE_PATTERN } from '../../../../../core/rules/patterns';
import { TRAINING_LIMITS } from '../../../../../core/rules/training';
import { ChipRow } from '../../../../components/ChipRow';
import { TextField } from '../../../../components/FormField';
import { ListStatus } from '../../../../components/ListStatus';
import { useLoad } from '../../../../hooks/useLoad';
import { usePagedList } from '../../../../hooks/usePagedList';
import { usePageParams } from '../../../../hooks/usePageParams';
import { useListGestures } from '../../../../hooks/usePageRefresh';
import { useSubmit } from '../../../../hooks/useSubmit';
import { toastError, toastInfo, toastOk } from '../../../../lib/feedback';
import { addSignup, exportSignups, getSession, listSignups } from '../../../../services/training';
import { RoleGate } from '../../../../components/RoleGate';
import { useSession } from '../../../../hooks/useSession';
import { SignupCard } from '../../components/SignupCard';
import { openExport } from '../../lib/download';
import { whenOf } from '../../lib/format';
import '../../training.scss';

type Counts = Record<SignupStatus, number>;
const TABS: Array<{ value: SignupStatus; label: string }> = [
  { value: 'confirmed', label: '已报名' },
  { value: 'waitlisted', label: '候补中' },
  { value: 'cancelled', label: '已取消' },
];

function AddPanel({ sessionId, onAdded, onClose }: { sessionId: string; onAdded: () => void; onClose: () => void }) {
  const [form, setForm] = useState({ name: '', companyName: '', title: '', mobile: '' });
  const [local, setLocal] = useState<Record<string, string>>({});
  const send = useCallback(
    (clientRequestId: string) =>
      addSignup({
        clientRequestId,
        sessionId,
        name: form.name.trim(),
        companyName: form.companyName.trim(),
        title: form.title.trim(),
        mobile: form.mobile.trim(),
      }),
    [sessionId, form],
  );
  const { submit, submitting, fieldErrors } = useSubmit(send);
  const errors: Record<string, string | undefined> = { ...fieldErrors, ...local };
  const edit = (key: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [key]: v }));
    setLocal((l) => ({ ...l, [key]: '' }));
  };

  const onSave = async () => {
    const found: Record<string, string> = {};
    if (!form.name.trim()) found.name = '请填写姓名';
    if (!form.companyName.trim()) found.companyName = '请填写单位名称';
    if (!MOBILE_PATTERN.test(form.mobile.trim())) found.mobile = '请填写11位手机号';
    setLocal(found);
    if (Object.keys(found).length) {
      toastInfo(Object.values(found)[0]!);
      return;
    }
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
      <TextField
        name="name"
        label="姓名"
        value={form.name}
        onChange={edit('name')}
        error={errors.name || undefined}
        maxLength={TRAINING_LIMITS.name}
        required
      />
      <TextField
        name="companyName"
        label="单位名称"
        value={form.companyName}
        onChange={edit('companyName')}
        error={errors.companyName || undefined}
        maxLength={TRAINING_LIMITS.companyName}
        required
      />
      <TextField
        name="title"
        label="职务"
        value={form.title}
        onChange={edit('title')}
        error={errors.title || undefined}
        maxLength={TRAINING_LIMITS.personTitle}
      />
      <TextField
        name="mobile"
        label="手机号"
        value={form.mobile}
        onChange={edit('mobile')}
        error={errors.mobile || undefined}
        type="tel"
        maxLength={11}
        required
      />
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
  const [exporting, setExporting] = useState(false);
  const list = usePagedList(
    async (page, pageSize) => {
      const res = await listSignups({ sessionId, status, page, pageSize });
      setCounts(res.counts);
      return res;
    },
    [sessionId, status],
  );
  useListGestures(list);

  const doExport = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      await openExport(await exportSignups({ sessionId }));
      toastOk('已导出');
    } catch (e) {
      toastError(e);
    } finally {
      setExporting(false);
    }
  };

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
        <Button type="primary" fill="outline" loading={exporting} onClick={() => void doExport()}>
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
        <SignupList sessionId={sessionId} />
      </RoleGate>
    </View>
  );
}
