/**
 * The statistics rollup: keeps `stat_buckets` equal to the sum of every source record's
 * projection (core/rules/rollups.ts), incrementally, and reads them back for a range.
 *
 * The job (run by the timer, and by a statistics view before it reads):
 *  - per source collection, reads the records whose change stamp `_ts` is at or after its cursor,
 *    oldest first, a page at a time (index `_ts, _id`): never the whole history;
 *  - per record, in one transaction: reads the record's fact (its last projection), moves each
 *    bucket by the difference between the new projection and the fact, and stores the new fact.
 *    A record processed twice moves nothing the second time, so a crash anywhere is safe: the
 *    next run resumes from the cursor and replays at most a page;
 *  - moves the cursor, but never closer to now than ROLLUP_LAG_MS: on CloudBase a write stamped
 *    at t may become visible a moment after t, so the last minutes are read again each run (and
 *    change nothing when nothing changed);
 *  - holds a lease per source, so two runs never process one source at once.
 *
 * CloudBase: every read is an indexed, bounded range (`_ts` ≥ cursor, page of ROLLUP_PAGE; a
 * view reads at most 13 month and ~62 day buckets per scope). Indexes: core/store/schema.ts.
 */
import type { Store } from '../../core/ports';
import {
  bucketId,
  bucketPlan,
  contributionDelta,
  CHANGE_STAMP,
  foldContributions,
  PROJECTION_VERSION,
  ROLLUP_SOURCES,
  sumCounters,
  trendPoints,
  type Contribution,
  type DateRange,
  type RollupSource,
} from '../../core/rules/rollups';
import { isAppError } from '../../core/errors';
import { project } from '../../core/store/projections';
import type { Doc } from '../../core/ports';

/** Records read per page of a source. */
export const ROLLUP_PAGE = 200;
/** The cursor stays this far behind now (writes become visible late on a distributed store). */
export const ROLLUP_LAG_MS = 2 * 60_000;
/** How long one run holds a source. */
export const ROLLUP_LEASE_MS = 60_000;

export interface BucketDoc extends Doc {
  scope: string;
  grain: 'd' | 'm';
  period: string;
  c: Record<string, number>;
}
interface FactDoc extends Doc {
  /** `scope|day|key` → amount: the record's projection when last applied. */
  c: Array<[string, number]>;
}
interface CursorDoc extends Doc {
  ts: number;
  id: string;
  leaseUntil: number;
  /** The PROJECTION_VERSION the cursor's records were applied with (absent: the first). */
  version?: number;
}

export interface RollupPorts {
  store: Store;
  clock: { now(): number };
}

export interface RollupReport {
  processed: number;
  /** A source stopped at the budget: another run will carry on. */
  more: boolean;
}

