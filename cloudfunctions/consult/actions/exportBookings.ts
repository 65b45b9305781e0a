/**
 * 咨询预约 to Excel: every booking the list shows as filtered (status, a time range; the same
 * query, scoped by this action's own POLICY row: the chief the station's, an admin all), soonest
 * first, every status — read a page at a time by keyset, never cut at 1000 rows.
 */
import type { BookingDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { BOOKING_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { bookingsQuery } from '../bookings-query';

export default handler('consult', 'exportBookings', async (ctx, input) => {
  const { where, orderBy } = bookingsQuery(ctx.requireCaller(), input, 'exportBookings');
  const stationId = typeof where.stationId === 'string' ? where.stationId : undefined;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '咨询预约',
    columns: BOOKING_COLUMNS,
    rows: scanAll<BookingDoc>(ctx.store, 'bookings', where, orderBy[0]!),
    event: 'export_bookings',
    detail: input,
  });
});
