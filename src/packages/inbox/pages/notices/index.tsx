/**
 * 消息: my in-app inbox, newest first, paginated — booking confirmations, changes, cancellations,
 * the "明天" and "一小时后" reminders, company reviews. An unread notice has a dot; tapping it
 * marks it read and opens its page. "全部已读" clears them all; the count on 我的 follows.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { InboxNotice } from '@core/contract';
import { formatShanghai, shanghaiDate } from '@core/rules/time';
import { ChipRow } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { SignInPrompt } from '@/components/SessionStates';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { toastError } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { listNotices, markNoticesRead } from '@/services/account';
import { useAppStore } from '@/store';
import './index.scss';

type Filter = 'unread' | '';
const CHIPS = [
  { value: '' as const, label: '全部' },
  { value: 'unread' as const, label: '未读' },
];

const TAB_PAGES = new Set([ROUTES.network, ROUTES.resources, ROUTES.me]);

/** Opens a notice's page: tab pages need switchTab, every other page navigateTo. */
export function openLink(link: string): void {
  const path = link.split('?')[0]!;
  if (TAB_PAGES.has(path)) void Taro.switchTab({ url: path });
  else void Taro.navigateTo({ url: link });
}

/** "09:30" today, "3月4日 09:30" before. Shanghai time, whatever the phone's zone. */
function when(ms: number, now: number): string {
  return shanghaiDate(ms) === shanghaiDate(now) ? formatShanghai(ms, 'HH:mm') : formatShanghai(ms, 'M月D日 HH:mm');
}

function NoticeRow({ n, read, onOpen }: { n: InboxNotice; read: boolean; onOpen: () => void }) {
  return (
    <View
      className={`notice${read ? '' : ' notice--unread'}`}
      data-testid="notice"
      data-id={n.id}
      data-read={read ? 'true' : 'false'}
      onClick={onOpen}
    >
      <View className="notice__head">
        {read ? null : <View className="notice__dot" data-testid="unread-dot" />}
        <Text className="notice__title">{n.title}</Text>
        <Text className="notice__time">{when(n.createdAt, Date.now())}</Text>
      </View>
      <Text className="notice__body">{n.body}</Text>
    </View>
  );
}

function NoticeList() {
  const [filter, setFilter] = useState<Filter>('');
  const unread = useAppStore((s) => s.unread);
  const setUnread = useAppStore((s) => s.setUnread);
  // Read locally since the page was loaded (the server knows too; no reload needed to show it).
  const [readHere, setReadHere] = useState<ReadonlySet<string>>(new Set());
  const [allRead, setAllRead] = useState(false);
  const [marking, setMarking] = useState(false);

  const list = usePagedList(
    async (page, pageSize) => {
      const res = await listNotices({ unreadOnly: filter === 'unread', page, pageSize });
      setUnread(res.unread);
      if (page === 1) {
        setReadHere(new Set());
        setAllRead(false);
      }
      return res;
    },
    [filter],
  );
  useListGestures(list);

  // Back from a notice's page, or from elsewhere: new notices may have arrived.
  useReloadOnReturn(list.reload);

  const isRead = (n: InboxNotice) => n.read || allRead || readHere.has(n.id);

  const open = (n: InboxNotice) => {
    if (!isRead(n)) {
      setReadHere((prev) => new Set(prev).add(n.id));
      setUnread(Math.max(0, (unread ?? 1) - 1));
      markNoticesRead({ ids: [n.id] })
        .then((res) => setUnread(res.unread))
        .catch(() => undefined); // still unread on the server: it shows again on the next load
    }
    if (n.link) openLink(n.link);
  };

  const readAll = async () => {
    if (marking) return;
    setMarking(true);
    try {
      const res = await markNoticesRead({ all: true });
      setAllRead(true);
      setUnread(res.unread);
    } catch (e) {
      toastError(e);
    } finally {
      setMarking(false);
    }
  };

  return (
    <>
      <View className="inbox__bar">
        <ChipRow chips={CHIPS} value={filter} onChange={setFilter} testId="inbox-filter" />
        {unread && !allRead ? (
          <Button size="small" fill="none" type="primary" loading={marking} onClick={() => void readAll()}>
            全部已读
          </Button>
        ) : null}
      </View>
      {list.items.map((n) => (
        <NoticeRow key={n.id} n={n} read={isRead(n)} onOpen={() => open(n)} />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={filter === 'unread' ? '没有未读消息' : '暂无消息'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function InboxPage() {
  const signedIn = useAppStore((s) => s.signedIn);
  return <View className="inbox">{signedIn ? <NoticeList /> : <SignInPrompt text="登录后查看预约提醒和通知" />}</View>;
}
