/**
 * The overdue sweep's figures of `npm run bench` (issue 12), from one run on ONE SQLite database:
 *  - OPEN assigned requests written straight into the file in batched transactions: DUE of them
 *    past their answer's due time and not yet marked, BACKLOG marked overdue and escalated long
 *    ago and still unanswered, the rest due in the next two days; a chief per station, an admin;
 *  - the raw indexed query of the due ones (cloudfunctions/_shared/request-sla.ts dueWhere, read
 *    in the sweep's pages) on the Store — the baseline — against jobs.sweepOverdueRequests run
 *    through the runtime as the timer does (reads, one transaction per request, the notices);
 *    then the next run, with nothing left to do, against the same query finding nothing;
 *  - how many rows the sweep read (a Store that counts what every find returns) and the query
 *    plans: it reads only the due ones, by index, never the backlog or the rest.
 *
 * Standalone: `npx tsx scripts/bench-sla.ts` (BENCH_SLA_OPEN, BENCH_SLA_DUE, BENCH_SLA_BACKLOG to
 * change the sizes). Not a test: it prints, it does not assert timings.
 */
import type { Doc, Store } from '../core/ports';
import type { FindOptions } from '../core/store/query';
import type { MembershipDoc, ServiceRequestDoc } from '../core/store/docs';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../core/rules/time';
import { inboxNotifier } from '../cloudfunctions/_shared/inbox';
import { nodeIds } from '../cloudfunctions/_shared/node-ports';
import { dueWhere, SWEEP_PAGE_SIZE } from '../cloudfunctions/_shared/request-sla';
import { runAction, type Platform } from '../cloudfunctions/_shared/runtime';
import { SYSTEM_CALLER } from '../cloudfunctions/_shared/system';
import { FUNCTION_HANDLERS } from '../cloudfunctions/registry';
import type { SqliteStore } from '../server/store/sqlite-store';
import { rawInserter } from './bench-raw-insert';
import { withTempStore } from './bench-host';
import { runSectionIfMain } from './bench-timing';

const OPEN = Number(process.env.BENCH_SLA_OPEN ?? 100_000);
const DUE = Number(process.env.BENCH_SLA_DUE ?? Math.round(OPEN / 100));
const BACKLOG = Number(process.env.BENCH_SLA_BACKLOG ?? Math.round(OPEN / 50));
/** Raw query repetitions (the sweep itself runs once: it changes what it reads). */
const QUERY_RUNS = 20;
const STATIONS = 20;
const BATCH = 5_000;
/** 2026-03-02 10:00 Shanghai: the sweep's now. */
const NOW = Date.UTC(2026, 2, 2, 2, 0);

export interface SlaFigures {
  open: number;
  due: number;
  backlog: number;
  /** The raw indexed query of the due ones, pages of SWEEP_PAGE_SIZE until a short one: ms per run. */
  queryMs: number;
  queryRows: number;
  sweepMs: number;
  sweep: { checked: number; overdue: number; escalated: number };
  /** Rows every find of the sweep returned (service_requests; memberships for the chiefs). */
  sweepRowsRead: Record<string, number>;
  emptyQueryMs: number;
  idleSweepMs: number;
  idleRowsRead: Record<string, number>;
  notices: number;
  plans: Record<string, string[]>;
}

