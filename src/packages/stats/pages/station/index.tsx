/**
 * 统计分析: a station's figures for a month, quarter, year or custom range, beside the previous
 * period and the same period last year — the trend, then consultations, visits, requests,
 * trainings, satisfaction and experts, each with its chart and numbers. A chief sees their
 * station, an admin picks one (or arrives from the city view with it), a liaison or expert
 * their own work.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { picksStation } from '@/lib/access';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useAppStore } from '@/store';
import { exportMonthly, stationStats } from '@/services/stats';
import { useExport } from '@/hooks/useExport';
import { admits } from '@/lib/access';
import { ROUTES } from '@/lib/routes';
import { Button } from '@nutui/nutui-react-taro';
import { Chart } from '../../components/Chart';
import { PeriodPicker } from '../../components/PeriodPicker';
import { StatSection } from '../../components/StatSection';
import { lineOption } from '../../lib/options';
import { useStationPeriod } from '../../lib/useStationPeriod';
import '../../stats.scss';

/** 导出月报 under a month's figures: the chief's station, or the station an admin picked. */
function MonthlyExport({ month, stationId }: { month: string; stationId?: string }) {
  const exported = useExport(() => exportMonthly({ month, ...(stationId ? { stationId } : {}) }));
  return (
    <View className="stat-page__export">
      <Button
        type="primary"
        block
        loading={exported.exporting}
        data-testid="export-monthly"
        onClick={() => void exported.run()}
      >
        导出{Number(month.slice(5))}月月报（Excel）
      </Button>
    </View>
  );
}

/** An admin's drill-down: the station's own lists, one tap away. */
function StationLinks({ stationId }: { stationId: string }) {
  const links = [
    { label: '企业台账', url: ROUTES.ledger(undefined, stationId) },
    { label: '走访记录', url: ROUTES.visits(undefined, stationId) },
    { label: '培训', url: ROUTES.trainingManage(stationId) },
    { label: '企业关注', url: ROUTES.insights(stationId) },
  ];
  return (
    <View className="stat-card stat-links" data-testid="station-links">
      <Text className="stat-card__title">本站列表</Text>
      <View className="stat-links__row">
        {links.map((l) => (
          <View key={l.label} className="stat-links__link" onClick={() => void Taro.navigateTo({ url: l.url })}>
            {l.label}
          </View>
        ))}
      </View>
    </View>
  );
}

function StationStats({ admin, fixedStation }: { admin: boolean; fixedStation?: string }) {
  const acting = useAppStore((s) => s.acting());
  const {
    today,
    period,
    setPeriod,
    picker,
    stationId,
    waiting,
    loaded: stats,
  } = useStationPeriod(admin, fixedStation, (p, station) =>
    stationStats({ period: p, ...(station ? { stationId: station } : {}) }),
  );
  const data = stats.data;

  return (
    <View className="stat-page">
      {picker}
      <PeriodPicker value={period} today={today} onChange={setPeriod} />
      {waiting ? <Text className="stat-page__hint">请选择要查看统计的服务站点</Text> : null}
      {data ? (
        <>
          <View className="stat-page__head" data-testid="stat-scope">
            <Text className="stat-page__scope">{data.scopeName}</Text>
            <Text className="stat-page__range">
              {data.period.label}（{data.period.from} 至 {data.period.to}），对比 {data.previous.label} 与{' '}
              {data.lastYear.label}
            </Text>
          </View>
          {data.updating ? (
            <Text className="stat-page__hint" data-testid="stat-updating">
              最新的记录仍在统计中，数字可能偏小，请稍后下拉刷新
            </Text>
          ) : null}
          <View className="stat-card" data-testid="stat-trend">
            <Text className="stat-card__title">趋势</Text>
            <Chart option={lineOption(data.trend.points, data.trend.series)} height={220} testId="stat-chart" />
            <View className="stat-breakdown__list">
              {data.trend.series.map((s) => (
                <View key={s.name} className="stat-breakdown__item">
                  <Text>{s.name}合计</Text>
                  <Text className="stat-breakdown__value">{s.values.reduce((a, b) => a + b, 0)}</Text>
                </View>
              ))}
            </View>
          </View>
          {data.sections.map((s) => (
            <StatSection key={s.id} section={s} />
          ))}
          {admin && data.stationId ? <StationLinks stationId={data.stationId} /> : null}
          {period.kind === 'month' && data.stationId && admits(acting, ['stats', 'exportMonthly']) ? (
            <MonthlyExport month={data.period.from.slice(0, 7)} stationId={stationId} />
          ) : null}
        </>
      ) : null}
      {!waiting && (!data || stats.error) ? <LoadStatus loaded={stats} missing="暂无统计数据" /> : null}
    </View>
  );
}

export default function StationStatsPage() {
  const session = useSession();
  const params = usePageParams();
  return (
    <RoleGate session={session} needs={['stats', 'stationStats']} what="查看统计分析">
      <StationStats admin={picksStation(session.acting)} fixedStation={params.stationId || undefined} />
    </RoleGate>
  );
}
