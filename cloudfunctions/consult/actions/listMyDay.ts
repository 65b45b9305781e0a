/**
 * 今日咨询: the bookings of one Shanghai day (today by the Clock unless a date is given) of the
 * acting consultant at their station, or of the whole station for its chief, soonest first.
 * Every status is listed (a cancellation this morning is news too); a done booking carries the
 * id of its archive record.
 */
import { addDays, shanghaiDate, shanghaiInstant } from '../../../core/rules/time';
import type { BookingDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { scopeWhere, type ScopeFields } from '../../_shared/scope';
import { bookingRecordId } from '../../_shared/bookings';
import { bookingView } from '../views';

/** Where a booking's station and consultant are (POLICY's scopes for listMyDay). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', assigned: 'consultantId' };

export default handler('consult', 'listMyDay', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const scope = scopeWhere(
    'consult',
    'listMyDay',
    caller,
    SCOPE_FIELDS,
    '请在"我的"页面切换到工作站身份后查看今日咨询',
  );
  const now = ctx.clock.now();
  const date = input.date ?? shanghaiDate(now);
  // Served by (stationId, start) for a chief, (consultantId, stationId, start) for a consultant.
  const where: Where = { ...scope, start: { $gte: shanghaiInstant(date), $lt: shanghaiInstant(addDays(date, 1)) } };
  const docs = await findAll<BookingDoc>(ctx.store, 'bookings', where, [['start', 'asc']]);
  const bookings = docs.map((d) => ({
    ...bookingView(d),
    ...(d.status === 'done' ? { recordId: bookingRecordId(d._id) } : {}),
  }));
  return { date, now, bookings };
});
