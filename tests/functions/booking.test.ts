/**
 * Consultations through the runtime with a test clock: availability, booking, cancelling and
 * rescheduling, the station's rules, who sees which bookings, and that bad input writes nothing.
 * Every case makes its own consultant and companies, so no case depends on another's bookings.
 */
import type { Availability, Booking } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import type { Caller } from '../../core/ports';
import type { WeeklyRule } from '../../core/rules/slots';
import { HOUR_MS, MINUTE_MS, addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import type { BookingDoc, BookingQuotaDoc, SlotHoldDoc } from '../../core/store/docs';
import type { CollectionName } from '../../core/store/schema';
import { bookingsQuery } from '../../cloudfunctions/consult/bookings-query';
import { failed, ok } from '../support/envelope';
import { newRequestId, OTHER_STATION, OWN_STATION } from '../support/fixtures';
import { createWorld, seedCompany, seedMember, type Actor, type World } from '../support/world';

/** Every morning 09:00–12:00 in 30-minute slots: six a day. */
const MORNINGS: WeeklyRule[] = [
  {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    start: '09:00',
    end: '12:00',
    slotMinutes: 30,
    channel: 'onsite',
    location: '一楼',
  },
];
/** A station no other case books at, for changing the booking rules. */
const RULES_STATION = 'st-chaoyang-brand';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(() => world.close());

const now = () => world.clock.now();
/** A Shanghai wall-clock time `days` days after today (Shanghai). */
const at = (days: number, hhmm: string) => shanghaiInstant(addDays(shanghaiDate(now()), days), hhmm);

const run = (action: string, input: Record<string, unknown>, actor: Actor | null) =>
  world.run('consult', { action, ...input }, actor);

interface Staff extends Actor {
  companyId: string;
}

async function companyStaff(status: 'confirmed' | 'pending' | 'rejected' = 'confirmed'): Promise<Staff> {
  const companyId = await seedCompany(world.store, now(), OWN_STATION, status);
  const staff = await seedMember(world.store, now(), 'company', { companyId }, '企业联系人');
  return { ...staff, companyId };
}

/** A new consultant at `stationId` who publishes `rules` themselves. */
async function consultant(
  stationId = OWN_STATION,
  rules = MORNINGS,
  role: 'expert' | 'liaison' = 'expert',
  name = '赵专家',
): Promise<Actor> {
  const actor = await seedMember(world.store, now(), role, { stationId }, name);
  ok(await run('saveAvailability', { stationId, consultantId: actor.userId, rules, exceptions: [] }, actor));
  return actor;
}

const book = (staff: Actor, consultantId: string, slotStart: number, extra: Record<string, unknown> = {}) =>
  run(
    'book',
    {
      clientRequestId: newRequestId('book'),
      stationId: OWN_STATION,
      consultantId,
      slotStart,
      topic: 'consulting',
      question: '想咨询商标注册需要准备哪些材料',
      ...extra,
    },
    staff,
  );

const slotsOf = async (consultantId: string, days = 3, from = shanghaiDate(now())) =>
  ok<{ days: Array<{ date: string; free: number }>; slots: Array<{ start: number; consultantName: string }> }>(
    await run('listSlots', { stationId: OWN_STATION, consultantId, from, days }, null),
  );
const offered = async (consultantId: string, start: number) =>
  (await slotsOf(consultantId, 7)).slots.some((s) => s.start === start);

const holdOf = (consultantId: string, start: number) =>
  world.store.get<SlotHoldDoc>('slot_holds', `${consultantId}:${start}`);
const quotaOf = async (companyId: string) =>
  (await world.store.get<BookingQuotaDoc>('booking_quota', `${companyId}:${OWN_STATION}`))?.open ?? 0;
/** The notices of one kind a user got (the test clock stands still, so not ordered by time). */
const noticesOf = (userId: string, kind: string) =>
  world.store.find<{ title: string; body: string; kind: string; _id: string }>('notifications', {
    where: { userId, kind },
  });

const WRITTEN: CollectionName[] = [
  'bookings',
  'slot_holds',
  'booking_quota',
  'requests_log',
  'audit_log',
  'notifications',
];
async function writtenCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(WRITTEN.map(async (c) => [c, await world.store.count(c)] as const)));
}

