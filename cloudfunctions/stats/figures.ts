/**
 * One scope's figures for a period beside the previous one and the same one last year: what the
 * statistics page shows and the 月报 workbook writes on its first sheet. Sums of rollup buckets
 * (a bounded read per range), plus the ledger's figures as they are now for a station.
 */
import type { z } from 'zod';
import type { periodInput } from '../../core/contract/stats';
import { KEY_FLAG } from '../../core/enums';
import type { Store } from '../../core/ports';
import { notVisitedCutoff } from '../../core/rules/ledger';
import { PENDING_VISIT_DAYS } from '../../core/rules/todos';
import { byPrefix, K } from '../../core/rules/rollups';
import { statSections, TREND_SERIES, type CurrentFacts, type StatSection } from '../../core/rules/stat-figures';
import type { CompanyDoc, UserDoc } from '../../core/store/docs';
import { findAll } from '../_shared/paging';
import { countersFor, rollUp, trendFor } from '../_shared/rollups';
import { comparedRanges, type LabelledRange } from './periods';

/** Records a view may bring up to date itself before it reads (the timer does the rest). */
export const VIEW_CATCH_UP = 500;

async function namesOf(store: Store, ids: string[]): Promise<Record<string, string>> {
  const users = await Promise.all(ids.map((id) => store.get<UserDoc>('users', id)));
  return Object.fromEntries(users.flatMap((u) => (u ? [[u._id, u.displayName]] : [])));
}

/** The ledger as it is now: 待走访, and how much of each key-enterprise list the period's visits reached. */
async function currentFacts(store: Store, stationId: string, now: number, visited: Set<string>): Promise<CurrentFacts> {
  const pendingVisits = await store.count('companies', {
    stationId,
    lastVisitAt: { $lt: notVisitedCutoff(now, PENDING_VISIT_DAYS) },
  });
  const keyLists: CurrentFacts['keyLists'] = [];
  for (const flag of KEY_FLAG.values) {
    const listed = await findAll<CompanyDoc>(store, 'companies', { stationId, [`keyFlags.${flag}`]: true });
    if (listed.length === 0) continue;
    keyLists.push({ flag, total: listed.length, visited: listed.filter((c) => visited.has(c._id)).length });
  }
  return { pendingVisits, keyLists };
}

export interface Figures {
  /** The rollup has more to catch up than a view waits for: the latest records may be missing. */
  updating: boolean;
  period: LabelledRange;
  previous: LabelledRange;
  lastYear: LabelledRange;
  sections: StatSection[];
  trend: { grain: 'd' | 'm'; points: string[]; series: Array<{ name: string; values: number[] }> };
}

/**
 * The figures of `scope` (a station's or a person's) for `period`. `stationId` adds the ledger's
 * current facts (a station's statistics only). The rollup catches up first: within a budget for a
 * view (`complete` false: the timer does the rest, and the view says so), entirely for a report.
 */
export async function figuresOf(
  ports: { store: Store; clock: { now(): number } },
  scope: string,
  period: z.output<typeof periodInput>,
  stationId: string | null,
  complete = false,
): Promise<Figures> {
  const { store, clock } = ports;
  let caught = await rollUp(ports, VIEW_CATCH_UP);
  while (complete && caught.more) caught = await rollUp(ports, VIEW_CATCH_UP);
  const ranges = comparedRanges(period);
  const [current, previous, lastYear, trend] = await Promise.all([
    countersFor(store, scope, ranges.period),
    countersFor(store, scope, ranges.previous),
    countersFor(store, scope, ranges.lastYear),
    trendFor(store, scope, ranges.period),
  ]);
  const names = await namesOf(
    store,
    byPrefix(current, K.consultBy).map(([id]) => id),
  );
  const visited = new Set(byPrefix(current, K.visitCompany).map(([id]) => id));
  const facts = stationId ? await currentFacts(store, stationId, clock.now(), visited) : null;
  return {
    updating: caught.more,
    ...ranges,
    sections: statSections([current, previous, lastYear], names, facts),
    trend: {
      grain: trend.grain,
      points: trend.points.map((p) => p.period),
      series: TREND_SERIES.map((s) => ({ name: s.name, values: trend.points.map((p) => p.c[s.key] ?? 0) })),
    },
  };
}
