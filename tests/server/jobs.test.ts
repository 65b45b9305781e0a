/**
 * The host's timer jobs: the `jobs` function runs in-process on an interval as the system
 * caller, and is not reachable over HTTP — a signed-in user gets 403, an anonymous caller 401.
 */
import type { BookingDoc, NotificationDoc } from '../../core/store/docs';
import { HOUR_MS, MINUTE_MS } from '../../core/rules/time';
import { DEMO_ACCOUNTS } from '../../server/demo';
import { expectError, startTestHost, type TestHost } from '../support/host';

function bookingAt(id: string, start: number, now: number): BookingDoc {
  return {
    _id: id,
    stationId: 'st-haidian-zgc',
    stationName: '中关村工作站',
    companyId: 'demo-company',
    companyName: '示例科技',
    bookedBy: 'u-booker',
    bookedByName: '李经理',
    consultantId: 'u-consultant',
    consultantName: '周专家',
    start,
    end: start + 30 * MINUTE_MS,
    channel: 'phone',
    topic: 'consulting',
    question: '咨询商标注册流程',
    status: 'booked',
    history: [{ at: now, by: 'u-booker', byName: '李经理', event: 'booked' }],
    createdAt: now,
  };
}

/** Polls until `check` is true (no fixed sleep), failing after `timeoutMs`. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('POST /api/fn/jobs', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: true });
  });
  afterAll(() => t.close());

  it('refuses every signed-in user (403) and asks the anonymous to sign in (401); nothing is sent', async () => {
    await t.host.store.insert('bookings', bookingAt('bk-http', t.clock.now() + 30 * MINUTE_MS, t.clock.now()));
    const before = await t.counts();
    for (const a of DEMO_ACCOUNTS) {
      const token = await t.login(a.username);
      const error = expectError(await t.call('jobs', 'sendReminders', {}, token), 'FORBIDDEN');
      expect(error.message).toBe('此操作仅由系统定时任务执行');
    }
    expectError(await t.call('jobs', 'sendReminders', {}), 'UNAUTHENTICATED');
    // A timer-shaped body changes nothing: the host resolves sessions only.
    expectError(await t.post('/api/fn/jobs', { Type: 'Timer', TriggerName: 'reminders' }), 'INVALID_INPUT');
    expectError(await t.post('/api/fn/jobs', { action: 'sendReminders', Type: 'Timer' }), 'UNAUTHENTICATED');
    const after = await t.counts();
    expect({ ...after, host_sessions: 0 }).toEqual({ ...before, host_sessions: 0 }); // logins add sessions only
    expect(await t.host.store.count('reminders_sent')).toBe(0);
  });

  it('runs in-process on demand as the system caller (host.runJobs)', async () => {
    await t.host.runJobs();
    const sent = await t.host.store.find<NotificationDoc>('notifications', {
      where: { kind: 'booking.reminder.hour', link: '/packages/consult/pages/booking/index?bookingId=bk-http' },
    });
    expect(sent.map((n) => n.userId).sort()).toEqual(['u-booker', 'u-consultant']);
  });
});

describe('the job interval', () => {
  it('runs the reminders job every interval until the host closes', async () => {
    const t = await startTestHost({ demo: false, jobsIntervalMs: 20 });
    try {
      const now = t.clock.now();
      await t.host.store.insert('bookings', bookingAt('bk-soon', now + 45 * MINUTE_MS, now));
      await eventually(
        async () => (await t.host.store.count('notifications', { kind: 'booking.reminder.hour' })) === 2,
      );
      // A booking made later is picked up by a later tick.
      await t.host.store.insert('bookings', bookingAt('bk-later', now + 20 * HOUR_MS, now));
      await eventually(async () => (await t.host.store.count('notifications', { kind: 'booking.reminder.day' })) === 2);
      // Ticks keep coming, but each reminder stays single.
      const locks = async () => t.host.store.count('reminders_sent');
      expect(await locks()).toBe(2);
    } finally {
      await t.close(); // stops the interval (and waits for a run in progress) before closing the database
    }
    expect(t.logs.errors()).toEqual([]);
  });
});
