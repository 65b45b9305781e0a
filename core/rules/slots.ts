/**
 * Slot maths: a consultant's weekly pattern and date exceptions turned into bookable slots
 * (epoch ms), and the window a station allows bookings in. Pure: time comes in as arguments.
 */
import type { BookingRules, DateException, WeeklyRule } from '../contract/consult';
import type { Channel } from '../enums';
import { DAY_MS, MINUTE_MS, addDays, clockMinutes, isoWeekday, shanghaiInstant } from './time';

// The shapes are declared once, by the contract that validates them (types only: no zod here);
// the stored availability and station documents (core/store/docs.ts) use them from here.
export type { BookingRules, Channel, DateException, WeeklyRule };

export interface Slot {
  start: number;
  end: number;
  channel: Channel;
  location?: string;
}

function cut(
  date: string,
  start: string,
  end: string,
  slotMinutes: number,
  channel: Channel,
  location?: string,
): Slot[] {
  const out: Slot[] = [];
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  for (let m = from; m + slotMinutes <= to; m += slotMinutes) {
    const s = shanghaiInstant(date, '00:00') + m * MINUTE_MS;
    out.push({ start: s, end: s + slotMinutes * MINUTE_MS, channel, ...(location ? { location } : {}) });
  }
  return out;
}

/** The slots a pattern offers on one Shanghai date, in time order, without duplicates. */
export function slotsOn(date: string, rules: WeeklyRule[], exceptions: DateException[]): Slot[] {
  const today = exceptions.filter((e) => e.date === date);
  if (today.some((e) => e.kind === 'off')) return [];
  const weekday = isoWeekday(date);
  const slots = [
    ...rules
      .filter((r) => r.weekdays.includes(weekday))
      .flatMap((r) => cut(date, r.start, r.end, r.slotMinutes, r.channel, r.location)),
    ...today.flatMap((e) =>
      e.kind === 'extra' ? cut(date, e.start, e.end, e.slotMinutes, e.channel, e.location) : [],
    ),
  ];
  const byStart = new Map<number, Slot>();
  for (const s of slots) if (!byStart.has(s.start)) byStart.set(s.start, s);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

export const DEFAULT_BOOKING_RULES: BookingRules = { minNoticeMinutes: 120, horizonDays: 30, maxOpenPerCompany: 3 };

/** The instants a new booking may start in: [now + notice, now + horizon]. */
export function bookableWindow(now: number, rules: BookingRules): { from: number; to: number } {
  return { from: now + rules.minNoticeMinutes * MINUTE_MS, to: now + rules.horizonDays * DAY_MS };
}

export const isBookable = (slotStart: number, now: number, rules: BookingRules) => {
  const w = bookableWindow(now, rules);
  return slotStart >= w.from && slotStart <= w.to;
};

/** Does the pattern offer exactly this slot (start and length) on its date? */
export function offersSlot(date: string, start: number, rules: WeeklyRule[], exceptions: DateException[]): Slot | null {
  return slotsOn(date, rules, exceptions).find((s) => s.start === start) ?? null;
}

/** Dates from `first`, `count` days on. */
export function datesFrom(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}
