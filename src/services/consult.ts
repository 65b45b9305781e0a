/** consult: one typed function per action (availability, slots, bookings, the day, no-shows). */
import { call } from './call';

export const getAvailability = call('consult', 'getAvailability');
export const saveAvailability = call('consult', 'saveAvailability');
export const getBookingRules = call('consult', 'getBookingRules');
export const setBookingRules = call('consult', 'setBookingRules');
export const listConsultants = call('consult', 'listConsultants');
export const listStationMembers = call('consult', 'listStationMembers');
export const listSlots = call('consult', 'listSlots');
export const book = call('consult', 'book');
export const cancelBooking = call('consult', 'cancelBooking');
export const rescheduleBooking = call('consult', 'rescheduleBooking');
export const getBooking = call('consult', 'getBooking');
export const listBookings = call('consult', 'listBookings');
export const exportBookings = call('consult', 'exportBookings');
export const listMyDay = call('consult', 'listMyDay');
export const markNoShow = call('consult', 'markNoShow');
