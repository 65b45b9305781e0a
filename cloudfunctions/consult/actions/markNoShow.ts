/**
 * The company did not come: the assigned consultant, the chief or an admin marks an open booking
 * as no-show once its start has passed. One transaction: status, history and the company's open
 * count given back; the slot's hold stays (the slot is in the past).
 */
import { AppError } from '../../../core/errors';
import type { BookingDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { bookingTarget } from '../../_shared/bookings';
import { noShowNotices } from '../../_shared/booking-notices';
import { closeBooking } from '../../_shared/bookings';
import { slotText } from '../../_shared/booking-notices';
import { bookingView } from '../views';

export default handler('consult', 'markNoShow', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await mustGet<BookingDoc>(ctx.store, 'bookings', input.bookingId);
  ctx.authorize(bookingTarget(before));
  const now = ctx.clock.now();
  const after = await closeBooking(
    ctx.store,
    before._id,
    'no_show',
    (current) => {
      ctx.authorize(bookingTarget(current));
      if (now < current.start) {
        throw new AppError('CONFLICT', `咨询尚未开始（${slotText(current)}），开始后才能标记未到场`);
      }
    },
    { at: now, by: caller.userId, byName: caller.displayName, event: 'no_show' },
  );
  await ctx.audit('no_show', after._id, { start: after.start });
  await ctx.notifyAll(noShowNotices(after, caller));
  return bookingView(after);
});
