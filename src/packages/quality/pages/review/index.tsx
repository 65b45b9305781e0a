/**
 * 服务评价 (?stationId=, 004 §9.1): one station's period — a month, quarter or year (or a range),
 * this Shanghai month to start, stepped back and forth — judged from outside (ratings and
 * complaints) and inside (its time limits against its records, the late ones named), with the
 * service items' 办理时限 beside and the findings, each one tap (「发起整改」) from an improvement
 * action. For its chief, or for an admin (or district admin) on the station they pick; pull-down
 * reloads. The period picker is the statistics pages' own (Taro copies a module several
 * subpackages share into each of them).
 */
import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { periodRange } from '@core/rules/rollups';
import { shanghaiDate } from '@core/rules/time';
import { LoadStatus, ListStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useStationScope } from '@/components/StationScope';
import { useLoad } from '@/hooks/useLoad';
import { usePullToReload } from '@/hooks/usePageRefresh';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { admits, picksStation } from '@/lib/access';
import { serviceReview } from '@/services/quality';
import { ReviewExternal } from '@/packages/quality/components/ReviewExternal';
import { ReviewFindings } from '@/packages/quality/components/ReviewFindings';
import { ReviewInternal, ReviewItemLimits } from '@/packages/quality/components/ReviewInternal';
import { PeriodPicker, type PeriodValue } from '@/packages/stats/components/PeriodPicker';
import { KeepReview } from '@/packages/quality/components/KeepReview';
import { periodInput } from '@/packages/quality/lib/period';
import './index.scss';

/** One station's review ('': the acting chief's own). */
function Review({ stationId }: { stationId: string }) {
  const { acting } = useSession();
  const today = useMemo(() => shanghaiDate(Date.now()), []);
  const [period, setPeriod] = useState<PeriodValue>({ kind: 'month', anchor: today });
  const loaded = useLoad(
    () => serviceReview({ period: periodInput(period), ...(stationId ? { stationId } : {}) }),
    [period.kind, period.anchor, period.to, stationId],
  );
  usePullToReload(loaded.reload);
  // The answer for the period picked, not the one before it still on screen.
  const range = periodRange(period.kind, period.anchor, period.to);
  const r = loaded.data?.period.from === range.from && loaded.data.period.to === range.to ? loaded.data : null;

  return (
    <>
      <PeriodPicker value={period} today={today} onChange={setPeriod} />
      {r ? (
        <>
          <View className="quality-review__head">
            <Text className="quality-review__title" data-testid="review-station">
              {r.stationName}
            </Text>
            <Text className="quality-review__subtitle" data-testid="review-period">
              {r.period.label}（{r.period.from} 至 {r.period.to}）
            </Text>
          </View>
          <ReviewExternal external={r.external} />
          <ReviewInternal checks={r.internal} />
          <ReviewItemLimits items={r.itemLimits} />
          <ReviewFindings
            findings={r.findings}
            canImprove={admits(acting, ['quality', 'createImprovement'])}
            stationId={stationId || undefined}
          />
          {admits(acting, ['quality', 'saveServiceReview']) ? (
            <KeepReview stationId={stationId || undefined} period={period} />
          ) : null}
        </>
      ) : (
        <LoadStatus loaded={loaded} missing="暂无该站点的服务评价" />
      )}
    </>
  );
}

/** An admin (or district admin) picks the station first (one the link names is taken as picked). */
function CityReview() {
  const { stationId: fromUrl } = usePageParams();
  const scope = useStationScope(fromUrl);
  return (
    <>
      {scope.picker}
      {scope.stationId ? (
        <Review key={scope.stationId} stationId={scope.stationId} />
      ) : (
        <ListStatus loading={false} error={null} empty emptyText="请选择要查看服务评价的服务站点" />
      )}
    </>
  );
}

export default function ServiceReviewPage() {
  const session = useSession();
  const acting = session.acting;
  return (
    <View className="quality-review">
      <RoleGate session={session} needs={['quality', 'serviceReview']} what="查看服务评价">
        {picksStation(acting) ? <CityReview key={acting?.id ?? ''} /> : <Review key={acting?.id ?? ''} stationId="" />}
      </RoleGate>
    </View>
  );
}
