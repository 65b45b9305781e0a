/** Reading bookings: one by id, or a page of the acting role's own (bookings-query.ts has the scopes). */
import type { BookingDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { bookingTarget } from '../../_shared/bookings';
import { bookingsQuery } from '../bookings-query';
import { bookingDetailView, bookingView } from '../views';

export const getBooking = handler('consult', 'getBooking', async (ctx, input) => {
  const booking = await mustGet<BookingDoc>(ctx.store, 'bookings', input.bookingId);
  ctx.authorize(bookingTarget(booking));
  return bookingDetailView(ctx.files, booking);
});

export const listBookings = handler('consult', 'listBookings', async (ctx, input) => {
  const { where, orderBy } = bookingsQuery(ctx.requireCaller(), input);
  return findPage<BookingDoc, ReturnType<typeof bookingView>>(
    ctx.store,
    'bookings',
    where,
    orderBy,
    input,
    bookingView,
  );
});
