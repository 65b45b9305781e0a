/** checkin: one typed function per action (check-in at the venue, 现场签到). */
import { call } from './call';

export const getCode = call('checkin', 'getCode');
export const checkIn = call('checkin', 'checkIn');
export const manualCheckIn = call('checkin', 'manualCheckIn');
export const getLiveCount = call('checkin', 'getLiveCount');
export const listAttendees = call('checkin', 'listAttendees');
