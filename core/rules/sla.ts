/**
 * The two-day answer (004 §8.4 c): an expert (or whoever a request is assigned to) responds —
 * accepts or declines — within 2 days of being told. One rule decides when that is due, in
 * Shanghai time, whatever the server's time zone.
 *
 * Until an admin sets a work calendar, the 2 days are calendar days: 48 hours from the notice.
 * With a calendar, only working time counts: Monday to Friday, minus the public holidays it lists,
 * plus the 调休 weekend days it lists as working days. The count runs through the working part of
 * each day, so a notice on Friday 15:00 before a weekend is due on Tuesday 15:00, and one given on
 * a holiday starts counting at the next working day's midnight (due at the end of the second).
 *
 * Escalation: still unanswered one day after it was due, the admin is told (ESCALATE_AFTER_MS).
 */
import { addDays, DAY_MS, isoWeekday, shanghaiDate, shanghaiInstant } from './time';

/** 2日内及时响应. */
export const RESPONSE_DAYS = 2;
/** An overdue answer is escalated to the admin one (calendar) day after it was due. */
export const ESCALATE_AFTER_MS = DAY_MS;
/** How far the count may look ahead for working days before giving up (a calendar of all holidays). */
const MAX_DAYS_SCANNED = 60;

/** The admin's calendar of one or more years: Shanghai dates "YYYY-MM-DD". */
export interface WorkCalendar {
  /** Public holidays (法定节假日): not working days, even on a weekday. */
  holidays: readonly string[];
  /** 调休: weekend days that are working days. */
  workdays: readonly string[];
}

/** Whether a Shanghai date is a working day under the calendar (no calendar: every day counts). */
export function isWorkingDay(date: string, calendar: WorkCalendar | null): boolean {
  if (!calendar) return true;
  if (calendar.holidays.includes(date)) return false;
  if (calendar.workdays.includes(date)) return true;
  return isoWeekday(date) <= 5;
}

/**
 * When an answer to a notice given at `noticeAt` is due: RESPONSE_DAYS of working time later
 * (calendar time without a calendar).
 */
export function responseDueAt(noticeAt: number, calendar: WorkCalendar | null): number {
  return workingTimeLater(noticeAt, RESPONSE_DAYS, calendar);
}

/**
 * `days` days of working time after `start` under the calendar (calendar days without one): the
 * one count behind every time limit in working days (the two-day answer, a complaint's answer).
 */
export function workingTimeLater(start: number, days: number, calendar: WorkCalendar | null): number {
  if (!calendar) return start + days * DAY_MS;
  let remaining = days * DAY_MS;
  let date = shanghaiDate(start);
  let from = start;
  for (let i = 0; i < MAX_DAYS_SCANNED; i++) {
    const next = addDays(date, 1);
    const endOfDay = shanghaiInstant(next);
    if (isWorkingDay(date, calendar)) {
      const available = endOfDay - from;
      if (available >= remaining) return from + remaining;
      remaining -= available;
    }
    date = next;
    from = endOfDay;
  }
  // A calendar with no working day in two months is a mistake; never leave a request without a due time.
  return start + days * DAY_MS;
}

/** Whether an answer due at `dueAt` is overdue at `now`. */
export const isOverdue = (dueAt: number, now: number) => now > dueAt;

/** Milliseconds left until `dueAt` (negative: overdue by that much). */
export const timeLeft = (dueAt: number, now: number) => dueAt - now;
