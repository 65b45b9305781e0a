/**
 * A station's statistics for a period, beside the previous period and the same period last year:
 * consultations, visits, requests, trainings, satisfaction and expert assignments, each with its
 * chart data, and the trend. A chief reads their station, an admin the station they name; a
 * liaison or expert (the policy's 'assigned' scope) only their own work.
 *
 * Figures are sums of rollup buckets (cloudfunctions/_shared/rollups.ts): a bounded read per
 * range, whatever the history's length. The view first lets the rollup catch up with what
 * changed since the timer's last run (a small budget), so a record just written is counted.
 */
import { AppError } from '../../../core/errors';
import { actingRule } from '../../../core/policy';
import { KEY_FLAG } from '../../../core/enums';
import { K, personScope, stationScope, byPrefix } from '../../../core/rules/rollups';
import { statSections, TREND_SERIES, type CurrentFacts } from '../../../core/rules/stat-figures';
import { notVisitedCutoff, PENDING_VISIT_DAYS } from '../../../core/rules/ledger';
import type { CompanyDoc, StationDoc, UserDoc } from '../../../core/store/docs';
import type { Store } from '../../../core/ports';
import { countersFor, rollUp, trendFor } from '../../_shared/rollups';
import { findAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { comparedRanges } from '../periods';

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

export default handler('stats', 'stationStats', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const rule = actingRule('stats', 'stationStats', caller);
  const own = rule?.scope === 'assigned';
  const stationId = own ? (caller.acting?.stationId ?? null) : (input.stationId ?? caller.acting?.stationId ?? null);
  if (!own) {
    if (!stationId) throw new AppError('INVALID_INPUT', '请选择要查看统计的站点', { stationId: '站点：请选择站点' });
    ctx.authorize({ stationId });
  }
  const station = stationId ? await mustGet<StationDoc>(ctx.store, 'stations', stationId) : null;
  const scope = own ? personScope(caller.userId) : stationScope(stationId!);

  await rollUp(ctx, VIEW_CATCH_UP);
  const ranges = comparedRanges(input.period);
  const [current, previous, lastYear, trend] = await Promise.all([
    countersFor(ctx.store, scope, ranges.period),
    countersFor(ctx.store, scope, ranges.previous),
    countersFor(ctx.store, scope, ranges.lastYear),
    trendFor(ctx.store, scope, ranges.period),
  ]);
  const consultants = byPrefix(current, K.consultBy).map(([id]) => id);
  const names = await namesOf(ctx.store, consultants);
  const visited = new Set(byPrefix(current, K.visitCompany).map(([id]) => id));
  const facts = own || !stationId ? null : await currentFacts(ctx.store, stationId, ctx.clock.now(), visited);

  return {
    scopeName: own ? `我的工作（${caller.displayName}）` : station!.name,
    stationId,
    period: ranges.period,
    previous: ranges.previous,
    lastYear: ranges.lastYear,
    sections: statSections([current, previous, lastYear], names, facts),
    trend: {
      grain: trend.grain,
      points: trend.points.map((p) => p.period),
      series: TREND_SERIES.map((s) => ({ name: s.name, values: trend.points.map((p) => p.c[s.key] ?? 0) })),
    },
  };
});
