/**
 * 专家库 to Excel: every expert the roster shows as filtered (roster-filter.ts, the list's own
 * filters and station scope, by this action's own POLICY row: a chief the experts serving their
 * station, an admin all or one station's). Streamed in id order over the roster's (status, _id)
 * index, a page at a time, rather than the list's status-then-name order, which needs the whole
 * roster in memory to sort; the status column sorts it in Excel.
 */
import type { ExpertProfileDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { EXPERT_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { todayOf } from '../roster';
import { rosterMatcher, rosterStation, rosterWhere } from '../roster-filter';

async function* keep<T>(rows: AsyncIterable<T>, wanted: (row: T) => boolean): AsyncGenerator<T> {
  for await (const row of rows) if (wanted(row)) yield row;
}

export default handler('expert', 'exportExperts', async (ctx, input) => {
  const stationId = rosterStation(ctx.requireCaller(), input.stationId, 'exportExperts');
  const roster = scanAll<ExpertProfileDoc>(ctx.store, 'expert_profiles', rosterWhere(input), ['_id', 'asc']);
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '专家库',
    columns: EXPERT_COLUMNS,
    rows: keep(roster, rosterMatcher(input, stationId, todayOf(ctx))),
    event: 'export_experts',
    detail: input,
  });
});
