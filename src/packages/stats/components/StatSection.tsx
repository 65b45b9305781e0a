/**
 * One section of a station's statistics: its figures as a table (本期 / 上期 / 去年同期) and its
 * breakdown as a chart with the same numbers listed below it.
 */
import { Text, View } from '@tarojs/components';
import type { StatSectionView } from '@core/contract';
import { Chart } from './Chart';
import { barOption, pieOption } from '../lib/options';
import { formatFigure } from '../lib/format';

export function StatSection({ section }: { section: StatSectionView }) {
  const chart = section.chart;
  return (
    <View className="stat-card" data-testid="stat-section" data-section={section.id}>
      <Text className="stat-card__title">{section.title}</Text>
      {section.figures.length ? (
        <View className="stat-table">
          <View className="stat-table__row stat-table__row--head">
            <Text className="stat-table__label">指标</Text>
            <Text className="stat-table__cell">本期</Text>
            <Text className="stat-table__cell">上期</Text>
            <Text className="stat-table__cell">去年同期</Text>
          </View>
          {section.figures.map((f) => (
            <View key={f.id} className="stat-table__row" data-testid="stat-figure" data-figure={f.id}>
              <Text className="stat-table__label">{f.label}</Text>
              <Text className="stat-table__cell stat-table__cell--now">{formatFigure(f.value, f.unit)}</Text>
              <Text className="stat-table__cell">{formatFigure(f.previous, f.unit)}</Text>
              <Text className="stat-table__cell">{formatFigure(f.lastYear, f.unit)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {chart ? (
        chart.items.length ? (
          <View className="stat-breakdown">
            <Text className="stat-breakdown__title">{chart.title}</Text>
            <Chart
              option={chart.kind === 'pie' ? pieOption(chart.items) : barOption(chart.items)}
              height={chart.kind === 'pie' ? 200 : Math.max(120, chart.items.length * 28 + 30)}
              testId="stat-chart"
            />
            <View className="stat-breakdown__list">
              {chart.items.map((i) => (
                <View key={i.name} className="stat-breakdown__item">
                  <Text>{i.name}</Text>
                  <Text className="stat-breakdown__value">{i.value}</Text>
                </View>
              ))}
            </View>
          </View>
        ) : (
          <Text className="stat-card__empty">本期暂无{chart.title.replace(/^按/, '')}数据</Text>
        )
      ) : null}
    </View>
  );
}
