/**
 * Run by tests/functions/reminder-timezones.test.ts in a plain Node process (`tsx`), so that
 * setting TZ reaches Node's clock (Jest gives each test file a copy of process.env).
 *
 * For each zone given on the command line: a company books Tuesday 09:00 (Shanghai) on Monday
 * 09:00; the reminder job runs then (the "明天" reminder) and an hour before (the "一小时后" one);
 * prints the reminders' titles and bodies, as JSON.
 */
import type { Booking } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import { HOUR_MS, shanghaiInstant } from '../../core/rules/time';
import type { NotificationDoc } from '../../core/store/docs';
import { EVERY_DAY, seedConsultant } from './consult-seed';
import { OWN_STATION } from './fixtures';
import { sendReminders } from './jobs';
import { createWorld, seedCompany, seedMember } from './world';

export const TUESDAY_NINE = shanghaiInstant('2025-03-04', '09:00');

function data<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(JSON.stringify(env.error));
  return env.data as T;
}

async function scenario(zone: string) {
  process.env.TZ = zone;
  const world = await createWorld();
  try {
    const now = world.clock.now();
    const consultant = await seedConsultant(world.store, now, OWN_STATION, { name: '周专家', rules: EVERY_DAY });
    const companyId = await seedCompany(world.store, now, OWN_STATION);
    const staff = await seedMember(world.store, now, 'company', { companyId }, '李经理');
    const booking = data<Booking>(
      await world.run(
        'consult',
        {
          action: 'book',
          clientRequestId: `tz-reminder-${zone.replace(/\W/g, '-')}`,
          stationId: OWN_STATION,
          consultantId: consultant.userId,
          slotStart: TUESDAY_NINE,
          topic: 'consulting',
          question: '咨询专利申请的时间安排',
        },
        staff,
      ),
    );
    await sendReminders(world);
    world.clock.advance(booking.start - HOUR_MS - world.clock.now());
    await sendReminders(world);
    const told = await world.store.find<NotificationDoc>('notifications', {
      where: { userId: staff.userId, kind: { $in: ['booking.reminder.day', 'booking.reminder.hour'] } },
      orderBy: [['createdAt', 'asc']],
    });
    return {
      zone,
      localHours: new Date(booking.start).getHours(),
      reminders: told.map((n) => ({ kind: n.kind, title: n.title, body: n.body })),
    };
  } finally {
    await world.close();
  }
}

async function main() {
  const results = [];
  for (const zone of process.argv.slice(2)) results.push(await scenario(zone));
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
