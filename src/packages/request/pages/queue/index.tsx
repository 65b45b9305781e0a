/**
 * 需求队列: the station's requests (an admin's: all) by status — 待受理 first — with their
 * urgency and where they came from (走访发现), who each is assigned to and its answer's due
 * countdown; newest first, the most urgent first, or the soonest due first (按期限), and only the
 * overdue ones (逾期); paginated, and exported to Excel as filtered. Coming back from a request
 * (accepted, closed…) reloads the list.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportRequests, listRequests } from '@/services/request';
import { ExportBar } from '@/components/ExportButton';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { usePageParams } from '@/hooks/usePageParams';
import { RequestCard } from '@/packages/request/components/RequestCard';
import { STATUSES, statusLabel, type RequestStatus } from '@/packages/request/lib/labels';
import '@/packages/request/styles/list.scss';

type Order = 'newest' | 'urgency' | 'due';

/** The work to do first, then what is done; 全部 last. */
const TABS: Chip<RequestStatus>[] = [
  ...STATUSES.map((value) => ({ value, label: statusLabel(value) })),
  { value: '', label: '全部' },
];
const ORDERS: Chip<Order>[] = [
  { value: 'newest', label: '最新提交' },
  { value: 'urgency', label: '最紧急' },
  { value: 'due', label: '按期限' },
];
const OVERDUE: Chip<'overdue'>[] = [
  { value: '', label: '全部' },
  { value: 'overdue', label: '逾期' },
];

function Queue() {
  // 工作台's 逾期 to-do opens the queue on the overdue ones (ROUTES.requestQueueOverdue).
  const opensOverdue = usePageParams().overdue === '1';
  const [status, setStatus] = useState<RequestStatus | ''>(opensOverdue ? '' : 'submitted');
  const [order, setOrder] = useState<Order>('newest');
  const [overdue, setOverdue] = useState(opensOverdue);
  const filters = { ...(status ? { status } : {}), ...(overdue ? { overdue: true } : {}) };
  const list = usePagedList(
    (page, pageSize) => listRequests({ ...filters, order, page, pageSize }),
    [status, order, overdue],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      <ChipRow chips={TABS} value={status} onChange={setStatus} testId="status-filter" />
      <View className="request-list__order">
        <ChipRow
          chips={OVERDUE}
          value={overdue ? 'overdue' : ''}
          onChange={(v) => setOverdue(v === 'overdue')}
          testId="overdue-filter"
        />
        <ChipRow chips={ORDERS} value={order} onChange={(o) => o && setOrder(o)} testId="order" />
      </View>
      {/* Exported as filtered, newest first whatever the order shown. */}
      <ExportBar action={['request', 'exportRequests']} make={() => exportRequests(filters)} />
      {list.items.map((r) => (
        <RequestCard
          key={r.id}
          request={r}
          asCompany={false}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.request(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={overdue ? '没有逾期的需求' : status ? `没有${statusLabel(status)}的需求` : '还没有服务需求'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function RequestQueuePage() {
  const session = useSession();
  return (
    <View className="request-list">
      <RoleGate session={session} roles={['liaison', 'chief', 'admin']} what="查看需求队列">
        <Queue key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
