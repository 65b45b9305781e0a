/** The period of 服务评价 as the contract takes it (`to` only for a range). */
import type { PeriodValue } from '@/packages/stats/components/PeriodPicker';

export const periodInput = ({ kind, anchor, to }: PeriodValue) => ({
  kind,
  anchor,
  ...(kind === 'custom' && to ? { to } : {}),
});
