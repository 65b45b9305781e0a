/**
 * Changing a company's holdings: the company's figures and one holdings_history entry (who, when,
 * from where, old and new) are written in the caller's transaction, so the history always agrees
 * with the figures. Unchanged figures write nothing.
 */
import type { TxStore } from '../../core/ports';
import { changedKinds, emptyHoldings } from '../../core/rules/holdings';
import type { CompanyDoc, Holdings, HoldingsHistoryDoc } from '../../core/store/docs';

export async function changeHoldings(
  tx: TxStore,
  p: {
    company: CompanyDoc;
    after: Holdings;
    by: { id: string; name: string };
    source: HoldingsHistoryDoc['source'];
    /** Deterministic history id (e.g. `hh:<visitId>`), so a replay cannot add a second entry. */
    historyId: string;
    visitId?: string;
    now: number;
  },
): Promise<boolean> {
  const before = { ...emptyHoldings(), ...(p.company.holdings ?? {}) };
  const after = { ...before, ...p.after };
  if (changedKinds(before, after).length === 0) return false;
  const entry: HoldingsHistoryDoc = {
    _id: p.historyId,
    companyId: p.company._id,
    stationId: p.company.stationId,
    at: p.now,
    by: p.by.id,
    byName: p.by.name,
    source: p.source,
    ...(p.visitId ? { visitId: p.visitId } : {}),
    before,
    after,
  };
  await tx.insert('holdings_history', entry);
  await tx.updateById('companies', p.company._id, { set: { holdings: after } });
  return true;
}