const insertIgnoringConflict = async (store: Store, collection: 'stat_buckets' | 'stat_cursors', doc: Doc) => {
  try {
    await store.insert(collection, doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
  }
};

/** The buckets one contribution moves: its day's and its month's. */
const bucketsOf = (c: Pick<Contribution, 'scope' | 'day'>) => [
  { _id: bucketId(c.scope, 'd', c.day), scope: c.scope, grain: 'd' as const, period: c.day },
  { _id: bucketId(c.scope, 'm', c.day.slice(0, 7)), scope: c.scope, grain: 'm' as const, period: c.day.slice(0, 7) },
];

/** Applies one record's current projection (idempotent: its fact says what is already counted). */
async function applyRecord(store: Store, source: RollupSource, doc: Doc, known: Set<string>): Promise<void> {
  const after = foldContributions(project(source, doc));
  // Buckets exist before the transaction moves them (an insert there would abort it on a race).
  for (const k of after.keys()) {
    const [scope, day] = k.split('|') as [string, string];
    for (const b of bucketsOf({ scope, day })) {
      if (known.has(b._id)) continue;
      if (!(await store.get('stat_buckets', b._id)))
        await insertIgnoringConflict(store, 'stat_buckets', { ...b, c: {} });
      known.add(b._id);
    }
  }
  const factId = `${source}:${doc._id}`;
  await store.transaction(async (tx) => {
    const fact = await tx.get<FactDoc>('stat_facts', factId);
    const delta = contributionDelta(new Map(fact?.c ?? []), after);
    if (delta.length === 0) return;
    const moves = new Map<string, Record<string, number>>();
    for (const d of delta) {
      for (const b of bucketsOf(d)) {
        const inc = moves.get(b._id) ?? {};
        inc[`c.${d.key}`] = (inc[`c.${d.key}`] ?? 0) + d.n;
        moves.set(b._id, inc);
      }
    }
    for (const [id, inc] of moves) await tx.updateById('stat_buckets', id, { inc });
    const c = [...after.entries()];
    if (fact) await tx.updateById('stat_facts', factId, { set: { c } });
    else await tx.insert<FactDoc>('stat_facts', { _id: factId, c });
  });
}

/** Takes the source's lease; false when another run holds it. */
async function lease(store: Store, source: RollupSource, now: number): Promise<CursorDoc | null> {
  await insertIgnoringConflict(store, 'stat_cursors', { _id: source, ts: 0, id: '', leaseUntil: 0 });
  const taken = await store.update(
    'stat_cursors',
    { _id: source, leaseUntil: { $lt: now } },
    { set: { leaseUntil: now + ROLLUP_LEASE_MS } },
  );
  if (taken !== 1) return null;
  const cursor = (await store.get<CursorDoc>('stat_cursors', source))!;
  if ((cursor.version ?? 1) === PROJECTION_VERSION) return cursor;
  // The projections changed: replay every record (each moves the buckets by its difference only).
  await store.update('stat_cursors', { _id: source }, { set: { ts: 0, id: '', version: PROJECTION_VERSION } });
  return { ...cursor, ts: 0, id: '', version: PROJECTION_VERSION };
}

/**
 * Brings every bucket up to date with what changed since the last run, at most `budget`
 * records per source.
 */
export async function rollUp(ports: RollupPorts, budget = 5_000): Promise<RollupReport> {
  const { store, clock } = ports;
  const known = new Set<string>();
  let processed = 0;
  let more = false;
  for (const source of ROLLUP_SOURCES) {
    const now = clock.now();
    const cursor = await lease(store, source, now);
    if (!cursor) continue;
    let { ts, id } = cursor;
    let done = 0;
    try {
      for (;;) {
        const page = await store.find<Doc>(source, {
          where: { $or: [{ [CHANGE_STAMP]: { $gt: ts } }, { [CHANGE_STAMP]: ts, _id: { $gt: id } }] },
          orderBy: [
            [CHANGE_STAMP, 'asc'],
            ['_id', 'asc'],
          ],
          limit: ROLLUP_PAGE,
        });
        let settled = { ts, id };
        for (const doc of page) {
          await applyRecord(store, source, doc, known);
          const stamp = doc[CHANGE_STAMP] as number;
          // The cursor passes a record only once it is old enough that nothing can appear before it.
          if (stamp <= now - ROLLUP_LAG_MS) settled = { ts: stamp, id: doc._id };
          ts = stamp;
          id = doc._id;
        }
        done += page.length;
        await store.update('stat_cursors', { _id: source }, { set: { ts: settled.ts, id: settled.id } });
        if (page.length < ROLLUP_PAGE) break;
        if (done >= budget) {
          more = true;
          break;
        }
      }
    } finally {
      await store.update('stat_cursors', { _id: source }, { set: { leaseUntil: 0 } });
    }
    processed += done;
  }
  return { processed, more };
}

/** Marks every source record unstamped so far (data written before the stamps existed). */
export async function stampLegacyRecords(store: Store, now: number): Promise<number> {
  let n = 0;
  for (const source of ROLLUP_SOURCES)
    n += await store.update(source, { [CHANGE_STAMP]: null }, { set: { [CHANGE_STAMP]: now } });
  return n;
}

async function bucketsOfScope(store: Store, scope: string, grain: 'd' | 'm', periods: string[]): Promise<BucketDoc[]> {
  if (periods.length === 0) return [];
  return store.find<BucketDoc>('stat_buckets', {
    where: { scope, grain, period: { $gte: periods[0]!, $lte: periods[periods.length - 1]! } },
    orderBy: [['period', 'asc']],
    limit: 1000,
  });
}

/** A scope's counters summed over a range (whole months from month buckets, the rest from days). */
export async function countersFor(store: Store, scope: string, range: DateRange): Promise<Record<string, number>> {
  const plan = bucketPlan(range);
  const [months, days] = await Promise.all([
    bucketsOfScope(store, scope, 'm', plan.months),
    bucketsOfScope(store, scope, 'd', plan.days),
  ]);
  const wantMonths = new Set(plan.months);
  const wantDays = new Set(plan.days);
  return sumCounters([
    ...months.filter((b) => wantMonths.has(b.period)).map((b) => b.c),
    ...days.filter((b) => wantDays.has(b.period)).map((b) => b.c),
  ]);
}

/** A scope's counters per trend point (days, or months for long ranges). */
export async function trendFor(
  store: Store,
  scope: string,
  range: DateRange,
): Promise<{ grain: 'd' | 'm'; points: Array<{ period: string; c: Record<string, number> }> }> {
  const { grain, points } = trendPoints(range);
  const buckets = await bucketsOfScope(store, scope, grain, points);
  const byPeriod = new Map(buckets.map((b) => [b.period, b.c]));
  return { grain, points: points.map((period) => ({ period, c: byPeriod.get(period) ?? {} })) };
}
