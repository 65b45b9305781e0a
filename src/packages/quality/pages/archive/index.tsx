/**
 * 服务评价档案 (?stationId=&year=, 004 §9.3): one station's year in one place — its published
 * annual evaluations, complaints, ratings and improvement actions — for its chief, or for an
 * admin (or district admin) on the station they pick. The year opens on the current one in
 * Shanghai and steps back and forth; pull-down reloads. On H5 it prints (the browser's print, the
 * page's controls hidden); WeChat has no printing, so no button there.
 */
import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { LoadStatus, ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload } from '@/hooks/usePageRefresh';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { picksStation } from '@/lib/access';
import { stationArchive } from '@/services/quality';
import { ArchiveEvaluations, ArchiveRatings, ArchiveReviews } from '@/packages/quality/components/ArchiveFindings';
import { ArchiveComplaints, ArchiveImprovements } from '@/packages/quality/components/ArchiveRecords';
import { YearStepper } from '@/components/YearStepper';
import { shanghaiYear } from '@/packages/quality/lib/labels';
import './index.scss';

const canPrint = () => process.env.TARO_ENV === 'h5';

/** The year a link names, if it is one the archive takes; otherwise the current one. */
function yearOf(param: string | undefined, current: number): number {
  const n = Number(param);
  return Number.isInteger(n) && n >= 2000 && n <= current ? n : current;
}

/** One station's archive ('': the acting chief's own). */
function Archive({ stationId }: { stationId: string }) {
  const params = usePageParams();
  const current = useMemo(() => shanghaiYear(Date.now()), []);
  const [year, setYear] = useState(() => yearOf(params.year, current));
  const loaded = useLoad(() => stationArchive({ year, ...(stationId ? { stationId } : {}) }), [year, stationId]);
  usePullToReload(loaded.reload);
  const a = loaded.data?.year === year ? loaded.data : null;

  return (
    <>
      <View className="quality-archive__no-print">
        <YearStepper year={year} latest={current} onChange={setYear} />
      </View>
      {a ? (
        <>
          <View className="quality-archive__head">
            <Text className="quality-archive__title" data-testid="archive-title">
              {a.stationName}
            </Text>
            <Text className="quality-archive__subtitle">{a.year} 年度服务评价档案</Text>
          </View>
          <ArchiveEvaluations items={a.evaluations} />
          <ArchiveReviews items={a.reviews} />
          <ArchiveComplaints complaints={a.complaints} />
          <ArchiveRatings items={a.ratings} />
          <ArchiveImprovements improvements={a.improvements} />
          {canPrint() ? (
            <View className="quality-archive__actions quality-archive__no-print">
              <Button block fill="outline" onClick={() => window.print()}>
                打印
              </Button>
            </View>
          ) : null}
        </>
      ) : (
        <LoadStatus loaded={loaded} missing="暂无该站点的档案" />
      )}
    </>
  );
}

/** An admin (or district admin) picks the station first (one the link names is taken as picked). */
function CityArchive() {
  const { stationId: fromUrl } = usePageParams();
  const scope = useStationScope(fromUrl);
  return (
    <>
      <View className="quality-archive__no-print">{scope.picker}</View>
      {scope.stationId ? (
        <Archive key={scope.stationId} stationId={scope.stationId} />
      ) : (
        <ListStatus loading={false} error={null} empty emptyText="请选择要查看档案的服务站点" />
      )}
    </>
  );
}

export default function QualityArchivePage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="quality-archive">
      <RoleGate session={session} needs={['quality', 'stationArchive']} what="查看服务评价档案">
        {picksStation(acting) ? (
          <CityArchive key={acting?.id ?? ''} />
        ) : (
          <Archive key={acting?.id ?? ''} stationId="" />
        )}
      </RoleGate>
    </View>
  );
}
