/**
 * 需求队列 to Excel: every request the queue shows as filtered (status, category, urgency, overdue;
 * the same query, scoped by this action's own POLICY row: a liaison or chief the station's, an
 * admin all or one station's), read a page at a time by keyset, never cut at 1000 rows.
 */
import type { ServiceRequestDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { REQUEST_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { requestsQuery } from '../queries';

export default handler('request', 'exportRequests', async (ctx, input) => {
  // Newest first whatever order the queue is read in (most urgent, soonest due): a workbook is
  // sorted in Excel, and by submission time it reads as the station's record of its requests.
  const { where, orderBy } = requestsQuery(ctx.requireCaller(), { ...input, order: 'newest' }, 'exportRequests');
  const stationId = typeof where.stationId === 'string' ? where.stationId : undefined;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '服务需求',
    columns: REQUEST_COLUMNS,
    rows: scanAll<ServiceRequestDoc>(ctx.store, 'service_requests', where, orderBy[0]!),
    event: 'export_requests',
    detail: input,
  });
});
