/**
 * When a booked consultation is reminded: the "明天" reminder once it is less than 24 hours
 * ahead, the "一小时后" reminder once it is less than an hour ahead. A booking already within
 * the hour gets only the hour reminder (the day one would arrive together with it).
 */
import { DAY_MS, HOUR_MS } from './time';

export const REMINDER_KINDS = ['day', 'hour'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How far ahead of the start each reminder becomes due. */
export const REMINDER_LEAD: Record<ReminderKind, number> = { day: DAY_MS, hour: HOUR_MS };

/** The furthest ahead any reminder looks: the job's query window. */
export const REMINDER_WINDOW_MS = DAY_MS;

/** The reminder due at `now` for a booking starting at `start`, if any. */
export function dueReminder(start: number, now: number): ReminderKind | null {
  const ahead = start - now;
  if (ahead <= 0) return null;
  if (ahead <= REMINDER_LEAD.hour) return 'hour';
  if (ahead <= REMINDER_LEAD.day) return 'day';
  return null;
}

/** The id of the reminder's lock document: one reminder per booking, slot and kind. */
export const reminderId = (bookingId: string, start: number, kind: ReminderKind) => `${bookingId}:${start}:${kind}`;
