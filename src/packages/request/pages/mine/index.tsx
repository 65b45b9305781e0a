/**
 * 我的服务需求: the requests of the company the caller acts for, filtered by status, newest
 * first, paginated, with 提交服务需求 at the top. Coming back from a request (withdrawn, rated)
 * or from the form reloads the list.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ChipRow, chipsOf } from '@/components/ChipRow';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { listRequests } from '@/services/request';
import { REQUEST_STATUS } from '@core/enums';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { RequestCard } from '@/packages/request/components/RequestCard';
import { statusLabel, type RequestStatus } from '@/packages/request/lib/labels';
import '@/packages/request/styles/list.scss';

const CHIPS = chipsOf(REQUEST_STATUS, '全部');

function MyRequests() {
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const list = usePagedList(
    (page, pageSize) => listRequests({ ...(status ? { status } : {}), page, pageSize }),
    [status],
  );
  useListGestures(list);
  useReloadOnReturn(list.reload);

  return (
    <>
      <View className="request-list__new">
        <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.requestCreate() })}>
          提交服务需求
        </Button>
      </View>
      <ChipRow chips={CHIPS} value={status} onChange={setStatus} testId="status-filter" />
      {list.items.map((r) => (
        <RequestCard
          key={r.id}
          request={r}
          asCompany
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.request(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={status ? `没有${statusLabel(status)}的需求` : '还没有提交过服务需求'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function MyRequestsPage() {
  const session = useSession();
  return (
    <View className="request-list">
      <RoleGate session={session} roles={['company']} what="查看服务需求">
        <MyRequests key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
