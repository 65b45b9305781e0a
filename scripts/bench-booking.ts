/**
 * The booking figures of `npm run bench`, all from one run:
 *  - the race: RACE_N companies book ONE slot at the same moment through the host (all requests
 *    in flight at once): winners (must be 1), wall time, p50/p99 latency;
 *  - booking DISTINCT slots through the host, against the raw Store insert rate of the same
 *    booking documents (and the raw booking transaction) measured in the same run.
 */
import type { Store } from '../core/ports';
import { slotsOn, type WeeklyRule } from '../core/rules/slots';
import { addDays, shanghaiDate } from '../core/rules/time';
import type { AvailabilityDoc, BookingDoc, CompanyDoc, UserDoc } from '../core/store/docs';
import { recordBooking } from '../cloudfunctions/_shared/bookings';
import { newMembership } from '../cloudfunctions/_shared/memberships';
import { startBenchHost, timedRawInserts, withTempStore } from './bench-host';
import { timed, type Figure } from './bench-timing';

const STATION = 'st-haidian-zgc';
/** Ten-minute slots 08:00–20:00 every day: 72 per consultant per day. */
const PATTERN: WeeklyRule[] = [
  { weekdays: [1, 2, 3, 4, 5, 6, 7], start: '08:00', end: '20:00', slotMinutes: 10, channel: 'phone' },
];
/** A company may hold this many open bookings per station (the contract's maximum). */
const MAX_OPEN = 20;
const CONSULTANTS = 10;

export interface RaceFigure {
  n: number;
  winners: number;
  conflicts: number;
  others: number;
  wallSeconds: number;
  latenciesMs: number[];
}

export interface BookingFigures {
  race: RaceFigure;
  rawInsert: Figure;
  rawTransaction: Figure;
  hostBook: Figure;
}

/** `count` distinct bookable slots of the consultants, from tomorrow (Shanghai) on. */
function distinctSlots(consultants: string[], count: number): Array<{ consultantId: string; start: number }> {
  const out: Array<{ consultantId: string; start: number }> = [];
  for (let day = 1; out.length < count; day++) {
    const date = addDays(shanghaiDate(Date.now()), day);
    for (const s of slotsOn(date, PATTERN, [])) {
      for (const consultantId of consultants) out.push({ consultantId, start: s.start });
    }
  }
  return out.slice(0, count);
}

function bookingDoc(i: number, slot: { consultantId: string; start: number }, now: number): BookingDoc {
  return {
    _id: `bench-${i}`,
    stationId: STATION,
    stationName: '基准站点',
    companyId: `bench-co-${i % 200}`,
    companyName: '基准企业',
    bookedBy: 'bench',
    bookedByName: '基准',
    consultantId: slot.consultantId,
    consultantName: '基准专家',
    start: slot.start,
    end: slot.start + 10 * 60_000,
    channel: 'phone',
    topic: 'consulting',
    question: '基准测试的咨询问题',
    status: 'booked',
    history: [{ at: now, by: 'bench', byName: '基准', event: 'booked' }],
    createdAt: now,
  };
}

/** Baselines on a fresh store: booking documents inserted straight into SQLite, and the booking transaction through the Store. */
function rawFigures(n: number): Promise<{ rawInsert: Figure; rawTransaction: Figure }> {
  return withTempStore(async (store) => {
    const slots = distinctSlots(['raw-a', 'raw-b'], n);
    const now = Date.now();
    const rawInsert = await timedRawInserts(
      store,
      'insert a booking document (SQLite, autocommit)',
      'bookings',
      n,
      (i) => bookingDoc(i, slots[i]!, now),
    );
    const txSlots = distinctSlots(['raw-c', 'raw-d'], n);
    const rawTransaction = await timed('booking transaction through the Store (quota + hold + booking)', n, 1, (i) =>
      recordBooking(store, { ...bookingDoc(i, txSlots[i]!, now), _id: `tx-${i}` }, Number.MAX_SAFE_INTEGER),
    );
    return { rawInsert, rawTransaction };
  });
}

