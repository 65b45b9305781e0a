/**
 * 培训管理 (a chief; an admin for the station picked): every session of the station, latest first
 * — cancelled ones too — with seats taken, the waitlist, check-ins and the attendance rate;
 * 发布培训 opens the form, 导出 writes them all to Excel.
 */
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { ROUTES } from '@/lib/routes';
import { exportSessions, listStationSessions } from '@/services/training';
import { ExportBar } from '@/components/ExportButton';
import { RoleGate } from '@/components/RoleGate';
import { picksStation } from '@/lib/access';
import { useSession } from '@/hooks/useSession';
import { usePageParams } from '@/hooks/usePageParams';
import { useStationScope } from '@/components/StationScope';
import { SessionCard } from '@/packages/training/components/SessionCard';
import '@/packages/training/training.scss';

function StationSessions({ stationId, canPublish }: { stationId: string; canPublish: boolean }) {
  const list = usePagedList((page, pageSize) => listStationSessions({ stationId, page, pageSize }), [stationId]);
  useListGestures(list);
  // Back from the form or a session: published, edited or cancelled.
  useReloadOnReturn(list.reload);
  return (
    <>
      {/* The chief publishes for their station; an admin looks at a station's (发布培训 is the chief's form). */}
      {canPublish ? (
        <View className="training-page__bar">
          <Button type="primary" block onClick={() => void Taro.navigateTo({ url: ROUTES.trainingEdit() })}>
            发布培训
          </Button>
        </View>
      ) : null}
      <ExportBar action={['training', 'exportSessions']} make={() => exportSessions({ stationId })} />
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

/** An admin or district admin picks the station (or arrives with it from 统计分析). */
function AdminSessions({ fromUrl }: { fromUrl?: string }) {
  const scope = useStationScope(fromUrl);
  return (
    <>
      {scope.picker}
      {scope.stationId ? (
        <StationSessions key={scope.stationId} stationId={scope.stationId} canPublish={false} />
      ) : null}
    </>
  );
}

export default function TrainingManagePage() {
  const session = useSession();
  const params = usePageParams();
  const acting = session.acting;
  return (
    <View className="training-page">
      <RoleGate session={session} needs={['training', 'listStationSessions']} what="管理培训">
        {picksStation(acting) ? (
          <AdminSessions fromUrl={params.stationId || undefined} />
        ) : acting?.stationId ? (
          <StationSessions key={acting.stationId} stationId={acting.stationId} canPublish />
        ) : null}
      </RoleGate>
    </View>
  );
}
