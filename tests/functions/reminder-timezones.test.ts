/**
 * The reminders tell 09:00 for a 09:00 Shanghai booking whatever the server's time zone. The
 * scenario (tests/support/tz-reminder-scenario.ts) runs in a plain Node process that switches TZ
 * at runtime; Jest's sandboxed process.env would not reach Node's clock.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

interface Outcome {
  zone: string;
  localHours: number;
  reminders: Array<{ kind: string; title: string; body: string }>;
}

let outcomes: Outcome[];
beforeAll(async () => {
  const { stdout } = await run(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['tests/support/tz-reminder-scenario.ts', 'UTC', 'America/New_York'],
    { cwd: ROOT, timeout: 60_000 },
  );
  outcomes = JSON.parse(stdout) as Outcome[];
}, 90_000);

describe.each([
  // 01:00 UTC on Tuesday is 20:00 on Monday in New York (EST until 2025-03-09).
  ['UTC', 1],
  ['America/New_York', 20],
])('with the server in %s', (zone, localHours) => {
  const outcome = () => outcomes.find((o) => o.zone === zone)!;

  it('the zone is really in effect in that process', () => {
    expect(outcome().localHours).toBe(localHours);
  });

  it('the "明天" reminder says tomorrow 09:00, Tuesday 4 March', () => {
    const [day] = outcome().reminders.filter((r) => r.kind === 'booking.reminder.day');
    expect(day!.title).toBe('咨询提醒：明天 09:00');
    expect(day!.body).toContain('2025年3月4日 星期二 09:00–09:30');
  });

  it('the "一小时后" reminder says 09:00', () => {
    const [hour] = outcome().reminders.filter((r) => r.kind === 'booking.reminder.hour');
    expect(hour!.title).toBe('咨询提醒：09:00 开始');
    expect(hour!.body).toContain('一小时后（09:00）');
  });

  it('each reminder was sent once', () => {
    expect(outcome().reminders.map((r) => r.kind)).toEqual(['booking.reminder.day', 'booking.reminder.hour']);
  });
});
