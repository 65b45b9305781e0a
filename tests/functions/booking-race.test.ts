/**
 * 50 different companies book the same slot at the same moment, through the host over HTTP.
 * The database settles it (the slot hold's id is `<consultantId>:<slotStart>`): exactly one
 * booking, 49 answers of 409 CONFLICT suggesting another slot, and nothing left half-written.
 */
import type { Booking } from '../../core/contract';
import type { BookingDoc, BookingQuotaDoc, SlotHoldDoc } from '../../core/store/docs';
import { shanghaiInstant } from '../../core/rules/time';
import { seedConsultant } from '../support/consult-seed';
import { newRequestId, OWN_STATION } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';
import { grantRole, seedCompany } from '../support/world';

const RACERS = 50;
/** The test clock starts on Monday 2025-03-03 09:00 in Shanghai; the slot is on the next day. */
const DAY = '2025-03-04';
const SLOT = shanghaiInstant(DAY, '10:00');

let t: TestHost;
let consultantId: string;
let tokens: string[];
let companies: string[];

beforeAll(async () => {
  // No demo station: the race is counted across the whole database.
  t = await startTestHost({ demo: false });
  const store = t.host.store;
  const now = t.clock.now();
  const rules = [{ weekdays: [2], start: '09:00', end: '12:00', slotMinutes: 30, channel: 'onsite' as const }];
  consultantId = (await seedConsultant(store, now, OWN_STATION, { name: '赵专家', rules })).userId;
  // Each racer: a real account (session over HTTP), staff of their own confirmed company.
  const racers = await Promise.all(
    Array.from({ length: RACERS }, async (_, i) => {
      const session = await t.register(`racer${i}`, `企业联系人${i}`);
      const companyId = await seedCompany(store, now, OWN_STATION);
      await grantRole(store, now, session.user.id, 'company', { companyId });
      return { token: session.token, companyId };
    }),
  );
  tokens = racers.map((r) => r.token);
  companies = racers.map((r) => r.companyId);
}, 60_000);
afterAll(() => t.close());

describe(`${RACERS} companies booking one slot at once`, () => {
  let replies: Awaited<ReturnType<TestHost['call']>>[];

  beforeAll(async () => {
    replies = await Promise.all(
      tokens.map((token) =>
        t.call(
          'consult',
          'book',
          {
            clientRequestId: newRequestId('race'),
            stationId: OWN_STATION,
            consultantId,
            slotStart: SLOT,
            topic: 'consulting',
            question: '想咨询商标被抢注后怎么办',
          },
          token,
        ),
      ),
    );
  });

  it('exactly one succeeds; the other 49 get 409 CONFLICT suggesting another slot', () => {
    const winners = replies.filter((r) => r.body.ok);
    expect(winners).toHaveLength(1);
    expectOk(winners[0]!);
    const losers = replies.filter((r) => !r.body.ok);
    expect(losers).toHaveLength(RACERS - 1);
    for (const reply of losers) {
      expect(expectError(reply, 'CONFLICT').message).toBe('该时段刚刚被预约，请选择其他时段');
    }
  });

  it('the slot is no longer offered', async () => {
    const list = expectOk(
      await t.call('consult', 'listSlots', { stationId: OWN_STATION, consultantId, from: DAY, days: 1 }),
    );
    expect(list.slots.map((s) => s.start)).not.toContain(SLOT);
    expect(list.slots).toHaveLength(5);
    expect(list.days).toEqual([{ date: DAY, free: 5 }]);
  });

  it('leaves one booking, one hold, one open booking counted, and nothing orphaned', async () => {
    const store = t.host.store;
    const winner = replies.find((r) => r.body.ok)!.body as { ok: true; data: Booking };
    const bookings = await store.find<BookingDoc>('bookings', { where: { consultantId }, limit: 1000 });
    expect(bookings.map((b) => b._id)).toEqual([winner.data.id]);
    expect(bookings[0]).toMatchObject({ start: SLOT, status: 'booked' });

    const holds = await store.find<SlotHoldDoc>('slot_holds', { where: { consultantId }, limit: 1000 });
    expect(holds).toEqual([{ _id: `${consultantId}:${SLOT}`, consultantId, start: SLOT, bookingId: winner.data.id }]);

    expect(await store.count('bookings')).toBe(1);
    expect(await store.count('slot_holds')).toBe(1);

    const quotas = await store.find<BookingQuotaDoc>('booking_quota', { limit: 1000 });
    expect(quotas.reduce((sum, q) => sum + q.open, 0)).toBe(1);
    expect(quotas.filter((q) => q.open > 0).map((q) => q._id)).toEqual([`${winner.data.companyId}:${OWN_STATION}`]);
    expect(companies).toContain(winner.data.companyId);

    // The losers' attempts left no request-log entry (booking keeps none), no audit entry and no notice behind.
    expect(await store.count('requests_log')).toBe(0);
    expect(await store.count('audit_log', { event: 'consult.book:book' })).toBe(1);
    expect(await store.count('notifications', { userId: consultantId })).toBe(1);
  });
});
