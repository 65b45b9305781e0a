/**
 * consult: availability, slots, booking, cancelling and rescheduling, the bookings and their
 * export, the day's list and no-shows. One module per action (or close family).
 */
import type { Handlers } from '../_shared/runtime';
import { getAvailability, listConsultants, listStationMembers, saveAvailability } from './actions/availability';
import book from './actions/book';
import { getBooking, listBookings } from './actions/bookings';
import { getBookingRules, setBookingRules } from './actions/bookingRules';
import cancelBooking from './actions/cancelBooking';
import exportBookings from './actions/exportBookings';
import listMyDay from './actions/listMyDay';
import listSlots from './actions/listSlots';
import markNoShow from './actions/markNoShow';
import rescheduleBooking from './actions/rescheduleBooking';

export const handlers: Handlers<'consult'> = {
  getAvailability,
  saveAvailability,
  getBookingRules,
  setBookingRules,
  listConsultants,
  listStationMembers,
  listSlots,
  book,
  cancelBooking,
  rescheduleBooking,
  getBooking,
  listBookings,
  exportBookings,
  listMyDay,
  markNoShow,
};
