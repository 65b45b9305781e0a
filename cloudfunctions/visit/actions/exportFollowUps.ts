/**
 * 回访 to Excel: every follow-up of the station the chief acts for — open and done, the tabs of
 * 我的回访 in one sheet — by due date, oldest first, with who owes it and what was recorded.
 */
import type { FollowUpDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { FOLLOW_UP_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { scopeWhere } from '../../_shared/scope';
import { stationOwner } from '../../_shared/stations';

export default handler('visit', 'exportFollowUps', async (ctx) => {
  // The policy admits the chief only (scope 'station'): the station's follow-ups, whoever owes them.
  const where = scopeWhere('visit', 'exportFollowUps', ctx.requireCaller(), { station: 'stationId' }) ?? {};
  const stationId = typeof where.stationId === 'string' ? where.stationId : undefined;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '回访',
    columns: FOLLOW_UP_COLUMNS,
    rows: scanAll<FollowUpDoc>(ctx.store, 'follow_ups', where, ['dueDate', 'asc']),
    event: 'export_follow_ups',
  });
});
