/**
 * checkin: check-in at the venue (现场签到) — the chief's rotating code, a trainee's scan, checking
 * in by hand, the live count and the sign-up list. One module per action.
 */
import type { Handlers } from '../_shared/runtime';
import checkIn from './actions/checkIn';
import getCode from './actions/getCode';
import getLiveCount from './actions/getLiveCount';
import listAttendees from './actions/listAttendees';
import manualCheckIn from './actions/manualCheckIn';

export const handlers: Handlers<'checkin'> = {
  getCode,
  checkIn,
  manualCheckIn,
  getLiveCount,
  listAttendees,
};
