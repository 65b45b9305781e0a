/** Who may see and change a booking (policy scopes plus the company's cutoff). */
import { AppError } from '../../core/errors';
import type { BookingRules } from '../../core/rules/slots';
import { MINUTE_MS } from '../../core/rules/time';
import type { BookingDoc } from '../../core/store/docs';
import { bookingTarget } from '../_shared/bookings';
import type { HandlerContext } from '../_shared/runtime';

/** Company staff change a booking through the company's side; everyone else through the station's. */
export const actsForCompany = (ctx: HandlerContext) => ctx.caller?.acting?.role === 'company';

/**
 * The check cancel and reschedule run on the booking as read inside their transaction:
 * the caller must still own it, and company staff may change it only until the notice cutoff
 * (the notice a new booking needs), after which only the station can, so the consultant is
 * not left waiting for nobody.
 */
export function changeCheck(
  ctx: HandlerContext,
  now: number,
  rules: BookingRules,
  change: '取消' | '改期',
): (current: BookingDoc) => void {
  const byCompany = actsForCompany(ctx);
  return (current) => {
    ctx.authorize(bookingTarget(current));
    if (byCompany && now > current.start - rules.minNoticeMinutes * MINUTE_MS) {
      throw new AppError('CONFLICT', `已过可${change}时间，请联系工作站`);
    }
  };
}
