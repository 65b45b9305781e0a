/**
 * How times are shown: always Shanghai wall-clock time (formatShanghai), whatever the time zone
 * of the phone. A 09:00 slot is "09:00" in Beijing, New York and on the server.
 */
import { WEEKDAY_LABELS, formatShanghai, isoWeekday, shanghaiDate } from '@core/rules/time';

/** "09:00" */
export const clockOf = (ms: number) => formatShanghai(ms, 'HH:mm');

/** "09:00–09:30" */
export const timeRange = (start: number, end: number) => `${clockOf(start)}–${clockOf(end)}`;

/** "周一" of a Shanghai date "YYYY-MM-DD". */
export const weekdayOf = (date: string) => WEEKDAY_LABELS[isoWeekday(date)] ?? '';

/** "2026-11-23 周一" */
export const dayLabel = (date: string) => `${date} ${weekdayOf(date)}`;

/** "2026-11-23 周一" of an instant. */
export const dayOf = (ms: number) => dayLabel(shanghaiDate(ms));

/** "2026-11-23 周一 09:00–09:30" */
export const whenOf = (start: number, end: number) => `${dayOf(start)} ${timeRange(start, end)}`;

/** "2026-11-23 09:00" (history entries, update times). */
export const stampOf = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD HH:mm');

/** "2小时" / "30分钟" / "1天" */
export function durationLabel(minutes: number): string {
  if (minutes % (24 * 60) === 0 && minutes > 0) return `${minutes / (24 * 60)}天`;
  if (minutes % 60 === 0 && minutes > 0) return `${minutes / 60}小时`;
  return `${minutes}分钟`;
}
