/**
 * The holdings trend a company page draws: for each kind, its figures over time (oldest first),
 * from the history entries (newest first, as the server pages them) and today's figures.
 */
import type { HoldingsChange, HoldingsView } from '@core/contract';
import { HOLDING_KIND, type HoldingKind } from '@core/enums';

export interface KindTrend {
  kind: HoldingKind;
  label: string;
  now: number;
  /** Figures after each change, oldest first, starting from before the first one. */
  series: number[];
}

export function trendsOf(current: HoldingsView, history: HoldingsChange[]): KindTrend[] {
  const oldestFirst = [...history].reverse();
  return HOLDING_KIND.values
    .map((kind) => {
      const series = oldestFirst.length ? [oldestFirst[0]!.before[kind], ...oldestFirst.map((h) => h.after[kind])] : [];
      return { kind, label: HOLDING_KIND.labels[kind], now: current[kind], series };
    })
    .filter((t) => t.now > 0 || t.series.some((v) => v > 0));
}

/** "发明专利 3→5、国内注册商标 0→2": what one history entry changed. */
export function changeText(h: HoldingsChange): string {
  return HOLDING_KIND.values
    .filter((k) => h.before[k] !== h.after[k])
    .map((k) => `${HOLDING_KIND.labels[k]} ${h.before[k]}→${h.after[k]}`)
    .join('、');
}
