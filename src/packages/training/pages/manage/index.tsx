/**
 * 培训管理 (a chief): every session of the station, latest first — cancelled ones too — with
 * seats taken, the waitlist, check-ins and the attendance rate; 发布培训 opens the form.
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { listStationSessions } from '@/services/training';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { SessionCard } from '@/packages/training/components/SessionCard';
import '@/packages/training/training.scss';

function StationSessions({ stationId }: { stationId: string }) {
  const list = usePagedList((page, pageSize) => listStationSessions({ stationId, page, pageSize }), [stationId]);
  useListGestures(list);
  // Back from the form or a session: published, edited or cancelled.
  useReloadOnReturn(list.reload);
  return (
    <>
      <View className="training-page__bar">
        <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.trainingEdit() })}>
          发布培训
        </Button>
      </View>
      {list.items.map((s) => (
        <SessionCard
          key={s.id}
          session={s}
          manage
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.trainingSession(id) })}
        />
      ))}
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText="本站还没有发布培训"
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
    </>
  );
}

export default function TrainingManagePage() {
  const session = useSession();
  const stationId = session.acting?.stationId;
  return (
    <View className="training-page">
      <RoleGate session={session} roles={['chief']} what="管理培训">
        {stationId ? <StationSessions key={stationId} stationId={stationId} /> : null}
      </RoleGate>
    </View>
  );
}