describe('availability', () => {
  it('a consultant publishes their pattern; anyone at the station reads it; the public lists them', async () => {
    const expert = await consultant(OWN_STATION, MORNINGS, 'expert', '钱专家');
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION });
    const pattern = ok<Availability>(
      await run('getAvailability', { stationId: OWN_STATION, consultantId: expert.userId }, liaison),
    );
    expect(pattern).toMatchObject({ consultantId: expert.userId, consultantName: '钱专家', rules: MORNINGS });

    const consultants = ok<Array<{ id: string; name: string; role: string }>>(
      await run('listConsultants', { stationId: OWN_STATION }, null),
    );
    expect(consultants).toContainEqual({ id: expert.userId, name: '钱专家', role: 'expert' });
  });

  it('is an empty pattern for someone who never saved one, and they are not listed', async () => {
    const expert = await seedMember(world.store, now(), 'expert', { stationId: OWN_STATION }, '孙专家');
    const pattern = ok<Availability>(
      await run('getAvailability', { stationId: OWN_STATION, consultantId: expert.userId }, expert),
    );
    expect(pattern).toEqual({
      stationId: OWN_STATION,
      consultantId: expert.userId,
      consultantName: '孙专家',
      rules: [],
      exceptions: [],
      updatedAt: 0,
    });
    const consultants = ok<Array<{ id: string }>>(await run('listConsultants', { stationId: OWN_STATION }, null));
    expect(consultants.map((c) => c.id)).not.toContain(expert.userId);
  });

  it("lists for the chief every consultant of the station, also those without a pattern, and nobody else's", async () => {
    const newcomer = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION }, '新来的联络员');
    const withPattern = await consultant();
    const elsewhere = await seedMember(world.store, now(), 'liaison', { stationId: OTHER_STATION }, '别站联络员');
    const chief = await seedMember(world.store, now(), 'chief', { stationId: OWN_STATION });
    const members = ok<Array<{ id: string; name: string; role: string; hasPattern: boolean }>>(
      await run('listStationMembers', { stationId: OWN_STATION }, chief),
    );
    expect(members).toContainEqual({ id: newcomer.userId, name: '新来的联络员', role: 'liaison', hasPattern: false });
    expect(members.find((m) => m.id === withPattern.userId)?.hasPattern).toBe(true);
    expect(members.map((m) => m.id)).not.toContain(elsewhere.userId);
    failed(await run('listStationMembers', { stationId: OTHER_STATION }, chief), 'FORBIDDEN');
  });

  it("a liaison cannot save another consultant's pattern; the chief can; nobody can for a non-member", async () => {
    const expert = await consultant();
    const liaison = await seedMember(world.store, now(), 'liaison', { stationId: OWN_STATION });
    const chief = await seedMember(world.store, now(), 'chief', { stationId: OWN_STATION });
    const input = { stationId: OWN_STATION, consultantId: expert.userId, rules: [], exceptions: [] };
    failed(await run('saveAvailability', input, liaison), 'FORBIDDEN');
    expect(ok<Availability>(await run('saveAvailability', input, chief)).rules).toEqual([]);

    const outsider = await companyStaff();
    const error = failed(
      await run('saveAvailability', { ...input, consultantId: outsider.userId }, chief),
      'INVALID_INPUT',
    );
    expect(error.fields?.consultantId).toContain('咨询人员');
    expect(await world.store.get('availability', `${OWN_STATION}:${outsider.userId}`)).toBeNull();
  });

  it('changing the pattern never drops a booking: it stays booked and held until cancelled', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booked = ok<Booking>(await book(staff, expert.userId, at(2, '09:00')));

    ok(
      await run(
        'saveAvailability',
        { stationId: OWN_STATION, consultantId: expert.userId, rules: [], exceptions: [] },
        expert,
      ),
    );
    expect((await slotsOf(expert.userId, 7)).slots).toEqual([]);
    expect(ok<Booking>(await run('getBooking', { bookingId: booked.id }, expert))).toMatchObject({ status: 'booked' });
    expect(await holdOf(expert.userId, booked.start)).toMatchObject({ bookingId: booked.id });

    ok(await run('cancelBooking', { bookingId: booked.id, reason: '专家本周出差' }, expert));
    expect(await holdOf(expert.userId, booked.start)).toBeNull();
  });
});

