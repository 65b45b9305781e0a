/**
 * 专家库: the roster a chief (experts serving the station they act for) or an admin (all, or one
 * station's) searches by speciality, industry, station, status and availability today; each row
 * with the expert's workload and on-time rate. Waiting for 备案 first, then filed, then the rest;
 * by name within each.
 *
 * The roster is read by status over its index (status, _id) — a city's roster is a few hundred
 * entries, read in pages of 1000 — filtered (roster-filter.ts) and paged in memory; the workload
 * is counted only for the page shown.
 */
import type { ExpertStatus } from '../../../core/enums';
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { rosterMatcher, rosterStation, rosterWhere } from '../roster-filter';
import { todayOf } from '../roster';
import { rowView, stationNamesOf, workloadOf } from '../views';

const ORDER: Record<ExpertStatus, number> = { submitted: 0, filed: 1, returned: 2, draft: 3, exited: 4, removed: 5 };

export default handler('expert', 'listExperts', async (ctx, input) => {
  const stationId = rosterStation(ctx.requireCaller(), input.stationId);
  const today = todayOf(ctx);
  const all = await findAll<ExpertProfileDoc>(ctx.store, 'expert_profiles', rosterWhere(input), [['_id', 'asc']]);
  const matching = all
    .filter(rosterMatcher(input, stationId, today))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name, 'zh-CN'));
  const start = (input.page - 1) * input.pageSize;
  const shown = matching.slice(start, start + input.pageSize);
  const [names, loads] = await Promise.all([
    stationNamesOf(ctx.store, shown),
    Promise.all(shown.map((p) => workloadOf(ctx.store, p._id))),
  ]);
  return {
    items: shown.map((p, i) => rowView(p, names, today, loads[i]!)),
    total: matching.length,
    page: input.page,
    pageSize: input.pageSize,
  };
});
