/**
 * 咨询档案 to Excel: every record the archive list shows as filtered (the same query, scoped by
 * this action's own POLICY row: the chief the station's, an admin all or one station's), newest
 * first, with internal notes — read a page at a time by keyset, never cut at 1000 rows.
 */
import type { ConsultationRecordDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { RECORD_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { recordsQuery } from '../records-query';

export default handler('archive', 'exportRecords', async (ctx, input) => {
  const { where, orderBy } = recordsQuery(ctx.requireCaller(), input, 'exportRecords');
  const stationId = typeof where.stationId === 'string' ? where.stationId : undefined;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '咨询档案',
    columns: RECORD_COLUMNS,
    rows: scanAll<ConsultationRecordDoc>(ctx.store, 'consultation_records', where, orderBy[0]!),
    event: 'export_records',
    detail: input,
  });
});