async function seedConsultant(store: Store, i: number, now: number): Promise<string> {
  const userId = `bench-consultant-${i}`;
  await store.insert<UserDoc>('users', { _id: userId, displayName: `基准专家${i}`, createdAt: now });
  await store.insert('memberships', newMembership(userId, 'expert', { stationId: STATION }, 'seed', now));
  const availability: AvailabilityDoc = {
    _id: `${STATION}:${userId}`,
    stationId: STATION,
    consultantId: userId,
    consultantName: `基准专家${i}`,
    rules: PATTERN,
    exceptions: [],
    updatedAt: now,
    updatedBy: 'bench',
  };
  await store.insert('availability', availability);
  return userId;
}

/** The host's own figures: `companies` accounts, each staff of its own confirmed company. */
async function hostFigures(raceN: number, distinctN: number, concurrency: number) {
  const bench = await startBenchHost(false);
  const { post } = bench;
  const store = bench.host.store;
  const now = Date.now();
  await store.update(
    'stations',
    { _id: STATION },
    { set: { bookingRules: { minNoticeMinutes: 120, horizonDays: 90, maxOpenPerCompany: MAX_OPEN } } },
  );
  const consultants: string[] = [];
  for (let i = 0; i < CONSULTANTS; i++) consultants.push(await seedConsultant(store, i, now));

  const companies = Math.max(raceN, Math.ceil(distinctN / MAX_OPEN));
  const tokens: string[] = [];
  await timed('register', companies, 8, async (i) => {
    const { token, userId } = await bench.register(`benchco${i}`, `企业${i}`);
    const company: CompanyDoc = {
      _id: `bench-company-${i}`,
      name: `基准企业${i}`,
      creditCode: `BENCH${String(i).padStart(13, '0')}`,
      district: 'haidian',
      stationId: STATION,
      contactName: '联系人',
      contactMobile: '13800000000',
      status: 'confirmed',
      joinCode: `BJ${String(i).padStart(6, '0')}`,
      createdBy: userId,
      createdAt: now,
      lastVisitAt: 0,
    };
    await store.insert('companies', company);
    await bench.grant(userId, 'company', { companyId: company._id });
    tokens[i] = token;
  });

  const slots = distinctSlots(consultants, distinctN + 1);
  const book = (i: number, slot: { consultantId: string; start: number }, token: string) =>
    post(
      '/api/fn/consult',
      {
        action: 'book',
        clientRequestId: `bench-book-${i}-${now}`,
        stationId: STATION,
        ...{ consultantId: slot.consultantId, slotStart: slot.start },
        topic: 'consulting',
        question: '基准测试的咨询问题',
      },
      token,
    );

  // The race: every company's request in flight at once, for the same slot.
  const raceSlot = slots[distinctN]!;
  const codes: string[] = [];
  const raceStarted = process.hrtime.bigint();
  const race = await timed('book one slot (race)', raceN, raceN, async (i) => {
    const reply = await book(i, raceSlot, tokens[i]!);
    codes.push(reply.ok ? 'ok' : (reply.error?.code ?? 'unknown'));
  });
  const wallSeconds = Number(process.hrtime.bigint() - raceStarted) / 1e9;

  // Distinct slots: every booking should succeed; company i % companies books slot i.
  let failures = 0;
  const hostBook = await timed('book a distinct slot', distinctN, concurrency, async (i) => {
    const reply = await book(raceN + i, slots[i]!, tokens[i % companies]!);
    if (!reply.ok) failures++;
  });
  if (failures) throw new Error(`${failures} distinct-slot bookings failed`);

  await bench.close();
  const raceFigure: RaceFigure = {
    n: raceN,
    winners: codes.filter((c) => c === 'ok').length,
    conflicts: codes.filter((c) => c === 'CONFLICT').length,
    others: codes.filter((c) => c !== 'ok' && c !== 'CONFLICT').length,
    wallSeconds,
    latenciesMs: race.latenciesMs,
  };
  return { race: raceFigure, hostBook };
}

export async function bookingFigures(raceN: number, distinctN: number, concurrency: number): Promise<BookingFigures> {
  const { rawInsert, rawTransaction } = await rawFigures(distinctN);
  const { race, hostBook } = await hostFigures(raceN, distinctN, concurrency);
  return { race, rawInsert, rawTransaction, hostBook };
}
