/**
 * Links between the quality pages that core/pages.ts has no builder for: 服务评价's 「发起整改」
 * opens 整改事项 with its 新建整改 form filled in from the finding (its text and where it came
 * from) and, for an admin, on the station reviewed. The improvements page reads them back with
 * `draftFromLink` (lib/form.ts).
 */
import type { ImprovementSource } from '@core/enums';
import { PAGES } from '@/lib/routes';

export function improvementForFinding(finding: { source: ImprovementSource; text: string }, stationId?: string) {
  const params = { finding: finding.text, source: finding.source, ...(stationId ? { stationId } : {}) };
  const query = Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return `${PAGES.improvements}?${query}`;
}
