/**
 * Time in Asia/Shanghai. Stored times are epoch milliseconds (UTC); days, weekdays and wall
 * clock times are Shanghai's, whatever the time zone of the server or the phone.
 *
 * China Standard Time is UTC+8 with no daylight saving since 1991, so the offset is fixed and
 * applied with dayjs's utc plugin alone. The timezone plugin needs Intl time-zone data that
 * WeChat's JS engines do not reliably have; tests/core/time.test.ts checks the two agree.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);

export const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const OFFSET_MS = SHANGHAI_OFFSET_MINUTES * 60_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export const isDate = (s: string) => DATE.test(s) && dayjs.utc(s).format('YYYY-MM-DD') === s;
export const isClock = (s: string) => CLOCK.test(s);

/** Minutes since midnight of an "HH:mm" wall-clock time. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/** The instant of a Shanghai wall-clock time: `shanghaiInstant('2026-11-23', '09:00')` is 01:00 UTC. */
export function shanghaiInstant(date: string, hhmm = '00:00'): number {
  return dayjs.utc(`${date}T${hhmm}:00Z`).valueOf() - OFFSET_MS;
}

/** Formats an instant as Shanghai wall-clock time (dayjs format tokens; zh-cn names). */
export function formatShanghai(ms: number, format = 'YYYY-MM-DD HH:mm'): string {
  return dayjs
    .utc(ms + OFFSET_MS)
    .locale('zh-cn')
    .format(format);
}

/** The Shanghai calendar date ("YYYY-MM-DD") of an instant. */
export const shanghaiDate = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD');

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(date: string): number {
  const d = dayjs.utc(date).day();
  return d === 0 ? 7 : d;
}

export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
