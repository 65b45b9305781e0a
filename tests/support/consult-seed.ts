/**
 * Consultation data written straight into a store: consultants with a published pattern, the
 * next free slot, and bookings written exactly as `book` writes them (booking + slot hold +
 * the company's open count, in one transaction). Used by the authorisation matrix's inputs
 * and the booking tests.
 */
import type { Store } from '../../core/ports';
import { DEFAULT_BOOKING_RULES, isBookable, slotsOn, type WeeklyRule } from '../../core/rules/slots';
import { addDays, shanghaiDate } from '../../core/rules/time';
import type { AvailabilityDoc, BookingDoc } from '../../core/store/docs';
import { holdId, recordBooking } from '../../cloudfunctions/_shared/bookings';
import { availabilityId } from '../../cloudfunctions/consult/station';
import { newRequestId } from './fixtures';
import { seedMember, type Actor } from './world';

/** Every day 09:00–17:00 in 30-minute slots, on site. */
export const EVERY_DAY: WeeklyRule[] = [
  {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    start: '09:00',
    end: '17:00',
    slotMinutes: 30,
    channel: 'onsite',
    location: '咨询室',
  },
];

export async function seedAvailability(
  store: Store,
  now: number,
  stationId: string,
  consultant: { userId: string; name: string },
  rules: WeeklyRule[] = EVERY_DAY,
): Promise<void> {
  const doc: AvailabilityDoc = {
    _id: availabilityId(stationId, consultant.userId),
    stationId,
    consultantId: consultant.userId,
    consultantName: consultant.name,
    rules,
    exceptions: [],
    updatedAt: now,
    updatedBy: 'seed',
  };
  await store.insert('availability', doc);
}

/** A new expert (or other station role) at `stationId` with `rules` published. */
export async function seedConsultant(
  store: Store,
  now: number,
  stationId: string,
  options: { role?: 'liaison' | 'expert' | 'chief'; name?: string; rules?: WeeklyRule[] } = {},
): Promise<Actor> {
  const name = options.name ?? '咨询专家';
  const actor = await seedMember(store, now, options.role ?? 'expert', { stationId }, name);
  await seedAvailability(store, now, stationId, { userId: actor.userId, name }, options.rules);
  return actor;
}

const consultants = new WeakMap<Store, Map<string, Promise<string>>>();

/** One consultant per station per store, created on first use: the one seeded bookings go to. */
export function stationConsultant(store: Store, now: number, stationId: string): Promise<string> {
  let byStation = consultants.get(store);
  if (!byStation) consultants.set(store, (byStation = new Map()));
  let id = byStation.get(stationId);
  if (!id) {
    id = seedConsultant(store, now, stationId, { name: `驻站专家${stationId}` }).then((a) => a.userId);
    byStation.set(stationId, id);
  }
  return id;
}

const handedOut = new WeakMap<Store, Set<string>>();

/** The next slot of the station's consultant nobody holds or was given, bookable at `now`. */
export async function freeSlot(
  store: Store,
  now: number,
  stationId: string,
): Promise<{ consultantId: string; start: number }> {
  const consultantId = await stationConsultant(store, now, stationId);
  let given = handedOut.get(store);
  if (!given) handedOut.set(store, (given = new Set()));
  const first = shanghaiDate(now);
  for (let day = 0; day <= DEFAULT_BOOKING_RULES.horizonDays; day++) {
    for (const slot of slotsOn(addDays(first, day), EVERY_DAY, [])) {
      const id = holdId(consultantId, slot.start);
      if (!isBookable(slot.start, now, DEFAULT_BOOKING_RULES) || given.has(id)) continue;
      given.add(id);
      if (!(await store.get('slot_holds', id))) return { consultantId, start: slot.start };
    }
  }
  throw new Error(`no free slot left at ${stationId}`);
}

/** A valid `consult.book` input for the next free slot at the station (a fresh request id). */
export async function bookingInput(store: Store, now: number, stationId: string) {
  const { consultantId, start } = await freeSlot(store, now, stationId);
  return {
    clientRequestId: newRequestId('book'),
    stationId,
    consultantId,
    slotStart: start,
    topic: 'consulting',
    question: '想了解商标注册的流程和材料',
  };
}

let bookingSeq = 0;

/** A booked consultation of `companyId` with the station's consultant, in the next free slot. */
export async function seedBooking(
  store: Store,
  now: number,
  stationId: string,
  companyId: string,
  bookedBy = 'seed-booker',
): Promise<string> {
  const { consultantId, start } = await freeSlot(store, now, stationId);
  const booking: BookingDoc = {
    _id: `bk-seed-${++bookingSeq}-${process.pid}`,
    stationId,
    stationName: '测试站点',
    companyId,
    companyName: `测试企业${companyId}`,
    bookedBy,
    bookedByName: '预约人',
    consultantId,
    consultantName: `驻站专家${stationId}`,
    start,
    end: start + 30 * 60_000,
    channel: 'onsite',
    location: '咨询室',
    topic: 'consulting',
    question: '咨询商标注册流程',
    status: 'booked',
    history: [{ at: now, by: bookedBy, byName: '预约人', event: 'booked' }],
    createdAt: now,
  };
  await recordBooking(store, booking, Number.MAX_SAFE_INTEGER);
  return booking._id;
}
