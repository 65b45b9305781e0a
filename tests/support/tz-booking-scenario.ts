/**
 * Run by tests/functions/booking-timezones.test.ts in a plain Node process (`tsx`): Jest gives
 * each test file a copy of process.env, so setting TZ there never reaches Node's clock. Here
 * process.env is the real one and Node applies a changed TZ at once.
 *
 * For each zone given on the command line: a consultant publishes Monday 09:00–10:00 (Shanghai),
 * a company books the 09:00 slot; prints what was stored, listed and told, as JSON.
 */
import type { Booking } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import type { BookingDoc } from '../../core/store/docs';
import { createWorld, seedCompany, seedMember } from './world';
import { OWN_STATION } from './fixtures';

/** The test clock starts on Monday 2025-03-03 09:00 in Shanghai; this is the Monday after. */
export const MONDAY = '2025-03-10';

function data<T>(env: Envelope<unknown>): T {
  if (!env.ok) throw new Error(JSON.stringify(env.error));
  return env.data as T;
}

async function scenario(zone: string) {
  process.env.TZ = zone;
  const world = await createWorld();
  try {
    const now = world.clock.now();
    const expert = await seedMember(world.store, now, 'expert', { stationId: OWN_STATION }, '周专家');
    const run = (action: string, input: Record<string, unknown>, actor: typeof expert | null) =>
      world.run('consult', { action, ...input }, actor);
    const rules = [{ weekdays: [1], start: '09:00', end: '10:00', slotMinutes: 30, channel: 'phone' }];
    data(
      await run(
        'saveAvailability',
        { stationId: OWN_STATION, consultantId: expert.userId, rules, exceptions: [] },
        expert,
      ),
    );
    const listed = data<{ slots: Array<{ start: number }> }>(
      await run('listSlots', { stationId: OWN_STATION, consultantId: expert.userId, from: MONDAY, days: 1 }, null),
    );
    const companyId = await seedCompany(world.store, now, OWN_STATION);
    const staff = await seedMember(world.store, now, 'company', { companyId });
    const booking = data<Booking>(
      await run(
        'book',
        {
          clientRequestId: `timezone-${zone.replace(/\W/g, '-')}`,
          stationId: OWN_STATION,
          consultantId: expert.userId,
          slotStart: listed.slots[0]!.start,
          topic: 'consulting',
          question: '咨询专利申请的时间安排',
        },
        staff,
      ),
    );
    const stored = await world.store.get<BookingDoc>('bookings', booking.id);
    const [notice] = await world.store.find<{ _id: string; body: string }>('notifications', {
      where: { userId: expert.userId, kind: 'booking.booked' },
    });
    return {
      zone,
      // The server's own reading of the instant: proves the zone is in effect.
      localHours: new Date(booking.start).getHours(),
      slotStarts: listed.slots.map((s) => s.start),
      bookingStart: booking.start,
      storedStart: stored?.start,
      noticeBody: notice?.body,
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
