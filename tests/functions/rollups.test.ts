/**
 * The statistics rollups against a brute-force recount: random histories of consultations,
 * bookings, visits, requests, assignments, trainings, ratings and questionnaire answers —
 * created, cancelled, moved through their states, re-rated — written through the same stamped
 * store the actions use, with the rollup job run at random moments in small steps. Whatever the
 * order, the buckets must equal a direct count over the records as they finally stand.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stampedStore } from '../../cloudfunctions/_shared/change-stamps';
import { countersFor, hasPendingChanges, rollUp, ROLLUP_PAGE } from '../../cloudfunctions/_shared/rollups';
import { insightScope, K, keyPart, personScope, stationScope, type DateRange } from '../../core/rules/rollups';
import { keywordsOf } from '../../core/rules/keywords';
import { HOUR_MS, shanghaiDate } from '../../core/rules/time';
import type { Store } from '../../core/ports';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';
import { DAY, testClock, type TestClock } from '../support/clock';

/** A small seeded generator, so a failing history can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

const STATIONS = ['st-a', 'st-b', 'st-c'];
const PEOPLE = ['u-1', 'u-2', 'u-3', 'u_4-x'];
const COMPANIES = ['co-1', 'co-2', 'co-3', 'co-4', 'co-5', 'co-6'];
const CHANNELS = ['onsite', 'phone', 'video', 'online'] as const;
const CATEGORIES = ['patent', 'trademark', 'copyright', 'rights_protection'] as const;
const QUESTIONS = ['发明专利申请需要多久', '商标被抢注怎么维权', '软件著作权登记流程', '专利质押融资的银行'];
/** The histories span a month end and a year end: 2024-11-20 .. 2025-02-27. */
const HISTORY_START = Date.UTC(2024, 10, 20, 1, 0, 0);
const HISTORY_DAYS = 100;

type Docs = Map<string, Record<string, unknown>>;
interface World {
  raw: SqliteStore;
  store: Store;
  clock: TestClock;
  docs: Record<string, Docs>;
}

function world(): World {
  const raw = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'rollups-')), 'r.db'));
  const clock = testClock(HISTORY_START + HISTORY_DAYS * DAY);
  return { raw, clock, store: stampedStore(raw, clock), docs: {} };
}

async function put(w: World, collection: string, doc: Record<string, unknown>) {
  (w.docs[collection] ??= new Map()).set(doc._id as string, doc);
  await w.store.insert(collection as never, doc);
}
async function change(w: World, collection: string, id: string, set: Record<string, unknown>) {
  const doc = w.docs[collection]!.get(id)!;
  Object.assign(doc, set);
  await w.store.update(collection as never, { _id: id }, { set });
}

