/**
 * The reminder job (jobs.sendReminders) through the runtime, as the platform's timer runs it:
 * the "明天" reminder once a booking is less than 24 h ahead, the "一小时后" one within the hour,
 * each exactly once — however the runs overlap or how often they come — and none for a
 * cancelled booking. Bookings are made with the real `book` action on a test clock.
 */
import type { Booking } from '../../core/contract';
import { authorizeAction, POLICY } from '../../core/policy';
import { HOUR_MS, MINUTE_MS, shanghaiInstant } from '../../core/rules/time';
import type { NotificationDoc, ReminderSentDoc } from '../../core/store/docs';
import { handler, runAction } from '../../cloudfunctions/_shared/runtime';
import { SYSTEM_CALLER } from '../../cloudfunctions/_shared/system';
import { handlers as jobsHandlers } from '../../cloudfunctions/jobs/handlers';
import { sendDueReminders } from '../../cloudfunctions/jobs/reminders';
import { EVERY_DAY, seedConsultant } from '../support/consult-seed';
import { ok } from '../support/envelope';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { runAsSystem, sendReminders, systemPlatform } from '../support/jobs';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

const DAY_KIND = 'booking.reminder.day';
const HOUR_KIND = 'booking.reminder.hour';

let world: World;
beforeEach(async () => {
  world = await createWorld(); // the test clock starts on Monday 2025-03-03 09:00 in Shanghai
});
afterEach(() => world.close());

interface People {
  consultant: Actor;
  staff: Actor;
}

async function people(consultantName = '周专家', staffName = '李经理'): Promise<People> {
  const now = world.clock.now();
  const consultant = await seedConsultant(world.store, now, OWN_STATION, { name: consultantName, rules: EVERY_DAY });
  const companyId = await seedCompany(world.store, now, OWN_STATION);
  const staff = await seedMember(world.store, now, 'company', { companyId }, staffName);
  return { consultant, staff };
}

async function book(p: People, slotStart: number): Promise<Booking> {
  return ok<Booking>(
    await world.run(
      'consult',
      {
        action: 'book',
        clientRequestId: newRequestId('remind'),
        stationId: OWN_STATION,
        consultantId: p.consultant.userId,
        slotStart,
        topic: 'consulting',
        question: '想了解专利申请的流程',
      },
      p.staff,
    ),
  );
}

/** The reminders of one kind the people on a booking got. */
async function reminders(b: Booking, kind: string): Promise<NotificationDoc[]> {
  const all = await world.store.find<NotificationDoc>('notifications', { where: { kind }, limit: 1000 });
  return all.filter((n) => n.link?.endsWith(`bookingId=${b.id}`));
}

/** Recipients of a booking's reminders of one kind, sorted (a duplicate would show twice). */
const recipients = async (b: Booking, kind: string) => (await reminders(b, kind)).map((n) => n.userId).sort();
const both = (p: People) => [p.consultant.userId, p.staff.userId].sort();

/** Runs the job every minute for `minutes` minutes (two overlapping runs each time). */
async function everyMinute(minutes: number): Promise<void> {
  for (let m = 0; m < minutes; m++) {
    await Promise.all([sendReminders(world), sendReminders(world)]);
    world.clock.advance(MINUTE_MS);
  }
}

describe('the day-before reminder ("明天")', () => {
  it('is not sent while the booking is more than 24 h ahead, and is sent once it is 24 h ahead', async () => {
    const p = await people();
    const b = await book(p, shanghaiInstant('2025-03-04', '10:00')); // 25 h ahead
    expect(await sendReminders(world)).toEqual({ checked: 0, sent: 0 });
    world.clock.advance(59 * MINUTE_MS); // 24 h 01 min ahead
    await sendReminders(world);
    expect(await recipients(b, DAY_KIND)).toEqual([]);
    world.clock.advance(MINUTE_MS); // exactly 24 h ahead
    expect(await sendReminders(world)).toEqual({ checked: 1, sent: 1 });
    expect(await recipients(b, DAY_KIND)).toEqual(both(p));
    expect(await recipients(b, HOUR_KIND)).toEqual([]);
  });

  it('tells both people the Shanghai time, the place and the other party, and links to the booking', async () => {
    const p = await people('周专家', '李经理');
    const b = await book(p, shanghaiInstant('2025-03-04', '09:00'));
    await sendReminders(world);
    const [toStaff] = (await reminders(b, DAY_KIND)).filter((n) => n.userId === p.staff.userId);
    const [toConsultant] = (await reminders(b, DAY_KIND)).filter((n) => n.userId === p.consultant.userId);
    expect(toStaff!.title).toBe('咨询提醒：明天 09:00');
    expect(toStaff!.body).toContain('明天 09:00');
    expect(toStaff!.body).toContain('2025年3月4日 星期二 09:00–09:30');
    expect(toStaff!.body).toContain('咨询人员周专家');
    expect(toStaff!.body).toContain('地点：咨询室');
    expect(toConsultant!.body).toContain('（李经理）');
    expect(toConsultant!.body).toContain('2025年3月4日 星期二 09:00–09:30');
    expect(toStaff!.link).toBe(`/packages/consult/pages/booking/index?bookingId=${b.id}`);
    expect(toStaff!.read).toBe(false);
  });
});

