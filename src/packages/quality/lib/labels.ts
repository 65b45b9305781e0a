/**
 * Improvement actions as the pages show them: the status and source chips, the title of where a
 * finding came from, and the year a page opens on. Zod-free.
 */
import type { ImprovementView } from '@core/contract';
import { IMPROVEMENT_SOURCE, IMPROVEMENT_STATUS, type ImprovementSource, type ImprovementStatus } from '@core/enums';
import { formatShanghai } from '@core/rules/time';
import { chipsOf, type Chip } from '@/components/ChipRow';

export const STATUS_CHIPS: Chip<ImprovementStatus>[] = chipsOf(IMPROVEMENT_STATUS, '全部');

export const SOURCE_CHIPS: Chip<ImprovementSource>[] = IMPROVEMENT_SOURCE.values.map((value) => ({
  value,
  label: IMPROVEMENT_SOURCE.labels[value],
}));

/**
 * 「投诉：咨询服务（专利预审）」, 「年度评价：2026 年度评价」, 「内部自查」: the server names the record
 * (a complaint's label already starts with 投诉); the kind goes in front when it does not.
 */
export function sourceTitle(source: ImprovementView['source']): string {
  const kind = IMPROVEMENT_SOURCE.labels[source.kind];
  return source.label.startsWith(kind) ? source.label : `${kind}：${source.label}`;
}

/** The calendar year in Shanghai at `ms` (an archive opens on the current one). */
export const shanghaiYear = (ms: number) => Number(formatShanghai(ms, 'YYYY'));
