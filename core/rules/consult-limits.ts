/**
 * Limits of consultations (availability, booking rules, bookings), shared by the consult contract
 * and the pages' forms (zod-free), so a form refuses exactly what the server refuses.
 */
import { DAY_MS, MINUTE_MS } from './time';

/** A booking's question (问题描述), in characters. */
export const BOOKING_QUESTION_MIN = 5;
export const BOOKING_QUESTION_MAX = 1000;
/** Why a booking was cancelled. */
export const CANCEL_REASON_MAX = 200;
/** A weekly rule's or an extra date's place, and a date exception's note. */
export const PLACE_MAX = 60;
export const EXCEPTION_NOTE_MAX = 60;
/** Length of one slot, in minutes. */
export const SLOT_MINUTES_MIN = 10;
export const SLOT_MINUTES_MAX = 240;
/** A station's booking rules: notice at most a week, horizon at most 90 days, 1–20 open bookings. */
export const MIN_NOTICE_MINUTES_MAX = (7 * DAY_MS) / MINUTE_MS;
export const HORIZON_DAYS_MAX = 90;
export const MAX_OPEN_PER_COMPANY_MAX = 20;