describe('each reminder once', () => {
  it('two (or five) overlapping runs send the reminder once', async () => {
    const p = await people();
    const b = await book(p, shanghaiInstant('2025-03-04', '09:00'));
    const runs = await Promise.all([sendReminders(world), sendReminders(world)]);
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1]);
    await Promise.all(Array.from({ length: 5 }, () => sendReminders(world)));
    expect(await recipients(b, DAY_KIND)).toEqual(both(p));
    const locks = await world.store.find<ReminderSentDoc>('reminders_sent', { where: { bookingId: b.id } });
    expect(locks.map((l) => l._id)).toEqual([`${b.id}:${b.start}:day`]);
  });

  it('running every minute (two runs at a time) through each window sends each kind once', async () => {
    const p = await people();
    const first = await book(p, shanghaiInstant('2025-03-04', '09:30')); // 24 h 30 min ahead
    const second = await book(p, shanghaiInstant('2025-03-04', '10:00')); // 25 h ahead
    await everyMinute(61); // into both day windows
    for (const b of [first, second]) {
      expect(await recipients(b, DAY_KIND)).toEqual(both(p));
      expect(await recipients(b, HOUR_KIND)).toEqual([]);
    }
    // To 1 h 30 min before the first, then an hour of runs: into both hour windows.
    world.clock.advance(first.start - 90 * MINUTE_MS - world.clock.now());
    await everyMinute(61);
    for (const b of [first, second]) {
      expect(await recipients(b, DAY_KIND)).toEqual(both(p));
      expect(await recipients(b, HOUR_KIND)).toEqual(both(p));
    }
    const [hour] = (await reminders(first, HOUR_KIND)).filter((n) => n.userId === p.staff.userId);
    expect(hour!.title).toBe('咨询提醒：09:30 开始');
    expect(hour!.body).toContain('一小时后（09:30）');
    // Past the start: nothing more.
    world.clock.advance(2 * HOUR_MS);
    expect(await sendReminders(world)).toEqual({ checked: 0, sent: 0 });
    expect(await world.store.count('reminders_sent')).toBe(4);
  });

  it('a booking made less than an hour ahead gets only the hour reminder', async () => {
    const p = await people();
    const b = await book(p, shanghaiInstant('2025-03-03', '12:00'));
    world.clock.advance(2 * HOUR_MS + 30 * MINUTE_MS); // 11:30, half an hour before
    await everyMinute(5);
    expect(await recipients(b, DAY_KIND)).toEqual([]);
    expect(await recipients(b, HOUR_KIND)).toEqual(both(p));
  });

  it('reads the bookings in pages (equal start times included) and reminds every one of them', async () => {
    const everyone = await Promise.all(Array.from({ length: 5 }, (_, i) => people(`专家${i}`, `经理${i}`)));
    const tomorrow = await Promise.all(everyone.map((p) => book(p, shanghaiInstant('2025-03-04', '10:00'))));
    world.clock.advance(HOUR_MS); // 10:00 today: all five start in exactly 24 h
    const smallPages = handler('jobs', 'sendReminders', (ctx) => sendDueReminders(ctx, 2));
    const env = await runAction(
      'jobs',
      { ...jobsHandlers, sendReminders: smallPages },
      { action: 'sendReminders' },
      systemPlatform(world),
    );
    expect(ok(env)).toEqual({ checked: 5, sent: 5 });
    for (const [i, b] of tomorrow.entries()) expect(await recipients(b, DAY_KIND)).toEqual(both(everyone[i]!));
  });
});

describe('changed bookings', () => {
  it('a cancelled booking gets no reminder', async () => {
    const p = await people();
    const b = await book(p, shanghaiInstant('2025-03-04', '09:00'));
    ok(await world.run('consult', { action: 'cancelBooking', bookingId: b.id, reason: '临时有事' }, p.staff));
    await sendReminders(world);
    world.clock.advance(23 * HOUR_MS + 30 * MINUTE_MS);
    await sendReminders(world);
    expect(await recipients(b, DAY_KIND)).toEqual([]);
    expect(await recipients(b, HOUR_KIND)).toEqual([]);
    expect(await world.store.count('reminders_sent')).toBe(0);
  });

  it('a rescheduled booking is reminded of its new time', async () => {
    const p = await people();
    const b = await book(p, shanghaiInstant('2025-03-04', '09:00'));
    await sendReminders(world);
    const newStart = shanghaiInstant('2025-03-05', '14:00');
    ok(await world.run('consult', { action: 'rescheduleBooking', bookingId: b.id, slotStart: newStart }, p.staff));
    world.clock.advance(newStart - 24 * HOUR_MS - world.clock.now());
    await sendReminders(world);
    const titles = (await reminders(b, DAY_KIND)).filter((n) => n.userId === p.staff.userId).map((n) => n.title);
    expect(titles.sort()).toEqual(['咨询提醒：明天 09:00', '咨询提醒：明天 14:00']);
  });
});

describe('who may run the job', () => {
  it('the system caller is admitted where the policy names it, and nowhere else', () => {
    for (const [fn, actions] of Object.entries(POLICY)) {
      for (const [action, access] of Object.entries(actions)) {
        if (access === 'public') continue;
        const names = (access as Array<{ role: string }>).some((r) => r.role === 'system');
        if (names) expect(() => authorizeAction(fn, action, SYSTEM_CALLER)).not.toThrow();
        else
          expect(() => authorizeAction(fn, action, SYSTEM_CALLER)).toThrow(
            expect.objectContaining({ code: 'FORBIDDEN' }),
          );
      }
    }
    expect(POLICY.jobs.sendReminders).toEqual([{ role: 'system', scope: 'any' }]);
  });

  it('the system caller cannot use a person action (it has no account)', async () => {
    const env = await runAsSystem(world, { action: 'listNotices' }, 'account');
    expect(env).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses every person, even an admin, saying the timer runs it; asks the anonymous to sign in', async () => {
    for (const kind of ['user', 'company', 'chief', 'admin'] as const) {
      const env = await world.run('jobs', { action: 'sendReminders' }, await world.actor(kind));
      expect(env).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '此操作仅由系统定时任务执行' } });
    }
    expect(await world.run('jobs', { action: 'sendReminders' }, null)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});