/** One random step of a history: something new, or a change to something that exists. */
async function step(w: World, r: ReturnType<typeof random>, i: number) {
  const when = HISTORY_START + r.int(HISTORY_DAYS) * DAY + r.int(10) * HOUR_MS;
  const existing = (c: string) => [...(w.docs[c]?.keys() ?? [])];
  const kind = r.int(14);
  const stationId = r.pick(STATIONS);
  const person = r.pick(PEOPLE);
  w.clock.advance(r.int(3) * 60_000);
  switch (kind) {
    case 0:
      return put(w, 'consultation_records', {
        _id: `rec${i}`,
        stationId,
        consultantId: person,
        companyId: r.pick(COMPANIES),
        consultedAt: when,
        channel: r.pick(CHANNELS),
        category: r.pick(CATEGORIES),
        durationMinutes: 10 + r.int(50),
        summary: r.pick(QUESTIONS),
      });
    case 1:
      return put(w, 'bookings', { _id: `bk${i}`, stationId, consultantId: person, start: when, status: 'booked' });
    case 2: {
      const ids = existing('bookings');
      if (ids.length) await change(w, 'bookings', r.pick(ids), { status: r.pick(['cancelled', 'no_show', 'done']) });
      return;
    }
    case 3:
      return put(w, 'visits', {
        _id: `vs${i}`,
        stationId,
        companyId: r.pick(COMPANIES),
        createdBy: person,
        visitedAt: when,
        form: r.pick(['onsite', 'phone', 'video']),
        topics: [r.pick(CATEGORIES)],
      });
    case 4:
      return put(w, 'service_requests', {
        _id: `rq${i}`,
        stationId,
        category: r.pick(CATEGORIES),
        status: 'submitted',
        createdAt: when,
        history: [{ at: when, event: 'created', status: 'submitted' }],
      });
    case 5: {
      const ids = existing('service_requests').filter((id) => w.docs.service_requests!.get(id)!.status === 'submitted');
      if (!ids.length) return;
      const id = r.pick(ids);
      const doc = w.docs.service_requests!.get(id)!;
      const at = (doc.createdAt as number) + (1 + r.int(96)) * HOUR_MS;
      await change(w, 'service_requests', id, {
        status: 'accepted',
        handlerId: person,
        history: [...(doc.history as unknown[]), { at, event: 'accepted', status: 'accepted' }],
      });
      return;
    }
    case 6: {
      const ids = existing('service_requests');
      if (!ids.length) return;
      const id = r.pick(ids);
      const doc = w.docs.service_requests!.get(id)!;
      if (r.next() < 0.5) await change(w, 'service_requests', id, { status: 'cancelled' });
      else
        await change(w, 'service_requests', id, {
          status: 'closed',
          closedAt: (doc.createdAt as number) + r.int(20) * DAY,
        });
      return;
    }
    case 7:
      return put(w, 'assignments', { _id: `as${i}`, stationId, assigneeId: person, assignedAt: when, outcome: 'open' });
    case 8: {
      const ids = existing('assignments');
      if (ids.length)
        await change(w, 'assignments', r.pick(ids), {
          outcome: r.pick(['accepted', 'declined', 'reassigned']),
          onTime: r.next() < 0.6,
          ...(r.next() < 0.3 ? { reportedAt: when } : {}),
        });
      return;
    }
    case 9:
      return put(w, 'trainings', {
        _id: `tr${i}`,
        stationId,
        startAt: when,
        status: 'published',
        confirmedCount: r.int(30),
        waitlistCount: r.int(5),
        checkedInCount: r.int(20),
        walkInCount: r.int(3),
      });
    case 10: {
      const ids = existing('trainings');
      if (!ids.length) return;
      const set = r.next() < 0.2 ? { status: 'cancelled' } : { confirmedCount: r.int(40), checkedInCount: r.int(30) };
      await change(w, 'trainings', r.pick(ids), set);
      return;
    }
    case 11: {
      const recs = existing('consultation_records');
      if (!recs.length) return;
      const recordId = r.pick(recs);
      const rec = w.docs.consultation_records!.get(recordId)!;
      const id = `rating:${recordId}`;
      const stars = 1 + r.int(5);
      if (w.docs.ratings?.has(id)) await change(w, 'ratings', id, { stars, low: stars <= 2 });
      else
        await put(w, 'ratings', {
          _id: id,
          stationId: rec.stationId,
          consultantId: rec.consultantId,
          ratedAt: when,
          stars,
          low: stars <= 2,
        });
      return;
    }
    case 12: {
      const id = `training:${r.int(8)}:${person}`;
      const overall = 1 + r.int(5);
      if (w.docs.survey_responses?.has(id)) await change(w, 'survey_responses', id, { answers: { overall } });
      else
        await put(w, 'survey_responses', {
          _id: id,
          stationId,
          targetKind: 'training',
          submittedAt: when,
          answers: { overall },
        });
      return;
    }
    default:
      await rollUp({ store: w.raw, clock: w.clock }, 1 + r.int(2) * ROLLUP_PAGE);
  }
}

/** The direct count, from the records as they stand, for the figures the views show. */
function recount(w: World, scope: string, range: DateRange): Record<string, number> {
  const inRange = (ms: unknown) => {
    const d = shanghaiDate(ms as number);
    return d >= range.from && d <= range.to;
  };
  const of = (c: string) => [...(w.docs[c]?.values() ?? [])];
  const mine = (d: Record<string, unknown>, stationField: string, personField: string) =>
    scope === stationScope(d[stationField] as string) || scope === personScope(d[personField] as string);
  const out: Record<string, number> = {};
  const add = (k: string, n = 1) => {
    if (n) out[k] = (out[k] ?? 0) + n;
  };
  // A station's insight scope: who asked, and the words of the questions (once per consultation).
  for (const d of of('consultation_records')) {
    if (scope !== insightScope(d.stationId as string) || !inRange(d.consultedAt)) continue;
    add(K.askedBy + keyPart(d.companyId as string));
    for (const w of keywordsOf(d.summary as string)) add(K.keyword + keyPart(w));
  }
  for (const d of of('consultation_records').filter(
    (d) => mine(d, 'stationId', 'consultantId') && inRange(d.consultedAt),
  )) {
    add(K.consult);
    add(K.consultChannel + d.channel);
    add(K.consultBy + keyPart(d.consultantId as string));
    add(K.consultMinutes, d.durationMinutes as number);
  }
  for (const d of of('bookings').filter((d) => mine(d, 'stationId', 'consultantId') && inRange(d.start))) {
    add(K.bookings);
    if (d.status === 'no_show') add(K.bookingNoShow);
    if (d.status === 'cancelled') add(K.bookingCancelled);
  }
  const companies = new Set<string>();
  for (const d of of('visits').filter((d) => mine(d, 'stationId', 'createdBy') && inRange(d.visitedAt))) {
    add(K.visits);
    companies.add(d.companyId as string);
  }
  out.companiesCovered = companies.size;
  for (const d of of('service_requests').filter((d) => mine(d, 'stationId', 'handlerId') && inRange(d.createdAt))) {
    add(K.requests);
    add(K.requestStatus + d.status);
    const accepted = (d.history as Array<{ event: string; at: number }>).find((h) => h.event === 'accepted');
    if (accepted && accepted.at - (d.createdAt as number) <= 48 * HOUR_MS) add(K.requestRespondedIn2Days);
    if (d.status === 'closed') add(K.requestClosed);
  }
  for (const d of of('assignments').filter((d) => mine(d, 'stationId', 'assigneeId') && inRange(d.assignedAt))) {
    add(K.assignments);
    if ((d.outcome === 'accepted' || d.outcome === 'declined') && d.onTime) add(K.assignmentOnTime);
  }
  for (const d of of('trainings').filter((d) => mine(d, 'stationId', '-') && inRange(d.startAt))) {
    if (d.status === 'cancelled') continue;
    add(K.trainings);
    add(K.trainingSignups, d.confirmedCount as number);
    add(K.trainingCheckins, d.checkedInCount as number);
  }
  for (const d of of('ratings').filter((d) => mine(d, 'stationId', 'consultantId') && inRange(d.ratedAt))) {
    add(`${K.rate}consult_s${d.stars}`);
    if ((d.stars as number) <= 2) add(`${K.rate}consult_low`);
  }
  for (const d of of('survey_responses').filter((d) => mine(d, 'stationId', '-') && inRange(d.submittedAt))) {
    add(`${K.rate}training_n`);
    add(`${K.rate}training_sum`, (d.answers as { overall: number }).overall);
  }
  return out;
}

