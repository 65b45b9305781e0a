/**
 * 全市统计 (admin; 全区统计 for a district admin, whose stations the server narrows to the district):
 * every station in service side by side on the headline figures for a period,
 * ranked by the figure chosen; pick two stations to compare them on one chart; tap a station to
 * open its own statistics (the drill-down), from which its lists are one tap away.
 */
import { useEffect, useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CityRow } from '@core/contract';
import { shanghaiDate } from '@core/rules/time';
import { ChipRow, type Chip } from '@/components/ChipRow';
import { LoadStatus } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { useLoad } from '@/hooks/useLoad';
import { useSession } from '@/hooks/useSession';
import { ROUTES } from '@/lib/routes';
import { cityStats } from '@/services/stats';
import { Chart } from '../../components/Chart';
import { PeriodPicker, type PeriodValue } from '../../components/PeriodPicker';
import { compareOption } from '../../lib/options';
import { formatFigure } from '../../lib/format';
import '../../stats.scss';

/** Rows ranked by one figure, highest first; a station without the figure (nothing to divide) last. */
function ranked(rows: CityRow[], by: string): CityRow[] {
  const value = (r: CityRow) => r.figures[by] ?? -Infinity;
  return [...rows].sort((a, b) => value(b) - value(a) || a.name.localeCompare(b.name, 'zh'));
}

function CityStats() {
  const today = shanghaiDate(Date.now());
  const [period, setPeriod] = useState<PeriodValue>({ kind: 'month', anchor: today });
  const [rankBy, setRankBy] = useState('consult');
  const [picked, setPicked] = useState<string[]>([]);
  const city = useLoad(() => cityStats({ period }), [period.kind, period.anchor, period.to]);
  usePullDownRefresh(() => void city.reload());
  const data = city.data;
  const columns = data?.columns ?? [];
  const rankChips: Chip<string>[] = columns.map((c) => ({ value: c.id, label: c.label }));
  const rows = useMemo(() => (data ? ranked(data.rows, rankBy) : []), [data, rankBy]);
  const compared = rows.filter((r) => picked.includes(r.stationId));
  // A district admin's view is the district's: the title says whose stations these are.
  const scopeName = data?.scopeName;
  useEffect(() => {
    if (scopeName && scopeName !== '全市') void Taro.setNavigationBarTitle({ title: `${scopeName}统计` });
  }, [scopeName]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));

  return (
    <View className="stat-page">
      <PeriodPicker value={period} today={today} onChange={setPeriod} />
      {data ? (
        <>
          <Text className="stat-page__range">
            {data.scopeName} · {data.period.label}（{data.period.from} 至 {data.period.to}），{data.rows.length}{' '}
            个服务站点
          </Text>
          {compared.length === 2 ? (
            <View className="stat-card" data-testid="stat-compare">
              <Text className="stat-card__title">
                站点对比：{compared[0]!.name} / {compared[1]!.name}
              </Text>
              <Chart
                option={compareOption(
                  columns.map((c) => c.label),
                  compared.map((r) => ({ name: r.name, values: columns.map((c) => r.figures[c.id] ?? 0) })),
                )}
                height={260}
                testId="stat-chart"
              />
              <View className="stat-table">
                <View className="stat-table__row stat-table__row--head">
                  <Text className="stat-table__label">指标</Text>
                  <Text className="stat-table__cell">{compared[0]!.name}</Text>
                  <Text className="stat-table__cell">{compared[1]!.name}</Text>
                </View>
                {columns.map((c) => (
                  <View key={c.id} className="stat-table__row" data-testid="compare-figure" data-figure={c.id}>
                    <Text className="stat-table__label">{c.label}</Text>
                    <Text className="stat-table__cell">{formatFigure(compared[0]!.figures[c.id] ?? null, c.unit)}</Text>
                    <Text className="stat-table__cell">{formatFigure(compared[1]!.figures[c.id] ?? null, c.unit)}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : (
            <Text className="stat-page__hint">勾选两个站点即可对比</Text>
          )}
          <Text className="stat-page__hint">排名依据</Text>
          <ChipRow chips={rankChips} value={rankBy} onChange={(v) => setRankBy(v || 'consult')} testId="rank-by" />
          {rows.map((r, i) => (
            <View key={r.stationId} className="stat-rank" data-testid="city-row" data-station={r.stationId}>
              <Text className="stat-rank__no">{i + 1}</Text>
              <View
                className="stat-rank__main"
                onClick={() => void Taro.navigateTo({ url: ROUTES.stationStats(r.stationId) })}
              >
                <Text className="stat-rank__name">{r.name}</Text>
                <Text className="stat-rank__figures">
                  {columns
                    .slice(0, 5)
                    .map((c) => `${c.label} ${formatFigure(r.figures[c.id] ?? null, c.unit)}`)
                    .join(' · ')}
                </Text>
              </View>
              <View
                className={`stat-rank__pick${picked.includes(r.stationId) ? ' stat-rank__pick--on' : ''}`}
                data-testid="compare-pick"
                onClick={() => toggle(r.stationId)}
              >
                {picked.includes(r.stationId) ? '已选' : '对比'}
              </View>
            </View>
          ))}
        </>
      ) : null}
      {!data || city.error ? <LoadStatus loaded={city} missing="暂无统计数据" /> : null}
    </View>
  );
}

export default function CityStatsPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['stats', 'cityStats']} what="查看全市或全区统计">
      <CityStats />
    </RoleGate>
  );
}
