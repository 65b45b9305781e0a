/**
 * Moves a booking to another slot (and possibly another consultant of the same station),
 * atomically: the new slot is held and the old one freed, or nothing changes.
 * Same permissions as cancelling; the new slot is checked like a new booking.
 */
import type { BookingDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { bookingTarget } from '../../_shared/bookings';
import { changeCheck } from '../access';
import { moveBooking } from '../../_shared/bookings';
import { rescheduledNotices } from '../notices';
import { slotText } from '../../_shared/booking-notices';
import { checkSlot } from '../slot-check';
import { invalidField } from '../../_shared/errors';
import { bookingRulesOf } from '../station';
import { openStation } from '../../_shared/stations';
import { bookingView } from '../views';

export default handler('consult', 'rescheduleBooking', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await mustGet<BookingDoc>(ctx.store, 'bookings', input.bookingId);
  ctx.authorize(bookingTarget(before));
  const station = await openStation(ctx.store, before.stationId);
  const rules = bookingRulesOf(station);
  const now = ctx.clock.now();
  const consultantId = input.consultantId ?? before.consultantId;
  const { availability, slot } = await checkSlot(ctx.store, {
    station,
    consultantId,
    slotStart: input.slotStart,
    now,
    rules,
    slotLabel: '新时段',
  });
  if (consultantId === before.consultantId && slot.start === before.start) {
    throw invalidField('slotStart', '新时段', '新时段与原时段相同，请选择其他时段');
  }
  const moved = await moveBooking(
    ctx.store,
    before._id,
    changeCheck(ctx, now, rules, '改期'),
    { consultantId, consultantName: availability.consultantName, slot },
    (current) => ({
      at: now,
      by: caller.userId,
      byName: caller.displayName,
      event: 'rescheduled',
      note: `${current.consultantName} ${slotText(current)} → ${availability.consultantName} ${slotText(slot)}`,
    }),
  );
  await ctx.audit('reschedule', before._id, { from: moved.before.start, to: slot.start, consultantId });
  await ctx.notifyAll(rescheduledNotices(moved.before, moved.after, caller));
  return bookingView(moved.after);
});
