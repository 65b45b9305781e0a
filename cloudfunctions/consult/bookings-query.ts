/**
 * The bookings' query, for the list (consult.listBookings) and its export (consult.exportBookings):
 * the acting role's scope from the action's own POLICY row, each shape served by a declared index
 * on bookings (core/store/schema.ts): company staff see their company's, newest first; a liaison
 * or expert their own at the station they act for, and a chief the station's, soonest first; an
 * admin all of them.
 */
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import { scopeWhere, type ScopeFields } from '../_shared/scope';
import { readsAsCompany } from '../_shared/views';

/** Where a booking's station, company and consultant are (POLICY's scopes for the bookings). */
const SCOPE_FIELDS: ScopeFields = { station: 'stationId', company: 'companyId', assigned: 'consultantId' };

export type BookingFilters = ParsedInputOf<'consult', 'exportBookings'>;

export function bookingsQuery(
  caller: Caller,
  input: BookingFilters,
  action: 'listBookings' | 'exportBookings' = 'listBookings',
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where: Where = { ...scopeWhere('consult', action, caller, SCOPE_FIELDS, '您没有可查看的预约') };
  // A company looks back over its bookings; the station plans ahead.
  const direction: 'asc' | 'desc' = readsAsCompany(caller) ? 'desc' : 'asc';
  if (input.status) where.status = input.status;
  if (input.from !== undefined || input.to !== undefined) {
    where.start = {
      ...(input.from !== undefined ? { $gte: input.from } : {}),
      ...(input.to !== undefined ? { $lt: input.to } : {}),
    };
  }
  return { where, orderBy: [['start', direction]] };
}
