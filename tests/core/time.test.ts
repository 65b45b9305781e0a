import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { formatShanghai, isDate, isoWeekday, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import { DEFAULT_BOOKING_RULES, bookableWindow, isBookable, slotsOn, type WeeklyRule } from '../../core/rules/slots';

dayjs.extend(utc);
dayjs.extend(timezone);

const SERVER_ZONES = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'];

describe.each(SERVER_ZONES)('Shanghai time with the server in %s', (zone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it('stores a 09:00 Shanghai slot as 01:00 UTC and shows it as 09:00', () => {
    const ms = shanghaiInstant('2026-11-23', '09:00');
    expect(new Date(ms).toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(formatShanghai(ms, 'HH:mm')).toBe('09:00');
    expect(formatShanghai(ms, 'YYYY年M月D日 dddd HH:mm')).toBe('2026年11月23日 星期一 09:00');
  });

  it('agrees with dayjs-timezone for Asia/Shanghai across years and at day edges', () => {
    for (const [date, clock] of [
      ['1992-07-01', '00:00'],
      ['2026-01-01', '00:30'],
      ['2026-03-29', '02:30'], // a DST date elsewhere, not in China
      ['2026-11-01', '23:59'],
      ['2030-12-31', '08:00'],
    ] as const) {
      const ours = shanghaiInstant(date, clock);
      expect(ours).toBe(dayjs.tz(`${date} ${clock}`, 'Asia/Shanghai').valueOf());
      expect(formatShanghai(ours)).toBe(dayjs(ours).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm'));
    }
  });

  it('knows the Shanghai date of an instant, which may differ from the UTC date', () => {
    // 2026-11-23 20:30 UTC is already the 24th in Shanghai.
    expect(shanghaiDate(Date.UTC(2026, 10, 23, 20, 30))).toBe('2026-11-24');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });

  it('cuts a weekly pattern into slots of Shanghai wall-clock times', () => {
    const rules: WeeklyRule[] = [
      { weekdays: [1, 3], start: '09:00', end: '11:00', slotMinutes: 30, channel: 'onsite', location: '201室' },
    ];
    const monday = slotsOn('2026-11-23', rules, []);
    expect(monday.map((s) => formatShanghai(s.start, 'HH:mm'))).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(monday[0]).toMatchObject({ channel: 'onsite', location: '201室' });
    expect(monday[0]!.end - monday[0]!.start).toBe(30 * 60_000);
    expect(slotsOn('2026-11-24', rules, [])).toEqual([]); // Tuesday
  });
});

describe('slot rules', () => {
  const rules: WeeklyRule[] = [{ weekdays: [1], start: '09:00', end: '10:00', slotMinutes: 30, channel: 'phone' }];

  it('a day off removes the pattern; extra hours add slots; duplicates collapse', () => {
    expect(slotsOn('2026-11-23', rules, [{ date: '2026-11-23', kind: 'off', note: '年假' }])).toEqual([]);
    const extra = slotsOn('2026-11-23', rules, [
      { date: '2026-11-23', kind: 'extra', start: '09:30', end: '11:00', slotMinutes: 30, channel: 'video' },
    ]);
    expect(extra.map((s) => formatShanghai(s.start, 'HH:mm'))).toEqual(['09:00', '09:30', '10:00', '10:30']);
    expect(extra[1]!.channel).toBe('phone'); // the weekly slot wins over the duplicate
  });

  it('a slot that does not fit before the end is not offered', () => {
    const odd: WeeklyRule[] = [{ weekdays: [1], start: '09:00', end: '10:10', slotMinutes: 30, channel: 'phone' }];
    expect(slotsOn('2026-11-23', odd, [])).toHaveLength(2);
  });

  it('bookable window: at least the notice ahead, at most the horizon', () => {
    const now = shanghaiInstant('2026-11-23', '08:00');
    const w = bookableWindow(now, DEFAULT_BOOKING_RULES);
    expect(formatShanghai(w.from)).toBe('2026-11-23 10:00');
    expect(isBookable(shanghaiInstant('2026-11-23', '09:30'), now, DEFAULT_BOOKING_RULES)).toBe(false);
    expect(isBookable(shanghaiInstant('2026-11-23', '10:00'), now, DEFAULT_BOOKING_RULES)).toBe(true);
    expect(isBookable(shanghaiInstant('2026-12-23', '08:00'), now, DEFAULT_BOOKING_RULES)).toBe(true);
    expect(isBookable(shanghaiInstant('2026-12-23', '08:01'), now, DEFAULT_BOOKING_RULES)).toBe(false);
  });

  it('validates dates', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-2-3')).toBe(false);
  });
});
