import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatShanghai, formatShanghaiWithDayjs, isDate, shanghaiInstant } from '../../core/rules/time';
import { DEFAULT_BOOKING_RULES, bookableWindow, isBookable, slotsOn, type WeeklyRule } from '../../core/rules/slots';

const SERVER_ZONES = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'];
const EXPECTED_LOCAL_HOUR: Record<string, number> = {
  UTC: 1,
  'America/New_York': 20, // 01:00 UTC on 23 Nov is 20:00 EST on the 22nd
  'Asia/Shanghai': 9,
  'Pacific/Kiritimati': 15,
};

type Probe = {
  zone: string;
  localHourOfNine: number;
  nineIso: string;
  nineShown: string;
  nineLong: string;
  edges: Array<{ agrees: boolean; shownAgrees: boolean }>;
  lateUtcIsNextShanghaiDay: string;
  weekdays: number[];
  mondaySlots: string[];
};

describe('Shanghai time whatever the server time zone (each zone in a real Node process)', () => {
  let probes: Probe[];
  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'),
      [join(__dirname, '..', 'support', 'tz-time-probe.ts'), ...SERVER_ZONES],
      { env: { ...process.env, TZ: 'UTC' } },
    );
    probes = JSON.parse(stdout) as Probe[];
  }, 60_000);

  it.each(SERVER_ZONES)('%s: really ran in that zone', (zone) => {
    expect(probes.find((p) => p.zone === zone)?.localHourOfNine).toBe(EXPECTED_LOCAL_HOUR[zone]);
  });

  it.each(SERVER_ZONES)('%s: a 09:00 Shanghai slot is stored as 01:00 UTC and shown as 09:00', (zone) => {
    const p = probes.find((x) => x.zone === zone)!;
    expect(p.nineIso).toBe('2026-11-23T01:00:00.000Z');
    expect(p.nineShown).toBe('09:00');
    expect(p.nineLong).toBe('2026年11月23日 星期一 09:00');
    expect(p.mondaySlots).toEqual(['09:00', '09:30', '10:00', '10:30']);
  });

  it.each(SERVER_ZONES)('%s: agrees with dayjs-timezone across years and day edges; Shanghai dates', (zone) => {
    const p = probes.find((x) => x.zone === zone)!;
    expect(p.edges).toEqual(Array(5).fill({ agrees: true, shownAgrees: true }));
    expect(p.lateUtcIsNextShanghaiDay).toBe('2026-11-24');
    expect(p.weekdays).toEqual([1, 7]);
  });
});

describe('formatShanghai: numbers filled in directly, named tokens by dayjs', () => {
  /** Every format the product passes, and some that must not take the numeric path. */
  const FORMATS = [
    'YYYY-MM-DD HH:mm',
    'YYYY-MM-DD',
    'YYYY年M月D日 HH:mm',
    'YYYY年M月D日 dddd HH:mm',
    'YYYY年M月D日',
    'M月D日 HH:mm',
    'M月D日',
    'MM-DD HH:mm',
    'HH:mm',
    'YYYY',
    'M',
    'YY/MM',
    'MMM D',
    'H:mm',
    '[YYYY] HH:mm',
    'YYY-MM',
  ];
  /** Shanghai midnight and the minute before it, month and year ends, leap days, and a spread. */
  const INSTANTS = [
    shanghaiInstant('2026-12-31', '23:59'),
    shanghaiInstant('2027-01-01', '00:00'),
    shanghaiInstant('2028-02-29', '00:00') - 60_000,
    shanghaiInstant('2028-02-29', '12:05'),
    shanghaiInstant('1999-09-09', '09:09'),
    ...Array.from({ length: 400 }, (_, i) => shanghaiInstant('2000-01-01') + i * 7_919_993_311),
  ];

  it.each(FORMATS)('%s: the same text as dayjs for every instant', (format) => {
    const differing = INSTANTS.filter((ms) => formatShanghai(ms, format) !== formatShanghaiWithDayjs(ms, format));
    expect(differing.map((ms) => [ms, formatShanghai(ms, format), formatShanghaiWithDayjs(ms, format)])).toEqual([]);
  });

  it('a Shanghai day starts at 16:00 UTC, with zeros padded and named weekdays', () => {
    const lastMinute = Date.UTC(2026, 11, 31, 15, 59);
    expect(formatShanghai(lastMinute)).toBe('2026-12-31 23:59');
    expect(formatShanghai(lastMinute + 60_000, 'YYYY年M月D日 dddd HH:mm')).toBe('2027年1月1日 星期五 00:00');
    expect(formatShanghai(Date.UTC(2027, 0, 4, 1, 5), 'MM-DD HH:mm')).toBe('01-04 09:05');
  });

  it('a missing instant reads as dayjs shows it', () => {
    for (const broken of [Number.NaN, undefined as unknown as number]) {
      expect(formatShanghai(broken)).toBe(formatShanghaiWithDayjs(broken, 'YYYY-MM-DD HH:mm'));
      expect(formatShanghai(broken)).toBe('Invalid Date');
    }
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
