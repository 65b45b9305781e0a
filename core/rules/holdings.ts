/** IP holdings (001 appendix A): counts per kind, never negative (zod-free; contract and forms share it). */
import { HOLDING_KIND, type HoldingKind } from '../enums';

/** A company's figure per kind (stored on the company, its history and a visit: core/store/docs.ts). */
export type Holdings = Record<HoldingKind, number>;

export const HOLDING_MAX = 1_000_000;

export function emptyHoldings(): Holdings {
  return Object.fromEntries(HOLDING_KIND.values.map((k) => [k, 0])) as Holdings;
}

/** The kinds whose figure differs between two snapshots. */
export function changedKinds(before: Holdings, after: Holdings): HoldingKind[] {
  return HOLDING_KIND.values.filter((k) => (before[k] ?? 0) !== (after[k] ?? 0));
}