describe('booking rules', () => {
  it('are the defaults until the chief sets them, and apply to the slots offered', async () => {
    const chief = await seedMember(world.store, now(), 'chief', { stationId: RULES_STATION });
    expect(ok(await run('getBookingRules', { stationId: RULES_STATION }, null))).toEqual({
      minNoticeMinutes: 120,
      horizonDays: 30,
      maxOpenPerCompany: 3,
    });
    const expert = await consultant(RULES_STATION);
    const list = async () =>
      ok<{ slots: Array<{ start: number }> }>(
        await run(
          'listSlots',
          { stationId: RULES_STATION, consultantId: expert.userId, from: shanghaiDate(now()), days: 3 },
          null,
        ),
      ).slots.map((s) => s.start);
    expect(await list()).toContain(at(1, '09:00'));

    const rules = { minNoticeMinutes: 3 * 24 * 60, horizonDays: 10, maxOpenPerCompany: 1 };
    expect(ok(await run('setBookingRules', { stationId: RULES_STATION, ...rules }, chief))).toEqual(rules);
    expect(ok(await run('getBookingRules', { stationId: RULES_STATION }, null))).toEqual(rules);
    expect(await list()).toEqual([]); // three days' notice: nothing in the next three days
  });
});

describe('booking', () => {
  it('books a free slot: the consultant is told, the slot is no longer offered, one hold, one open booking', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const start = at(1, '10:00');
    expect(await offered(expert.userId, start)).toBe(true);

    const booking = ok<Booking>(await book(staff, expert.userId, start));
    expect(booking).toMatchObject({
      stationId: OWN_STATION,
      companyId: staff.companyId,
      bookedBy: staff.userId,
      consultantId: expert.userId,
      consultantName: '赵专家',
      start,
      end: start + 30 * MINUTE_MS,
      channel: 'onsite',
      location: '一楼',
      status: 'booked',
      history: [{ event: 'booked', by: staff.userId }],
    });
    expect(await offered(expert.userId, start)).toBe(false);
    expect(await holdOf(expert.userId, start)).toMatchObject({ bookingId: booking.id });
    expect(await quotaOf(staff.companyId)).toBe(1);
    const [notice] = await noticesOf(expert.userId, 'booking.booked');
    expect(notice).toMatchObject({ title: '新的咨询预约' });
    expect(notice!.body).toContain('10:00');
  });

  it('shows per-day free counts that match the slots, sorted by start', async () => {
    const expert = await consultant();
    const list = await slotsOf(expert.userId, 3);
    expect(list.days.map((d) => d.date)).toEqual([0, 1, 2].map((n) => addDays(shanghaiDate(now()), n)));
    expect(list.days.reduce((s, d) => s + d.free, 0)).toBe(list.slots.length);
    expect(list.slots.map((s) => s.start)).toEqual([...list.slots.map((s) => s.start)].sort((a, b) => a - b));
    expect(list.slots.every((s) => s.start >= now() + 2 * HOUR_MS)).toBe(true);
  });

  it('a retry with the same clientRequestId returns the first booking and creates only one', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const extra = { clientRequestId: newRequestId('retry') };
    const first = ok<Booking>(await book(staff, expert.userId, at(1, '09:30'), extra));
    const again = ok<Booking>(await book(staff, expert.userId, at(1, '09:30'), extra));
    expect(again).toEqual(first);
    expect(await world.store.count('bookings', { companyId: staff.companyId })).toBe(1);
    expect(await quotaOf(staff.companyId)).toBe(1);
  });

  it('answers a retry with the first booking even once the slot is too close to book, and not a stranger', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const extra = { clientRequestId: newRequestId('late-retry') };
    const slot = at(1, '11:30');
    const first = ok<Booking>(await book(staff, expert.userId, slot, extra));
    // The answer was lost; the phone resends when the slot has started (a fresh booking is refused then).
    const shift = slot - now() + MINUTE_MS;
    world.clock.advance(shift);
    try {
      expect(ok<Booking>(await book(staff, expert.userId, slot, extra))).toEqual(first);
      // Someone else's request with the same client id is their own request: refused as a new booking.
      const stranger = await companyStaff();
      expect(failed(await book(stranger, expert.userId, slot, extra), 'INVALID_INPUT').message).toBe(
        '该时段已过，请选择其他时段',
      );
    } finally {
      world.clock.advance(-shift);
    }
    expect(await world.store.count('bookings', { companyId: staff.companyId })).toBe(1);
  });

  it.each([
    ['pending', '尚待工作站确认'],
    ['rejected', '未通过'],
  ] as const)('refuses a %s company in Chinese and writes nothing', async (status, says) => {
    const expert = await consultant();
    const staff = await companyStaff(status);
    const before = await writtenCounts();
    const error = failed(await book(staff, expert.userId, at(1, '09:00')), 'FORBIDDEN');
    expect(error.message).toContain(says);
    expect(await writtenCounts()).toEqual(before);
  });

  it('limits the open bookings of one company at one station, and a cancellation makes room', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const booked = [];
    for (const hhmm of ['09:00', '09:30', '10:00'])
      booked.push(ok<Booking>(await book(staff, expert.userId, at(1, hhmm))));
    const before = await writtenCounts();
    const error = failed(await book(staff, expert.userId, at(1, '10:30')), 'CONFLICT');
    expect(error.message).toBe('贵企业在本站已有 3 个未完成的预约，请先完成或取消');
    expect(await writtenCounts()).toEqual(before);
    expect(await offered(expert.userId, at(1, '10:30'))).toBe(true);

    ok(await run('cancelBooking', { bookingId: booked[0]!.id }, staff));
    expect(await quotaOf(staff.companyId)).toBe(2);
    ok(await book(staff, expert.userId, at(1, '10:30')));
    expect(await quotaOf(staff.companyId)).toBe(3);
  });

  describe('bad input answers INVALID_INPUT naming the field, and writes nothing', () => {
    let expert: Actor;
    let foreign: Actor;
    let staff: Staff;
    beforeAll(async () => {
      expert = await consultant();
      foreign = await consultant(OTHER_STATION);
      staff = await companyStaff();
    });

    const cases: Array<[string, () => Promise<Envelope<unknown>>, string, RegExp]> = [
      ['a slot in the past', () => book(staff, expert.userId, at(-1, '09:00')), 'slotStart', /已过/],
      [
        'a slot inside the minimum notice',
        () => book(staff, expert.userId, now() + HOUR_MS),
        'slotStart',
        /提前 2 小时/,
      ],
      ['a slot beyond the horizon', () => book(staff, expert.userId, at(31, '09:00')), 'slotStart', /30 天内/],
      ['a slot the pattern does not offer', () => book(staff, expert.userId, at(1, '14:00')), 'slotStart', /不可预约/],
      ['a slot off the pattern grid', () => book(staff, expert.userId, at(1, '09:10')), 'slotStart', /不可预约/],
      [
        'a question over 1000 characters',
        () => book(staff, expert.userId, at(1, '09:00'), { question: '问'.repeat(1001) }),
        'question',
        /问题描述/,
      ],
      ["another station's consultant", () => book(staff, foreign.userId, at(1, '09:00')), 'consultantId', /咨询人员/],
    ];

    it.each(cases)('%s', async (_name, attempt, field, says) => {
      const before = await writtenCounts();
      const error = failed(await attempt(), 'INVALID_INPUT');
      expect(error.fields?.[field]).toMatch(says);
      expect(await writtenCounts()).toEqual(before);
    });
  });
});

