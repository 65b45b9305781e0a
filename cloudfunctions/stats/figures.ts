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
import type { UserDoc } from '../../core/store/docs';
import { catchUp, countersFor, rollUp, trendFor } from '../_shared/rollups';
import { comparedRanges, type LabelledRange } from './periods';

/** Records a view may bring up to date itself before it reads (the timer does the rest). */
export const VIEW_CATCH_UP = 500;

async function namesOf(store: Store, ids: string[]): Promise<Record<string, string>> {
  const users = await Promise.all(ids.map((id) => store.get<UserDoc>('users', id)));
  return Object.fromEntries(users.flatMap((u) => (u ? [[u._id, u.displayName]] : [])));
}

/** Visited companies are checked against a key list this many ids at a time. */
const ID_CHUNK = 500;

/**
 * The ledger as it is now: 待走访, and how much of each key-enterprise list the period's visits
 * reached. Counts only (index stationId, keyFlags.<flag>): the list's size, and how many of the
 * period's visited companies are on it.
 */
async function currentFacts(store: Store, stationId: string, now: number, visited: string[]): Promise<CurrentFacts> {
  const pendingVisits = await store.count('companies', {
    stationId,
    lastVisitAt: { $lt: notVisitedCutoff(now, PENDING_VISIT_DAYS) },
  });
  const keyLists: CurrentFacts['keyLists'] = [];
  for (const flag of KEY_FLAG.values) {
    const onList = { stationId, [`keyFlags.${flag}`]: true };
    const total = await store.count('companies', onList);
    if (total === 0) continue;
    let reached = 0;
    for (let i = 0; i < visited.length; i += ID_CHUNK) {
      reached += await store.count('companies', { ...onList, _id: { $in: visited.slice(i, i + ID_CHUNK) } });
    }
    keyLists.push({ flag, total, visited: reached });
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
  let caught = await catchUp(ports, VIEW_CATCH_UP);
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
  const visited = byPrefix(current, K.visitCompany).map(([id]) => id);
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
