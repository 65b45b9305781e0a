/** Reading bookings: one by id, or a page of the acting role's own. */
import type { ParsedInputOf } from '../../../core/contract';
import type { Caller } from '../../../core/ports';
import type { BookingDoc } from '../../../core/store/docs';
import type { FindOptions, Where } from '../../../core/store/query';
import { findPage } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { scopeWhere, type ScopeFields } from '../../_shared/scope';
import { readsAsCompany } from '../../_shared/views';
import { bookingTarget } from '../../_shared/bookings';
import { bookingDetailView, bookingView } from '../views';

export const getBooking = handler('consult', 'getBooking', async (ctx, input) => {
  const booking = await mustGet<BookingDoc>(ctx.store, 'bookings', input.bookingId);
  ctx.authorize(bookingTarget(booking));
  return bookingDetailView(ctx.files, booking);
});

/** Where a booking's station, company and consultant are (POLICY's scopes for listBookings). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'consultantId' };

type ListInput = ParsedInputOf<'consult', 'listBookings'>;

/**
 * The query over the acting role's scope from POLICY, each served by a declared index on
 * bookings (core/store/schema.ts): company staff see their company's, newest first; a liaison
 * or expert their own at the station they act for, and a chief the station's, soonest first;
 * an admin all of them.
 */
export function bookingsQuery(caller: Caller, input: Omit<ListInput, 'page' | 'pageSize'>) {
  const where: Where = { ...scopeWhere('consult', 'listBookings', caller, SCOPE_FIELDS, '您没有可查看的预约') };
  // A company looks back over its bookings; the station plans ahead.
  const direction: 'asc' | 'desc' = readsAsCompany(caller) ? 'desc' : 'asc';
  if (input.status) where.status = input.status;
  if (input.from !== undefined || input.to !== undefined) {
    where.start = {
      ...(input.from !== undefined ? { $gte: input.from } : {}),
      ...(input.to !== undefined ? { $lt: input.to } : {}),
    };
  }
  const orderBy: NonNullable<FindOptions['orderBy']> = [['start', direction]];
  return { where, orderBy };
}

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
