/** How the expert pages name things: statuses, specialities, industries, the on-time rate. */
import type { ExpertStatus, Industry, ServiceCategory } from '@core/enums';
import { EXPERT_STATUS, INDUSTRY, QUALIFICATION_KIND, SERVICE_CATEGORY } from '@core/enums';
import type { Qualification } from '@core/rules/expert-roster';

export const statusLabel = (s: ExpertStatus) => EXPERT_STATUS.labels[s];
export const specialitiesLabel = (values: readonly ServiceCategory[]) =>
  values.map((v) => SERVICE_CATEGORY.labels[v]).join('、');
export const industriesLabel = (values: readonly Industry[]) =>
  values.length ? values.map((v) => INDUSTRY.labels[v]).join('、') : '未填写';

export const qualificationLabel = (q: Qualification) =>
  `${q.kind === 'other' && q.name ? q.name : QUALIFICATION_KIND.labels[q.kind]} ${q.number}`;

/** "按时响应 2/3（67%）", or that there is no answer yet. */
export function onTimeLabel(r: { answeredCount: number; answeredOnTime: number; onTimePercent?: number }): string {
  if (!r.answeredCount) return '暂无响应记录';
  return `按时响应 ${r.answeredOnTime}/${r.answeredCount}（${r.onTimePercent ?? 0}%）`;
}
