/**
 * Cancels a booking and frees its slot for the next booker. Company staff until the cutoff;
 * the consultant, the chief or an admin at any time, with a reason the company is told.
 * Nothing is deleted: the booking keeps its history and shows as cancelled.
 */
import type { BookingDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { actsForCompany, changeCheck } from '../access';
import { bookingTarget } from '../../_shared/bookings';
import { cancelBooking } from '../../_shared/bookings';
import { cancelledNotices } from '../notices';
import { invalidField } from '../../_shared/errors';
import { bookingRulesOf } from '../station';
import { bookingView } from '../views';

export default handler('consult', 'cancelBooking', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await mustGet<BookingDoc>(ctx.store, 'bookings', input.bookingId);
  ctx.authorize(bookingTarget(before));
  const reason = input.reason || undefined;
  if (!reason && !actsForCompany(ctx)) {
    throw invalidField('reason', '取消原因', '请填写取消原因，企业会收到通知');
  }
  const station = await mustGet<StationDoc>(ctx.store, 'stations', before.stationId);
  const now = ctx.clock.now();
  const after = await cancelBooking(ctx.store, before._id, changeCheck(ctx, now, bookingRulesOf(station), '取消'), {
    at: now,
    by: caller.userId,
    byName: caller.displayName,
    event: 'cancelled',
    ...(reason ? { note: reason } : {}),
  });
  await ctx.audit('cancel', after._id, { reason });
  await ctx.notifyAll(cancelledNotices(after, caller, reason));
  return bookingView(after);
});
