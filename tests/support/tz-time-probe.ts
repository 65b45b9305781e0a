/**
 * Run by tests/core/time.test.ts in a plain Node process (`tsx`), because Jest gives each test
 * file a copy of process.env and a TZ set there never reaches Node's clock. For each zone on the
 * command line: switch TZ (Node applies it at once), compute with core/rules, print JSON.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { formatShanghai, isoWeekday, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import { slotsOn } from '../../core/rules/slots';

dayjs.extend(utc);
dayjs.extend(timezone);

const EDGES = [
  ['1992-07-01', '00:00'],
  ['2026-01-01', '00:30'],
  ['2026-03-29', '02:30'],
  ['2026-11-01', '23:59'],
  ['2030-12-31', '08:00'],
] as const;

const results = process.argv.slice(2).map((zone) => {
  process.env.TZ = zone;
  const nine = shanghaiInstant('2026-11-23', '09:00');
  return {
    zone,
    /** The local hour of 01:00 UTC: proves this process really ran in `zone`. */
    localHourOfNine: new Date(nine).getHours(),
    nineIso: new Date(nine).toISOString(),
    nineShown: formatShanghai(nine, 'HH:mm'),
    nineLong: formatShanghai(nine, 'YYYY年M月D日 dddd HH:mm'),
    edges: EDGES.map(([date, clock]) => {
      const ours = shanghaiInstant(date, clock);
      return {
        agrees: ours === dayjs.tz(`${date} ${clock}`, 'Asia/Shanghai').valueOf(),
        shownAgrees: formatShanghai(ours) === dayjs(ours).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm'),
      };
    }),
    lateUtcIsNextShanghaiDay: shanghaiDate(Date.UTC(2026, 10, 23, 20, 30)),
    weekdays: [isoWeekday('2026-11-23'), isoWeekday('2026-11-29')],
    mondaySlots: slotsOn(
      '2026-11-23',
      [{ weekdays: [1, 3], start: '09:00', end: '11:00', slotMinutes: 30, channel: 'onsite', location: '201室' }],
      [],
    ).map((s) => formatShanghai(s.start, 'HH:mm')),
  };
});
process.stdout.write(JSON.stringify(results));