function seed(store: SqliteStore) {
  const db = store.rawDatabase();
  const insert = rawInserter(store, 'service_requests');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const stationId = `st-bench-${i % STATIONS}`;
      // The first DUE are late by up to 20 hours (not yet a day: overdue, not escalated); the next
      // BACKLOG were marked and escalated days ago; the rest are due within the next two days.
      const kind = i < DUE ? 'due' : i < DUE + BACKLOG ? 'backlog' : 'open';
      const assignedAt =
        kind === 'due'
          ? NOW - 2 * DAY_MS - (i % 1200) * MINUTE_MS - 2 * MINUTE_MS
          : kind === 'backlog'
            ? NOW - 6 * DAY_MS
            : NOW - (i % 2800) * MINUTE_MS;
      const respondBy = assignedAt + 2 * DAY_MS;
      const doc: ServiceRequestDoc = {
        _id: `req:bench-${i}`,
        stationId,
        stationName: `基准工作站${i % STATIONS}`,
        companyId: `co-bench-${i % 5000}`,
        companyName: `基准企业${i % 5000}`,
        category: 'application',
        description: '新产品需要申请发明专利，请安排专业人员指导',
        attachments: [],
        urgency: 'normal',
        urgencyRank: 1,
        status: 'assigned',
        source: 'company',
        handlerId: `u-liaison-${i % STATIONS}`,
        handlerName: '联络员',
        assigneeId: `u-expert-${i % 300}`,
        assigneeName: `专家${i % 300}`,
        assigneeKind: 'expert',
        assignedAt,
        respondBy,
        ...(kind === 'backlog'
          ? { overdueAt: respondBy + 5 * MINUTE_MS, escalatedAt: respondBy + DAY_MS + 5 * MINUTE_MS }
          : {}),
        history: [{ at: assignedAt, by: 'u-chief', byName: '站长', event: 'assigned', status: 'assigned' }],
        createdBy: 'u-company',
        createdByName: '企业联系人',
        createdAt: assignedAt - HOUR_MS,
        updatedAt: assignedAt,
      };
      insert(doc);
    }
  });
  for (let i = 0; i < OPEN; i += BATCH) batch(i, Math.min(OPEN, i + BATCH));
  const grant = db.prepare('INSERT INTO "memberships" (id, doc) VALUES (?, ?)');
  const grants: MembershipDoc[] = [
    ...Array.from({ length: STATIONS }, (_, s): MembershipDoc => ({
      _id: `u-chief-${s}:chief:st-bench-${s}`,
      userId: `u-chief-${s}`,
      role: 'chief',
      stationId: `st-bench-${s}`,
      status: 'active',
      via: 'seed',
      createdAt: NOW,
    })),
    { _id: 'u-admin:admin:all', userId: 'u-admin', role: 'admin', status: 'active', via: 'seed', createdAt: NOW },
  ];
  db.transaction(() => grants.forEach((g) => grant.run(g._id, JSON.stringify(g))))();
  // The host's store analyses on open; these rows came after it opened.
  db.exec('ANALYZE');
}

/** The Store, counting the documents each find returns per collection. */
function counting(store: Store): { store: Store; read: Record<string, number>; reset(): void } {
  const read: Record<string, number> = {};
  const wrapped: Store = {
    get: (collection, id) => store.get(collection, id),
    count: (collection, where) => store.count(collection, where),
    insert: (collection, doc) => store.insert(collection, doc),
    update: (collection, where, patch) => store.update(collection, where, patch),
    remove: (collection, where) => store.remove(collection, where),
    transaction: (work) => store.transaction(work),
    async find<T extends Doc>(collection: Parameters<Store['find']>[0], options?: FindOptions) {
      const rows = await store.find<T>(collection, options);
      read[collection] = (read[collection] ?? 0) + rows.length;
      return rows;
    },
  };
  return {
    store: wrapped,
    read,
    reset: () => Object.keys(read).forEach((k) => delete read[k]),
  };
}

/** Every due one, in the sweep's pages, as the sweep's query reads them (nothing marked). */
async function readDue(store: Store): Promise<number> {
  const where = dueWhere('overdue', NOW);
  const orderBy: Array<[string, 'asc']> = [
    ['respondBy', 'asc'],
    ['_id', 'asc'],
  ];
  let rows = 0;
  for (let skip = 0; ; skip += SWEEP_PAGE_SIZE) {
    const page = await store.find('service_requests', { where, orderBy, skip, limit: SWEEP_PAGE_SIZE });
    rows += page.length;
    if (page.length < SWEEP_PAGE_SIZE) return rows;
  }
}

async function ms<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - t0) / 1e6, result];
}