describe('cancelling', () => {
  it('frees the slot for the next booker, keeps the booking as cancelled and tells the consultant', async () => {
    const expert = await consultant();
    const [first, second] = [await companyStaff(), await companyStaff()];
    const start = at(2, '11:00');
    const booking = ok<Booking>(await book(first, expert.userId, start));
    failed(await book(second, expert.userId, start), 'CONFLICT');

    const cancelled = ok<Booking>(await run('cancelBooking', { bookingId: booking.id }, first));
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.history.map((h) => h.event)).toEqual(['booked', 'cancelled']);
    expect(await world.store.get<BookingDoc>('bookings', booking.id)).toMatchObject({ status: 'cancelled' });
    expect(await quotaOf(first.companyId)).toBe(0);
    expect(await offered(expert.userId, start)).toBe(true);
    expect(await noticesOf(expert.userId, 'booking.cancelled')).toHaveLength(1);

    const next = ok<Booking>(await book(second, expert.userId, start));
    expect(await holdOf(expert.userId, start)).toMatchObject({ bookingId: next.id });
    failed(await run('cancelBooking', { bookingId: booking.id }, first), 'CONFLICT');
  });

  it('the company cannot cancel after the cutoff; the consultant can, with a reason the company is told', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const start = at(1, '11:30');
    const booking = ok<Booking>(await book(staff, expert.userId, start));

    world.clock.advance(start - 2 * HOUR_MS + MINUTE_MS - now()); // one minute past the cutoff
    const late = failed(await run('cancelBooking', { bookingId: booking.id }, staff), 'CONFLICT');
    expect(late.message).toBe('已过可取消时间，请联系工作站');

    const before = await writtenCounts();
    const noReason = failed(await run('cancelBooking', { bookingId: booking.id }, expert), 'INVALID_INPUT');
    expect(noReason.fields?.reason).toContain('取消原因');
    failed(await run('cancelBooking', { bookingId: booking.id, reason: '   ' }, expert), 'INVALID_INPUT');
    expect(await writtenCounts()).toEqual(before);

    const cancelled = ok<Booking>(
      await run('cancelBooking', { bookingId: booking.id, reason: '专家临时出差' }, expert),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '专家临时出差' });
    expect(cancelled.history.at(-1)).toMatchObject({ event: 'cancelled', by: expert.userId, note: '专家临时出差' });
    expect(await holdOf(expert.userId, start)).toBeNull();
    const [notice] = await noticesOf(staff.userId, 'booking.cancelled');
    expect(notice!.body).toContain('专家临时出差');
    expect(notice!.body).toContain('11:30');
  });
});

