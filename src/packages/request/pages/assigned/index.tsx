/**
 * 我的指派: an expert's home (and a liaison's) for the request loop — the requests assigned to
 * them and waiting for their answer (待接受, soonest due first, with the countdown), those they
 * accepted and still owe a written report on (办理中·待写报告), and how many consultations they
 * give today (to 今日咨询). Each section loads, fails and retries on its own; pull-down and
 * coming back from a request reload them all.
 *
 * Both lists ask the server for the caller's own assignments (`assignedToMe`): an expert's scope
 * is that already, a liaison's would otherwise be the station's queue.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RequestSummary } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { listMyDay } from '@/services/consult';
import { listRequests } from '@/services/request';
import { RequestCard } from '@/packages/request/components/RequestCard';
import '@/packages/request/styles/list.scss';
import './index.scss';

const open = (id: string) => void Taro.navigateTo({ url: ROUTES.request(id) });

function Section({
  title,
  testId,
  items,
  loading,
  error,
  emptyText,
  onRetry,
}: {
  title: string;
  testId: string;
  items: RequestSummary[];
  loading: boolean;
  error: string | null;
  emptyText: string;
  onRetry: () => void;
}) {
  return (
    <View className="assigned-page__section" data-testid={testId}>
      <Text className="assigned-page__title">
        {title}
        {items.length ? `（${items.length}）` : ''}
      </Text>
      {items.map((r) => (
        <RequestCard key={r.id} request={r} asCompany={false} onOpen={open} />
      ))}
      <ListStatus
        loading={loading}
        error={error}
        empty={!loading && items.length === 0}
        emptyText={emptyText}
        onRetry={onRetry}
      />
    </View>
  );
}

function MyAssignments() {
  // The server narrows to the caller's own assignments (a liaison's list would be the station's).
  const waiting = useLoad(
    () =>
      listRequests({ assignedToMe: true, status: 'assigned', order: 'due', page: 1, pageSize: 50 }).then(
        (p) => p.items,
      ),
    [],
  );
  const working = useLoad(
    () => listRequests({ assignedToMe: true, status: 'in_progress', page: 1, pageSize: 50 }).then((p) => p.items),
    [],
  );
  const day = useLoad(() => listMyDay({}), []);
  const reload = async () => {
    await Promise.all([waiting.reload(), working.reload(), day.reload()]);
  };
  usePullToReload(reload);
  useReloadOnReturn(reload);

  return (
    <>
      <Section
        title="待接受"
        testId="assigned-waiting"
        items={waiting.data ?? []}
        loading={waiting.loading}
        error={waiting.error}
        emptyText="没有等待您答复的指派"
        onRetry={() => void waiting.reload()}
      />
      <Section
        title="办理中·待写报告"
        testId="assigned-working"
        items={working.data ?? []}
        loading={working.loading}
        error={working.error}
        emptyText="没有待写报告的需求"
        onRetry={() => void working.reload()}
      />
      <View
        className="assigned-page__today"
        data-testid="assigned-today"
        onClick={() => void Taro.navigateTo({ url: ROUTES.today })}
      >
        <Text className="assigned-page__title">今日咨询</Text>
        <Text className="assigned-page__count">
          {day.data ? `${day.data.bookings.length} 场` : day.error ? '加载失败，点此查看' : '…'}
        </Text>
      </View>
    </>
  );
}

export default function AssignedPage() {
  const session = useSession();
  const { me, acting } = session;
  return (
    <View className="request-list assigned-page">
      <RoleGate session={session} roles={['expert', 'liaison']} what="查看我的指派">
        {me ? <MyAssignments key={acting?.id ?? ''} /> : null}
      </RoleGate>
    </View>
  );
}
