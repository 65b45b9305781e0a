/**
 * 手动签到 (the chief): for people without a phone. The sign-up list — not checked in yet,
 * checked in, waitlisted — searchable by name or mobile, each with 签到; and 现场登记 for someone
 * who did not sign up (name, mobile, company), admitted when the session takes walk-ins and a
 * seat is free. Checking in someone twice answers with the first time, never an error.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import type { Attendee, AttendeeFilter } from '@core/contract';
import { ChipRow } from '@/components/ChipRow';
import { TextField } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { usePageParams } from '@/hooks/usePageParams';
import { clockOf } from '@/lib/format';
import { useFieldBinder, type FieldBinder } from '@/hooks/useFieldBinder';
import { useSubmit } from '@/hooks/useSubmit';
import { useListGestures } from '@/hooks/usePageRefresh';
import { toastError, toastInfo, toastOk } from '@/lib/feedback';
import { listAttendees, manualCheckIn } from '@/services/checkin';
import { RoleGate } from '@/components/RoleGate';
import { SearchBar } from '@/components/SearchBar';
import { useSession } from '@/hooks/useSession';
import { checkinToast } from '@/packages/checkin/lib/format';
import './index.scss';

const FILTERS: Array<{ value: AttendeeFilter; label: string }> = [
  { value: 'pending', label: '未签到' },
  { value: 'checkedIn', label: '已签到' },
  { value: 'waitlisted', label: '候补' },
];

const EMPTY_TEXT: Record<AttendeeFilter, string> = {
  pending: '报名的人都已签到',
  checkedIn: '还没有人签到',
  waitlisted: '没有候补的人',
};

function AttendeeRow({ a, busy, onCheckIn }: { a: Attendee; busy: boolean; onCheckIn: () => void }) {
  return (
    <View className="checkin-manual__row" data-testid="attendee" data-signup={a.signupId}>
      <View className="checkin-manual__who">
        <Text className="checkin-manual__name">{a.name}</Text>
        <Text className="checkin-manual__meta">
          {a.companyName}
          {a.mobile ? ` · ${a.mobile}` : ''}
        </Text>
        {a.checkedInAt ? (
          <Text className="checkin-manual__meta">
            {clockOf(a.checkedInAt)} 签到{a.late ? ' · 迟到' : ''}
          </Text>
        ) : null}
      </View>
      {a.checkedInAt ? (
        <Tag type="success">已签到</Tag>
      ) : (
        <Button size="small" type="primary" loading={busy} onClick={onCheckIn}>
          签到
        </Button>
      )}
    </View>
  );
}

interface WalkInDraft {
  name: string;
  mobile: string;
  companyName: string;
  title: string;
}
const EMPTY_DRAFT: WalkInDraft = { name: '', mobile: '', companyName: '', title: '' };

/** 现场登记: someone not on the list, checked in with a walk-in sign-up. */
function WalkInForm({ sessionId, onDone }: { sessionId: string; onDone: () => void }) {
  // One at a time; on refusal what was typed stays and the server's messages show under the fields.
  const { submit, submitting, fieldErrors } = useSubmit(() => {
    const { title, ...rest } = form.values;
    return manualCheckIn({ sessionId, walkIn: { ...rest, ...(title.trim() ? { title } : {}) } });
  });
  const form: FieldBinder<WalkInDraft> = useFieldBinder(EMPTY_DRAFT, { behind: fieldErrors });
  // The server names a walk-in's fields under walkIn.
  const bind = (field: keyof WalkInDraft) => form.bind(field, `walkIn.${field}`);

  const register = async () => {
    const result = await submit();
    if (!result) return;
    toastOk(checkinToast(result));
    form.setValues(EMPTY_DRAFT);
    onDone();
  };

  return (
    <View className="checkin-manual__walk-in">
      <Text className="checkin-manual__section">现场登记（未报名）</Text>
      <TextField {...bind('name')} label="姓名" required />
      <TextField {...bind('mobile')} label="手机号" type="tel" required />
      <TextField {...bind('companyName')} label="单位名称" required />
      <TextField {...bind('title')} label="职务" />
      <View className="checkin-manual__submit">
        <Button type="primary" block loading={submitting} onClick={() => void register()}>
          登记并签到
        </Button>
      </View>
    </View>
  );
}

function ManualCheckin({ sessionId }: { sessionId: string }) {
  const [filter, setFilter] = useState<AttendeeFilter>('pending');
  const [keyword, setKeyword] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const list = usePagedList(
    (page, pageSize) => listAttendees({ sessionId, filter, ...(keyword ? { keyword } : {}), page, pageSize }),
    [sessionId, filter, keyword],
  );
  useListGestures(list);

  const checkInOne = async (a: Attendee) => {
    if (busyId) return;
    setBusyId(a.signupId);
    try {
      const result = await manualCheckIn({ sessionId, signupId: a.signupId });
      if (result.already) toastInfo(checkinToast(result));
      else toastOk(checkinToast(result));
      await list.reload();
    } catch (e) {
      toastError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <>
      <ChipRow chips={FILTERS} value={filter} onChange={(v) => v && setFilter(v)} testId="attendee-filter" />
      <SearchBar label="查找" placeholder="姓名或手机号" onSearch={setKeyword} />
      {list.items.map((a) => (
        <AttendeeRow key={a.signupId} a={a} busy={busyId === a.signupId} onCheckIn={() => void checkInOne(a)} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={keyword ? `没有找到“${keyword}”` : EMPTY_TEXT[filter]}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
      <WalkInForm sessionId={sessionId} onDone={() => void list.reload()} />
    </>
  );
}

export default function CheckinManualPage() {
  const { sessionId } = usePageParams();
  const session = useSession();
  return (
    <View className="checkin-manual">
      <RoleGate session={session} roles={['chief', 'admin']} what="手动签到">
        {sessionId ? (
          <ManualCheckin sessionId={sessionId} />
        ) : (
          <Text className="checkin-manual__meta">缺少培训场次，请从签到二维码页面进入</Text>
        )}
      </RoleGate>
    </View>
  );
}
