/**
 * The two-day answer's cases, shared by tests/core/sla.test.ts and the time-zone probe it runs in
 * child processes (tests/support/tz-sla-probe.ts): a notice given at a Shanghai wall-clock time,
 * under a work calendar or none, and when the answer is due (Shanghai wall-clock time).
 */
import type { WorkCalendar } from '../../core/rules/sla';
import { addDays } from '../../core/rules/time';

/** Every date from `from` to `to`, both included ("YYYY-MM-DD"). */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * A calendar built for the tests (not the State Council's real notice): New Year's Day 2026, the
 * National Day week 10-01..10-07 with the 调休 working Sunday 09-27 and Saturday 10-10, and New
 * Year's Day 2027 (a Friday).
 */
export const TEST_CALENDAR: WorkCalendar = {
  holidays: ['2026-01-01', ...dateRange('2026-10-01', '2026-10-07'), '2027-01-01'],
  workdays: ['2026-09-27', '2026-10-10'],
};

export interface SlaScenario {
  name: string;
  notice: [date: string, clock: string];
  calendar: 'none' | 'test';
  due: [date: string, clock: string];
}

export const SLA_SCENARIOS: SlaScenario[] = [
  // No calendar: 48 hours, weekends and holidays included.
  { name: 'no calendar, Friday', notice: ['2026-01-30', '15:00'], calendar: 'none', due: ['2026-02-01', '15:00'] },
  {
    name: 'no calendar, National Day',
    notice: ['2026-10-01', '10:00'],
    calendar: 'none',
    due: ['2026-10-03', '10:00'],
  },
  // Working days: the weekend is skipped, across the month end.
  { name: 'Friday 15:00', notice: ['2026-01-30', '15:00'], calendar: 'test', due: ['2026-02-03', '15:00'] },
  { name: 'Wednesday 09:30', notice: ['2026-01-28', '09:30'], calendar: 'test', due: ['2026-01-30', '09:30'] },
  { name: 'a Saturday', notice: ['2026-01-31', '11:00'], calendar: 'test', due: ['2026-02-04', '00:00'] },
  // Just before and after Shanghai midnight (16:00 UTC): the day is Shanghai's.
  { name: 'Friday 23:59', notice: ['2026-01-30', '23:59'], calendar: 'test', due: ['2026-02-03', '23:59'] },
  { name: 'Saturday 00:01', notice: ['2026-01-31', '00:01'], calendar: 'test', due: ['2026-02-04', '00:00'] },
  // National Day: the week off is skipped; a notice during it counts from the next working day.
  { name: 'eve of National Day', notice: ['2026-09-30', '16:00'], calendar: 'test', due: ['2026-10-09', '16:00'] },
  { name: 'on National Day', notice: ['2026-10-03', '10:00'], calendar: 'test', due: ['2026-10-10', '00:00'] },
  // 调休: the working Saturday 10-10 counts, the Sunday after does not.
  {
    name: 'Friday before 调休 Saturday',
    notice: ['2026-10-09', '15:00'],
    calendar: 'test',
    due: ['2026-10-12', '15:00'],
  },
  // A Saturday notice before the 调休 Sunday 09-27: counting starts that Sunday.
  {
    name: 'Saturday before 调休 Sunday',
    notice: ['2026-09-26', '10:00'],
    calendar: 'test',
    due: ['2026-09-29', '00:00'],
  },
  // Year end: 12-31 (Thursday), New Year's Day (Friday) and the weekend off.
  { name: "New Year's Eve", notice: ['2026-12-31', '10:00'], calendar: 'test', due: ['2027-01-05', '10:00'] },
];
