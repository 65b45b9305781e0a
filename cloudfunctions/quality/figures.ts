/**
 * What the archive and the service review both show, computed once: satisfaction per service kind
 * from a scope's rollup counters, and a list of complaints counted by status.
 */
import { COMPLAINT_STATUS } from '../../core/enums';
import { K, SERVICE_KIND_LABELS, SERVICE_KINDS } from '../../core/rules/rollups';
import type { ComplaintDoc } from '../../core/store/docs';

export function ratingsOf(counters: Record<string, number>) {
  const n = (key: string) => counters[key] ?? 0;
  return SERVICE_KINDS.map((kind) => {
    const count = n(`${K.rate}${kind}_n`);
    return {
      kind,
      label: SERVICE_KIND_LABELS[kind],
      count,
      mean: count ? Math.round((n(`${K.rate}${kind}_sum`) / count) * 10) / 10 : null,
      low: n(`${K.rate}${kind}_low`),
    };
  });
}

export const complaintsByStatus = (complaints: readonly ComplaintDoc[]) =>
  COMPLAINT_STATUS.values.map((s) => ({
    label: COMPLAINT_STATUS.labels[s],
    count: complaints.filter((x) => x.status === s).length,
  }));
