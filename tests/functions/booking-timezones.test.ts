/**
 * A slot at 09:00 Shanghai time is stored as 01:00 UTC and shown as 09:00 in the slots and the
 * consultant's notice, whatever the server's time zone. The scenario runs in a plain Node
 * process that switches TZ at runtime (Jest's sandboxed process.env would not reach Node's clock).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { shanghaiInstant } from '../../core/rules/time';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const MONDAY = '2025-03-10';

interface Outcome {
  zone: string;
  localHours: number;
  slotStarts: number[];
  bookingStart: number;
  storedStart: number;
  noticeBody: string;
}

let outcomes: Outcome[];
beforeAll(async () => {
  const { stdout } = await run(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['tests/support/tz-booking-scenario.ts', 'UTC', 'America/New_York'],
    { cwd: ROOT, timeout: 60_000 },
  );
  outcomes = JSON.parse(stdout) as Outcome[];
}, 90_000);

describe.each([
  // 01:00 UTC on Monday is 21:00 on Sunday in New York (EDT from 2025-03-09).
  ['UTC', 1],
  ['America/New_York', 21],
])('with the server in %s', (zone, localHours) => {
  const outcome = () => outcomes.find((o) => o.zone === zone)!;

  it('the zone is really in effect in that process', () => {
    expect(outcome().localHours).toBe(localHours);
  });

  it('lists the Monday slots at 09:00 and 09:30 Shanghai', () => {
    expect(outcome().slotStarts).toEqual([shanghaiInstant(MONDAY, '09:00'), shanghaiInstant(MONDAY, '09:30')]);
  });

  it('stores the 09:00 booking as 01:00 UTC', () => {
    expect(new Date(outcome().bookingStart).toISOString()).toBe(`${MONDAY}T01:00:00.000Z`);
    expect(outcome().storedStart).toBe(Date.UTC(2025, 2, 10, 1, 0));
  });

  it('tells the consultant 09:00 in the notice', () => {
    expect(outcome().noticeBody).toContain('09:00');
    expect(outcome().noticeBody).toContain('2025年3月10日 星期一 09:00–09:30');
  });
});
