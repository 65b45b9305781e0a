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

/**
 * Records read per page of a source, and applied in one transaction: at most this many facts
 * and the buckets they move (a few dozen) — within what one CloudBase transaction takes.
 */
export const ROLLUP_PAGE = 100;
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
  /** When the last run of this source began: every record stamped before it has been read. */
  runAt?: number;
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

/**
 * Applies a page of records' current projections in ONE transaction: each record's fact says
 * what it already added, the differences of the whole page are summed per bucket (a page of a
 * station's records mostly moves the same few buckets), and each bucket moves once. A page with
 * nothing new (a replay of the last minutes) is seen from the facts before any write.
 */
async function applyPage(store: Store, source: RollupSource, docs: Doc[], known: Set<string>): Promise<void> {
  if (docs.length === 0) return;
  const projected = docs.map((doc) => ({
    factId: `${source}:${doc._id}`,
    after: foldContributions(project(source, doc)),
  }));
  const seen = new Map(
    (
      await store.find<FactDoc>('stat_facts', {
        where: { _id: { $in: projected.map((p) => p.factId) } },
        limit: projected.length,
      })
    ).map((f) => [f._id, f]),
  );
  const changed = projected.filter((p) => contributionDelta(new Map(seen.get(p.factId)?.c ?? []), p.after).length > 0);
  if (changed.length === 0) return;
  // Buckets exist before the transaction moves them (an insert there would abort it on a race).
  for (const { after } of changed) {
    for (const k of after.keys()) {
      const [scope, day] = k.split('|') as [string, string];
      for (const b of bucketsOf({ scope, day })) {
        if (known.has(b._id)) continue;
        if (!(await store.get('stat_buckets', b._id)))
          await insertIgnoringConflict(store, 'stat_buckets', { ...b, c: {} });
        known.add(b._id);
      }
    }
  }
  await store.transaction(async (tx) => {
    const moves = new Map<string, Record<string, number>>();
    const facts: Array<() => Promise<unknown>> = [];
    for (const { factId, after } of changed) {
      const fact = await tx.get<FactDoc>('stat_facts', factId);
      const delta = contributionDelta(new Map(fact?.c ?? []), after);
      if (delta.length === 0) continue;
      for (const d of delta) {
        for (const b of bucketsOf(d)) {
          const inc = moves.get(b._id) ?? {};
          inc[`c.${d.key}`] = (inc[`c.${d.key}`] ?? 0) + d.n;
          moves.set(b._id, inc);
        }
      }
      const c = [...after.entries()];
      facts.push(() =>
        fact
          ? tx.updateById('stat_facts', factId, { set: { c } })
          : tx.insert<FactDoc>('stat_facts', { _id: factId, c }),
      );
    }
    for (const [id, inc] of moves) {
      const net = Object.fromEntries(Object.entries(inc).filter(([, n]) => n !== 0));
      if (Object.keys(net).length) await tx.updateById('stat_buckets', id, { inc: net });
    }
    for (const write of facts) await write();
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
    let stoppedEarly = false;
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
        await applyPage(store, source, page, known);
        for (const doc of page) {
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
          stoppedEarly = true;
          break;
        }
      }
      // Read to the end: every record stamped before this run began has been applied.
      if (!stoppedEarly) await store.update('stat_cursors', { _id: source }, { set: { runAt: now } });
    } finally {
      await store.update('stat_cursors', { _id: source }, { set: { leaseUntil: 0 } });
    }
    processed += done;
  }
  return { processed, more };
}

/**
 * Whether any source has records the last runs may not have read (stamped since the run began), or
 * has never been rolled up. Reads only: the cursors, and one indexed row per source. A view calls
 * it before it lets the rollup catch up, so an idle database costs a view no write at all.
 */
export async function hasPendingChanges(store: Store): Promise<boolean> {
  const cursors = new Map(
    (await store.find<CursorDoc>('stat_cursors', { limit: ROLLUP_SOURCES.length + 5 })).map((c) => [c._id, c]),
  );
  for (const source of ROLLUP_SOURCES) {
    const cursor = cursors.get(source);
    if (!cursor || cursor.runAt === undefined || (cursor.version ?? 1) !== PROJECTION_VERSION) return true;
    const newer = await store.find<Doc>(source, { where: { [CHANGE_STAMP]: { $gte: cursor.runAt } }, limit: 1 });
    if (newer.length) return true;
  }
  return false;
}

/** What a view does before it reads: the rollup catches up within `budget`, when anything is pending. */
export async function catchUp(ports: RollupPorts, budget: number): Promise<RollupReport> {
  return (await hasPendingChanges(ports.store)) ? rollUp(ports, budget) : { processed: 0, more: false };
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