describe('rescheduling', () => {
  it('moves a booking: the new slot is held, the old one freed and offered again, history kept', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const [from, to] = [at(2, '09:00'), at(3, '10:30')];
    const booking = ok<Booking>(await book(staff, expert.userId, from));
    const moved = ok<Booking>(await run('rescheduleBooking', { bookingId: booking.id, slotStart: to }, staff));
    expect(moved).toMatchObject({ id: booking.id, start: to, end: to + 30 * MINUTE_MS, status: 'booked' });
    expect(moved.history.map((h) => h.event)).toEqual(['booked', 'rescheduled']);
    expect(await holdOf(expert.userId, from)).toBeNull();
    expect(await holdOf(expert.userId, to)).toMatchObject({ bookingId: booking.id });
    expect(await offered(expert.userId, from)).toBe(true);
    expect(await offered(expert.userId, to)).toBe(false);
    expect(await quotaOf(staff.companyId)).toBe(1);
    const [notice] = await noticesOf(expert.userId, 'booking.rescheduled');
    expect(notice!.body).toContain('10:30');
  });

  it('moves to another consultant of the station, but not to one of another station', async () => {
    const [first, second] = [await consultant(), await consultant(OWN_STATION, MORNINGS, 'liaison', '李联络')];
    const staff = await companyStaff();
    const booking = ok<Booking>(await book(staff, first.userId, at(2, '09:30')));
    const moved = ok<Booking>(
      await run(
        'rescheduleBooking',
        { bookingId: booking.id, consultantId: second.userId, slotStart: at(2, '09:30') },
        staff,
      ),
    );
    expect(moved).toMatchObject({ consultantId: second.userId, consultantName: '李联络' });
    expect(await holdOf(first.userId, booking.start)).toBeNull();
    expect(await holdOf(second.userId, booking.start)).toMatchObject({ bookingId: booking.id });
    expect(await noticesOf(first.userId, 'booking.rescheduled')).toHaveLength(1);
    expect(await noticesOf(second.userId, 'booking.rescheduled')).toHaveLength(1);

    const foreign = await consultant(OTHER_STATION);
    const before = await writtenCounts();
    const error = failed(
      await run(
        'rescheduleBooking',
        { bookingId: booking.id, consultantId: foreign.userId, slotStart: at(2, '10:00') },
        staff,
      ),
      'INVALID_INPUT',
    );
    expect(error.fields?.consultantId).toContain('咨询人员');
    expect(await writtenCounts()).toEqual(before);
  });

  it('to a taken slot: CONFLICT, and the booking and both holds are unchanged', async () => {
    const expert = await consultant();
    const [a, b] = [await companyStaff(), await companyStaff()];
    const mine = ok<Booking>(await book(a, expert.userId, at(2, '10:00')));
    const theirs = ok<Booking>(await book(b, expert.userId, at(2, '10:30')));
    const before = await writtenCounts();
    const error = failed(
      await run('rescheduleBooking', { bookingId: mine.id, slotStart: theirs.start }, a),
      'CONFLICT',
    );
    expect(error.message).toBe('该时段刚刚被预约，请选择其他时段');
    expect(ok<Booking>(await run('getBooking', { bookingId: mine.id }, a))).toEqual(mine);
    expect(await holdOf(expert.userId, mine.start)).toMatchObject({ bookingId: mine.id });
    expect(await holdOf(expert.userId, theirs.start)).toMatchObject({ bookingId: theirs.id });
    expect(await writtenCounts()).toEqual(before);
  });

  it('under a race: two bookings moved into one free slot at once — exactly one wins, the other keeps its slot', async () => {
    const expert = await consultant();
    const [a, b] = [await companyStaff(), await companyStaff()];
    const x = ok<Booking>(await book(a, expert.userId, at(2, '09:00')));
    const y = ok<Booking>(await book(b, expert.userId, at(2, '09:30')));
    const target = at(2, '11:30');

    const results = await Promise.all([
      run('rescheduleBooking', { bookingId: x.id, slotStart: target }, a),
      run('rescheduleBooking', { bookingId: y.id, slotStart: target }, b),
    ]);
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(failed(loser, 'CONFLICT').message).toBe('该时段刚刚被预约，请选择其他时段');

    const won = (winners[0]!.ok ? winners[0]!.data : null) as Booking;
    const lost = won.id === x.id ? y : x;
    expect(await world.store.count('bookings', { consultantId: expert.userId, start: target, status: 'booked' })).toBe(
      1,
    );
    expect(await holdOf(expert.userId, target)).toMatchObject({ bookingId: won.id });
    const winnerBefore = won.id === x.id ? x : y;
    expect(await holdOf(expert.userId, winnerBefore.start)).toBeNull();
    expect(await world.store.get<BookingDoc>('bookings', lost.id)).toMatchObject({
      start: lost.start,
      status: 'booked',
    });
    expect(await holdOf(expert.userId, lost.start)).toMatchObject({ bookingId: lost.id });
    expect(await world.store.count('slot_holds', { consultantId: expert.userId })).toBe(2);
  });

  it('the company cannot move a booking after the cutoff; the consultant can', async () => {
    const expert = await consultant();
    const staff = await companyStaff();
    const start = at(1, '09:00');
    const booking = ok<Booking>(await book(staff, expert.userId, start));
    world.clock.advance(start - HOUR_MS - now()); // one hour before: inside the 2-hour notice
    const late = failed(
      await run('rescheduleBooking', { bookingId: booking.id, slotStart: at(1, '11:30') }, staff),
      'CONFLICT',
    );
    expect(late.message).toBe('已过可改期时间，请联系工作站');
    ok(await run('rescheduleBooking', { bookingId: booking.id, slotStart: at(1, '11:30') }, expert));
  });
});

