/**
 * 走访记录 to Excel: every visit the list shows as filtered (the same query, scoped by this
 * action's own POLICY row: the chief the station's, an admin any), newest first, with findings
 * and internal notes — the station's view only: company staff have no export.
 */
import type { VisitDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { VISIT_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { visitsQuery } from '../visits-query';

export default handler('visit', 'exportVisits', async (ctx, input) => {
  const { where, orderBy } = visitsQuery(ctx.requireCaller(), input, 'exportVisits');
  const stationId = typeof where.stationId === 'string' ? where.stationId : undefined;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '走访记录',
    columns: VISIT_COLUMNS,
    rows: scanAll<VisitDoc>(ctx.store, 'visits', where, orderBy[0]!),
    event: 'export_visits',
    detail: input,
  });
});