export async function slaFigures(): Promise<SlaFigures> {
  return withTempStore(async (store) => {
    seed(store);
    const counter = counting(store);
    const clock = { now: () => NOW };
    const platform: Platform = {
      store: counter.store,
      files: null as never, // the sweep stores no files
      clock,
      ids: nodeIds,
      notifier: inboxNotifier(store, clock),
      log: { info() {}, error() {} },
      resolveCaller: async () => SYSTEM_CALLER,
    };
    const sweep = async () => {
      const env = await runAction('jobs', FUNCTION_HANDLERS.jobs, { action: 'sweepOverdueRequests' }, platform);
      if (!env.ok) throw new Error(`sweep failed: ${JSON.stringify(env.error)}`);
      return env.data as SlaFigures['sweep'];
    };
    const plans = Object.fromEntries(
      (['overdue', 'escalated'] as const).map((event) => [
        event,
        store.queryPlan('service_requests', {
          where: dueWhere(event, NOW),
          orderBy: [
            ['respondBy', 'asc'],
            ['_id', 'asc'],
          ],
          limit: SWEEP_PAGE_SIZE,
        }),
      ]),
    );

    await readDue(store); // warm the statement cache and the pages
    let queryRows = 0;
    const [queryTotal] = await ms(async () => {
      for (let i = 0; i < QUERY_RUNS; i++) queryRows = await readDue(store);
    });
    const [sweepMs, result] = await ms(sweep);
    const sweepRowsRead = { ...counter.read };
    counter.reset();
    const [emptyTotal] = await ms(async () => {
      for (let i = 0; i < QUERY_RUNS; i++) await readDue(store);
    });
    const [idleSweepMs] = await ms(sweep);
    return {
      open: OPEN,
      due: DUE,
      backlog: BACKLOG,
      queryMs: queryTotal / QUERY_RUNS,
      queryRows,
      sweepMs,
      sweep: result,
      sweepRowsRead,
      emptyQueryMs: emptyTotal / QUERY_RUNS,
      idleSweepMs,
      idleRowsRead: { ...counter.read },
      notices: await store.count('notifications'),
      plans,
    };
  });
}

export function printSla(f: SlaFigures) {
  console.log('\n## The overdue sweep: jobs.sweepOverdueRequests vs the raw indexed query, same database\n');
  console.log(
    `(${f.open} assigned requests in SQLite: ${f.due} due and unmarked, ${f.backlog} marked and escalated long ago, the rest not yet due; pages of ${SWEEP_PAGE_SIZE})\n`,
  );
  console.log('| run | ms | requests read | ÷ raw query |');
  console.log('|---|---:|---:|---:|');
  const read = (r: Record<string, number>) => r.service_requests ?? 0;
  console.log(`| raw indexed query of the due ones | ${f.queryMs.toFixed(2)} | ${f.queryRows} | 1 |`);
  console.log(
    `| sweep: marks ${f.sweep.overdue}, escalates ${f.sweep.escalated}, ${f.notices} notices | ${f.sweepMs.toFixed(1)} | ${read(
      f.sweepRowsRead,
    )} | ${(f.sweepMs / f.queryMs).toFixed(1)} |`,
  );
  console.log(`| raw indexed query, nothing due | ${f.emptyQueryMs.toFixed(3)} | 0 | 1 |`);
  console.log(
    `| sweep again, nothing due | ${f.idleSweepMs.toFixed(2)} | ${read(f.idleRowsRead)} | ${(f.idleSweepMs / f.emptyQueryMs).toFixed(1)} |`,
  );
  console.log(
    `\nRows the sweep's finds returned, by collection: ${JSON.stringify(f.sweepRowsRead)} (checked ${f.sweep.checked}).`,
  );
  const requests = f.sweepRowsRead.service_requests ?? 0;
  console.log(
    requests === f.due
      ? `It read exactly the ${f.due} due requests of ${f.open}: not the backlog, not the rest.`
      : `WRONG: it read ${requests} requests, ${f.due} were due.`,
  );
  for (const [event, plan] of Object.entries(f.plans)) console.log(`Query plan (${event}): ${plan.join('; ')}`);
  console.log(
    '\nThe sweep per due request: a find page share, one transaction (get, update with the history entry), the chiefs of its station (cached per run) and two inbox inserts.',
  );
}

runSectionIfMain(module, slaFigures, printSla);
