/**
 * 专家库: the roster a chief (experts serving the station they act for) or an admin (all, or one
 * station's) searches by speciality, industry, station, status and availability today; each row
 * with the expert's workload and on-time rate. Waiting for 备案 first, then filed, then the rest;
 * by name within each.
 *
 * The array fields (stationIds, specialities, industries) cannot be filtered by the Store: its
 * equality is scalar-only (CloudBase would match an array element, SQLite compares the array's
 * JSON text, and the two must agree). So the roster is read by status over its index (status, _id)
 * — a city's roster is a few hundred entries, read in pages of 1000 — filtered and paged in
 * memory; the workload is counted only for the page shown.
 */
import { AppError } from '../../../core/errors';
import type { ExpertStatus } from '../../../core/enums';
import type { Caller } from '../../../core/ports';
import { awayUntil } from '../../../core/rules/expert-roster';
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { actingRule } from '../../../core/policy';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { todayOf } from '../roster';
import { rowView, stationNamesOf, workloadOf } from '../views';

const ORDER: Record<ExpertStatus, number> = { submitted: 0, filed: 1, returned: 2, draft: 3, exited: 4, removed: 5 };

/** The station the caller may list: a chief's own (asking for another is refused), an admin's choice. */
function stationScope(caller: Caller, asked: string | undefined): string | undefined {
  const rule = actingRule('expert', 'listExperts', caller);
  if (rule?.scope !== 'station') return asked;
  const own = caller.acting?.stationId;
  if (!own) throw new AppError('FORBIDDEN', '请在"我的"页面切换为站长身份后查看');
  if (asked && asked !== own) throw new AppError('FORBIDDEN', '您只能查看本站点的专家');
  return own;
}

export default handler('expert', 'listExperts', async (ctx, input) => {
  const stationId = stationScope(ctx.requireCaller(), input.stationId);
  const today = todayOf(ctx);
  const keyword = input.keyword?.toLowerCase();
  const all = await findAll<ExpertProfileDoc>(
    ctx.store,
    'expert_profiles',
    input.status ? { status: input.status } : {},
    [['_id', 'asc']],
  );
  const matching = all
    .filter((p) => !stationId || p.stationIds.includes(stationId))
    .filter((p) => !input.speciality || p.specialities.includes(input.speciality))
    .filter((p) => !input.industry || p.industries.includes(input.industry))
    .filter((p) => !input.available || !awayUntil(p, today))
    .filter((p) => !keyword || `${p.name} ${p.organisation}`.toLowerCase().includes(keyword))
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
