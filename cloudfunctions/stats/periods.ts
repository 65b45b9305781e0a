/** The ranges a statistics view compares: the period asked for, the one before, the same one last year. */
import type { z } from 'zod';
import type { periodInput } from '../../core/contract/stats';
import {
  lastYearRange,
  periodLabel,
  periodRange,
  previousRange,
  type DateRange,
  type PeriodKind,
} from '../../core/rules/rollups';

export interface LabelledRange extends DateRange {
  label: string;
}

export function comparedRanges(p: z.output<typeof periodInput>): {
  period: LabelledRange;
  previous: LabelledRange;
  lastYear: LabelledRange;
} {
  const kind: PeriodKind = p.kind;
  const period = periodRange(kind, p.anchor, p.to);
  const previous = previousRange(kind, period);
  const lastYear = lastYearRange(period);
  return {
    period: { ...period, label: periodLabel(kind, period) },
    previous: { ...previous, label: periodLabel(kind, previous) },
    lastYear: { ...lastYear, label: periodLabel(kind, lastYear) },
  };
}
