/** The indicator-table versions as the pages list and name them. Pure. */
import type { IndicatorSetView } from '@core/contract';

/** 「第 2 版 · 知识产权保护工作站评价指标表（100 分）」 */
export const setLabel = (s: IndicatorSetView) => `第 ${s.version} 版 · ${s.title}（${s.total} 分）`;

export const newestFirst = (sets: readonly IndicatorSetView[]) => [...sets].sort((a, b) => b.version - a.version);
