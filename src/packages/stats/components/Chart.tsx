/**
 * One chart, drawn by ECharts (echarts/core with only the line, bar and pie charts this package
 * uses, so the library stays in the statistics subpackage). On H5 it renders SVG into a div; on
 * WeChat into a `type="2d"` canvas node, which ZRender draws on as a single canvas (the node has
 * no nodeName, and ZRender's env detects the mini program's `wx`). The numbers are always shown
 * beside the chart by the caller, so a chart that cannot draw (an old client) loses nothing.
 */
import { useEffect, useRef } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, View } from '@tarojs/components';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { isWeapp } from '@/store';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

let serial = 0;

interface Props {
  option: EChartsCoreOption;
  height?: number;
  testId?: string;
}

/** The WeChat canvas node, with the DOM event methods ZRender calls (the mini program sends touches itself). */
function canvasOf(node: Record<string, unknown>) {
  const noop = () => undefined;
  return Object.assign(node, {
    addEventListener: noop,
    removeEventListener: noop,
    attachEvent: noop,
    detachEvent: noop,
  });
}

export function Chart({ option, height = 220, testId }: Props) {
  const id = useRef(`stat-chart-${++serial}`).current;
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    let disposed = false;
    if (isWeapp()) {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: Record<string, unknown>; width?: number; height?: number } | null>) => {
          const found = res?.[0];
          if (disposed || !found?.node || !found.width) return;
          const dpr = Taro.getSystemInfoSync().pixelRatio || 2;
          const canvas = canvasOf(found.node);
          canvas.width = found.width * dpr;
          canvas.height = (found.height ?? height) * dpr;
          echarts.setPlatformAPI({ createCanvas: () => canvas as unknown as HTMLCanvasElement });
          chart.current = echarts.init(canvas as unknown as HTMLElement, undefined, {
            width: found.width,
            height: found.height ?? height,
            devicePixelRatio: dpr,
          });
          chart.current.setOption(option);
        });
    } else {
      const el = document.getElementById(id);
      if (el) {
        chart.current = echarts.init(el, undefined, { renderer: 'svg', height });
        chart.current.setOption(option);
      }
    }
    return () => {
      disposed = true;
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is drawn again when its data changes (option is rebuilt from new data only).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(option)]);

  return isWeapp() ? (
    <Canvas type="2d" id={id} className="stat-chart" style={{ height: `${height}px` }} data-testid={testId} />
  ) : (
    <View id={id} className="stat-chart" style={{ height: `${height}px` }} data-testid={testId} />
  );
}
