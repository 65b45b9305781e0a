/**
 * The two-day answer (core/rules/sla.ts): when an assignee's answer is due — calendar days until
 * the admin sets a work calendar, working days after (holidays skipped, 调休 days counted) — in
 * Shanghai time whatever the server's zone.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isOverdue, isWorkingDay, responseDueAt, timeLeft, type WorkCalendar } from '../../core/rules/sla';
import { DAY_MS, HOUR_MS, shanghaiInstant } from '../../core/rules/time';
import { dateRange, SLA_SCENARIOS, TEST_CALENDAR } from '../support/sla-scenarios';

const at = (date: string, clock = '00:00') => shanghaiInstant(date, clock);
const calendarOf = (name: 'none' | 'test') => (name === 'test' ? TEST_CALENDAR : null);

describe('isWorkingDay', () => {
  it('without a calendar every day counts, weekends and holidays too', () => {
    for (const d of ['2026-01-31', '2026-02-01', '2026-10-01']) expect(isWorkingDay(d, null)).toBe(true);
  });

  it('with a calendar: weekdays yes, weekends no', () => {
    expect(isWorkingDay('2026-01-30', TEST_CALENDAR)).toBe(true); // Friday
    expect(isWorkingDay('2026-01-31', TEST_CALENDAR)).toBe(false); // Saturday
    expect(isWorkingDay('2026-02-01', TEST_CALENDAR)).toBe(false); // Sunday
    expect(isWorkingDay('2026-02-02', TEST_CALENDAR)).toBe(true); // Monday
  });

  it('a public holiday on a weekday is off; a 调休 weekend day is on', () => {
    expect(isWorkingDay('2026-10-01', TEST_CALENDAR)).toBe(false); // Thursday, National Day
    expect(isWorkingDay('2026-10-07', TEST_CALENDAR)).toBe(false); // Wednesday, still the holiday
    expect(isWorkingDay('2026-10-08', TEST_CALENDAR)).toBe(true);
    expect(isWorkingDay('2026-09-27', TEST_CALENDAR)).toBe(true); // Sunday, 调休
    expect(isWorkingDay('2026-10-10', TEST_CALENDAR)).toBe(true); // Saturday, 调休
    expect(isWorkingDay('2026-10-11', TEST_CALENDAR)).toBe(false);
  });

  it('a date listed as both a holiday and a workday is a holiday', () => {
    const both: WorkCalendar = { holidays: ['2026-10-10'], workdays: ['2026-10-10'] };
    expect(isWorkingDay('2026-10-10', both)).toBe(false);
  });
});

describe('responseDueAt', () => {
  it.each(SLA_SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    expect(responseDueAt(at(...s.notice), calendarOf(s.calendar))).toBe(at(...s.due));
  });

  it('without a calendar it is exactly 48 hours, to the millisecond', () => {
    const notice = at('2026-05-01', '08:17') + 123;
    expect(responseDueAt(notice, null)).toBe(notice + 2 * DAY_MS);
  });

  it('with an empty calendar Monday to Friday count: Friday 15:00 is due Tuesday 15:00', () => {
    const plain: WorkCalendar = { holidays: [], workdays: [] };
    expect(responseDueAt(at('2026-03-06', '15:00'), plain)).toBe(at('2026-03-10', '15:00'));
  });

  it('the 调休 Saturday shortens the wait: without it the same notice is due a day later', () => {
    const noSwap: WorkCalendar = { holidays: TEST_CALENDAR.holidays, workdays: [] };
    expect(responseDueAt(at('2026-10-09', '15:00'), noSwap)).toBe(at('2026-10-13', '15:00'));
    expect(responseDueAt(at('2026-10-09', '15:00'), TEST_CALENDAR)).toBe(at('2026-10-12', '15:00'));
  });

  it("a notice at a working day's midnight is due at the end of the next working day", () => {
    expect(responseDueAt(at('2026-02-02'), TEST_CALENDAR)).toBe(at('2026-02-04'));
  });

  it('always gives a due time, even under a calendar with no working day for months', () => {
    const never: WorkCalendar = { holidays: dateRange('2026-01-01', '2026-12-31'), workdays: [] };
    const notice = at('2026-03-02', '10:00');
    expect(responseDueAt(notice, never)).toBe(notice + 2 * DAY_MS);
  });

  it('overdue only strictly after the due time; time left counts down through zero', () => {
    const due = at('2026-02-03', '15:00');
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(due, due + 1)).toBe(true);
    expect(timeLeft(due, due - HOUR_MS)).toBe(HOUR_MS);
    expect(timeLeft(due, due + HOUR_MS)).toBe(-HOUR_MS);
  });
});

const SERVER_ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'];
/** The local hour of 2026-01-30 01:00 UTC in each zone. */
const LOCAL_HOUR: Record<string, number> = {
  UTC: 1,
  'Asia/Shanghai': 9,
  'America/New_York': 20, // EST, the evening before
  'Pacific/Kiritimati': 15, // UTC+14
};

describe('the same due instants whatever the server time zone (each zone in a real Node process)', () => {
  let probes: Array<{ zone: string; localHour: number; dues: string[] }>;
  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'),
      [join(__dirname, '..', 'support', 'tz-sla-probe.ts'), ...SERVER_ZONES],
      { env: { ...process.env, TZ: 'UTC' } },
    );
    probes = JSON.parse(stdout) as typeof probes;
  }, 60_000);

  const probe = (zone: string) => probes.find((p) => p.zone === zone)!;

  it.each(SERVER_ZONES)('%s: really ran in that zone', (zone) => {
    expect(probe(zone).localHour).toBe(LOCAL_HOUR[zone]);
  });

  it.each(SERVER_ZONES)('%s: every scenario is due at the same instant', (zone) => {
    expect(probe(zone).dues).toEqual(SLA_SCENARIOS.map((s) => new Date(at(...s.due)).toISOString()));
  });
});
