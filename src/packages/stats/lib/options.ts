/** ECharts options for the statistics: a trend line, bars, a pie, grouped bars comparing stations. */
import type { EChartsCoreOption } from 'echarts/core';

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb'];

export function lineOption(points: string[], series: Array<{ name: string; values: number[] }>): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: points.map((p) => (p.length === 10 ? p.slice(5) : p)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({ type: 'line', name: s.name, data: s.values, smooth: true, symbolSize: 4 })),
  };
}

export function barOption(items: Array<{ name: string; value: number }>): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 88, right: 24, top: 8, bottom: 20 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: items.map((i) => i.name) },
    series: [{ type: 'bar', data: items.map((i) => i.value), label: { show: true, position: 'right' } }],
  };
}

export function pieOption(items: Array<{ name: string; value: number }>): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'item' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: items,
        label: { formatter: '{b} {d}%' },
      },
    ],
  };
}

/** One group per figure, one bar per station. */
export function compareOption(
  figures: string[],
  stations: Array<{ name: string; values: number[] }>,
): EChartsCoreOption {
  return {
    color: PALETTE,
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 36, right: 12, top: 32, bottom: 40 },
    xAxis: { type: 'category', data: figures, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: { type: 'value' },
    series: stations.map((s) => ({ type: 'bar', name: s.name, data: s.values })),
  };
}