/** The rollup's answer for the same figures (the keys the recount names, distinct companies from vc_ keys). */
function pick(counters: Record<string, number>, like: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const k of Object.keys(like)) if (k !== 'companiesCovered' && counters[k]) out[k] = counters[k]!;
  out.companiesCovered = Object.entries(counters).filter(([k, n]) => k.startsWith(K.visitCompany) && n > 0).length;
  return out;
}

/** One on-site visit of st-a's `companyId` at the start of the history, written as an action writes it. */
const putVisit = (w: World, id: string, companyId: string) =>
  put(w, 'visits', {
    _id: id,
    stationId: 'st-a',
    companyId,
    createdBy: 'u-1',
    visitedAt: HISTORY_START,
    form: 'onsite',
    topics: [],
  });

const RANGES: DateRange[] = [
  { from: '2024-12-01', to: '2024-12-31' }, // a whole month (month buckets)
  { from: '2024-12-17', to: '2025-01-09' }, // across a year end (day buckets)
  { from: '2024-11-20', to: '2025-02-28' }, // whole months and partial ends
  { from: '2025-01-01', to: '2025-12-31' }, // a year
];
const SCOPES = [...STATIONS.map(stationScope), ...PEOPLE.map(personScope), ...STATIONS.map(insightScope)];

describe('statistics rollups', () => {
  it.each([1, 2, 3, 4, 5, 6])('equal a brute-force recount after random history #%i', async (seed) => {
    const w = world();
    const r = random(seed);
    for (let i = 0; i < 500; i++) await step(w, r, i);
    w.clock.advance(10 * 60_000);
    await rollUp({ store: w.raw, clock: w.clock });

    for (const scope of SCOPES) {
      for (const range of RANGES) {
        const expected = recount(w, scope, range);
        const actual = pick(await countersFor(w.raw, scope, range), expected);
        expect({ scope, range, figures: actual }).toEqual({ scope, range, figures: expected });
      }
    }
    await w.raw.close();
  });

  it('replaying every record from the start (a lost cursor, a crash mid-page) changes no figure', async () => {
    const w = world();
    const r = random(42);
    for (let i = 0; i < 300; i++) await step(w, r, i);
    await rollUp({ store: w.raw, clock: w.clock });
    const before = await countersFor(w.raw, stationScope('st-a'), RANGES[2]!);

    await w.raw.remove('stat_cursors', {});
    await rollUp({ store: w.raw, clock: w.clock });

    expect(await countersFor(w.raw, stationScope('st-a'), RANGES[2]!)).toEqual(before);
    await w.raw.close();
  });

  it('a run finding another run holding a source leaves it alone', async () => {
    const w = world();
    await putVisit(w, 'v1', 'co-1');
    await w.raw.insert('stat_cursors', { _id: 'visits', ts: 0, id: '', leaseUntil: w.clock.now() + 30_000 });

    await rollUp({ store: w.raw, clock: w.clock });

    expect((await countersFor(w.raw, stationScope('st-a'), RANGES[2]!))[K.visits]).toBeUndefined();
    await w.raw.close();
  });
});

describe('whether a view must let the rollup catch up', () => {
  it('is no once every source was read to the end and nothing was written since, yes after a write', async () => {
    const w = world();
    await putVisit(w, 'v1', 'co-1');
    expect(await hasPendingChanges(w.raw)).toBe(true); // never rolled up
    w.clock.advance(60_000);
    await rollUp({ store: w.raw, clock: w.clock });
    expect(await hasPendingChanges(w.raw)).toBe(false);

    await putVisit(w, 'v2', 'co-2');

    expect(await hasPendingChanges(w.raw)).toBe(true);
    await w.raw.close();
  });
});