describe('who sees which bookings', () => {
  it('an expert sees only their own; the chief the station; a company its own, newest first; an admin all', async () => {
    const [e1, e2] = [await consultant(), await consultant()];
    const [a, b] = [await companyStaff(), await companyStaff()];
    const b1 = ok<Booking>(await book(a, e1.userId, at(2, '09:00')));
    const b2 = ok<Booking>(await book(a, e2.userId, at(3, '09:00')));
    const b3 = ok<Booking>(await book(b, e2.userId, at(2, '10:00')));
    const list = async (actor: Actor, input: Record<string, unknown> = {}) =>
      ok<{ items: Booking[]; total: number }>(await run('listBookings', { pageSize: 50, ...input }, actor));

    expect((await list(e1)).items.map((x) => x.id)).toEqual([b1.id]);
    expect((await list(e2)).items.map((x) => x.id)).toEqual([b3.id, b2.id]); // soonest first
    expect((await list(a)).items.map((x) => x.id)).toEqual([b2.id, b1.id]); // newest first
    expect((await list(b)).items.map((x) => x.id)).toEqual([b3.id]);

    const chief = await seedMember(world.store, now(), 'chief', { stationId: OWN_STATION });
    const station = await list(chief, { pageSize: 50, from: at(2, '00:00'), to: at(4, '00:00') });
    expect(station.items.map((x) => x.id)).toEqual(expect.arrayContaining([b1.id, b2.id, b3.id]));
    expect(station.items.every((x) => x.stationId === OWN_STATION)).toBe(true);

    const admin = await seedMember(world.store, now(), 'admin', {});
    expect((await list(admin)).total).toBe(await world.store.count('bookings'));

    ok(await run('cancelBooking', { bookingId: b1.id }, a));
    expect((await list(a, { status: 'booked' })).items.map((x) => x.id)).toEqual([b2.id]);
    expect((await list(a, { status: 'cancelled' })).items.map((x) => x.id)).toEqual([b1.id]);

    // The assigned consultant reads their booking; another expert of the same station may not.
    expect(ok<Booking>(await run('getBooking', { bookingId: b2.id }, e2)).id).toBe(b2.id);
    failed(await run('getBooking', { bookingId: b2.id }, e1), 'FORBIDDEN');
  });

  it("serves every role's query from its declared index", async () => {
    const roles = {
      company: [{ role: 'company', companyId: 'c1' }, 'companyId_start_desc', 'companyId_status_start_desc'],
      expert: [
        { role: 'expert', stationId: OWN_STATION },
        'consultantId_stationId_start',
        'consultantId_stationId_status_start',
      ],
      chief: [{ role: 'chief', stationId: OWN_STATION }, 'stationId_start', 'stationId_status_start'],
      admin: [{ role: 'admin' }, 'start', 'status_start'],
    } as const;
    const planOf = (caller: Caller, filter: Parameters<typeof bookingsQuery>[1]) =>
      world.store.queryPlan('bookings', { ...bookingsQuery(caller, filter), limit: 20 }).join('\n');
    for (const [role, [acting, all, byStatus]] of Object.entries(roles)) {
      const caller: Caller = {
        userId: 'u1',
        displayName: 'x',
        memberships: [],
        acting: { id: `m-${role}`, ...acting },
      };
      expect(planOf(caller, {})).toMatch(new RegExp(`USING INDEX ix_bookings_${all}__id\\b`));
      expect(planOf(caller, { status: 'booked' })).toMatch(new RegExp(`USING INDEX ix_bookings_${byStatus}__id\\b`));
      // With a date range too, SQLite (no statistics) may prefer (status, start): still an index search.
      expect(planOf(caller, { status: 'booked', from: 1, to: 2 })).toMatch(/SEARCH bookings USING INDEX ix_bookings_/);
    }
  });
});

describe('slots', () => {
  it('reads taken slots past the 1000-row page: a fully held fortnight shows no free slot', async () => {
    const dense: WeeklyRule[] = [
      { weekdays: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '20:00', slotMinutes: 10, channel: 'phone' },
    ];
    const expert = await consultant(OWN_STATION, dense);
    const first = addDays(shanghaiDate(now()), 1);
    for (let day = 0; day < 15; day++) {
      for (let m = 8 * 60; m < 20 * 60; m += 10) {
        const start = shanghaiInstant(addDays(first, day), '00:00') + m * MINUTE_MS;
        await world.store.insert('slot_holds', {
          _id: `${expert.userId}:${start}`,
          consultantId: expert.userId,
          start,
          bookingId: 'x',
        });
      }
    }
    expect(await world.store.count('slot_holds', { consultantId: expert.userId })).toBe(15 * 72);
    const list = await slotsOf(expert.userId, 16, first);
    expect(list.days.slice(0, 15).map((d) => d.free)).toEqual(Array(15).fill(0));
    expect(list.days[15]!.free).toBe(72);
  });
});
