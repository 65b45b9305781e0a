/**
 * `npm run bench`: figures from one run, each against a baseline measured in the same run.
 *  1. Store inserts and an indexed find: SQLite Store directly vs the same work through the
 *     host's HTTP API (runtime: validation, session, policy, idempotency log, audit).
 *  2. The booking race: RACE_N companies book one slot at once through the host (winners must
 *     be 1); and booking distinct slots through the host against the raw Store insert rate.
 *  3. The weapp main package and each subpackage against WeChat's 2 MB limit.
 *  4. The check-in burst (scripts/bench-checkin.ts): 500 trainees scan one code through the host,
 *     200 in flight; recorded must be 500; against the raw Store insert rate.
 *  5. The overdue sweep (scripts/bench-sla.ts): jobs.sweepOverdueRequests over 100k assigned
 *     requests (1% due) against the raw indexed query of the due ones; the rows it read.
 *  6. Statistics (scripts/bench-stats.ts): each statistics view through the host against the raw
 *     SQL computing the same figures from 100k records per collection; the rollup's catch-up
 *     rate; a 50,000-row export's time and peak RSS, read back.
 *  7. Search (scripts/bench-search.ts): one grouped Chinese search through the host at 10k
 *     published articles, against the same finds on the Store and a substring of every body.
 *  8. Text search (scripts/bench-text.ts): the archive's keyword search at 100k records through
 *     the host, as a station and as the admin, against the text index on the Store and the scan it
 *     replaced.
 *  9. Processes (scripts/bench-process.ts): the host started as npm start starts it (first start
 *     with the demo, and a restart) against a bare Fastify started the same way: cold start to
 *     the first /healthz 200, RSS at idle; and how many processes npm start leaves.
 * 10. Round trips (scripts/bench-roundtrips.ts): the database requests each action makes on
 *     CloudBase, cold and warm instance, counted on a recording wire, against the budget of 6.
 * BENCH_ONLY=sla (a comma list of store, booking, ledger, checkin, sizes, sla, stats, search, text,
 * process, roundtrips) runs only those.
 * Not a test: it prints, it does not assert timings.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bookingFigures, type BookingFigures } from './bench-booking';
import { ledgerFigures, printLedger } from './bench-ledger';
import { checkinFigures, printCheckin } from './bench-checkin';
import { printSla, slaFigures } from './bench-sla';
import { printStats, statsFigures } from './bench-stats';
import { printSearch, searchFigures } from './bench-search';
import { printText, textFigures } from './bench-text';
import { printProcess, processFigures } from './bench-process';
import { printRoundTrips, roundTripFigures } from './bench-roundtrips';
import { startBenchHost, withTempStore } from './bench-host';
import { pct, perSecond, printAgainst, timed, type Figure } from './bench-timing';
import { weappPackageSizes } from './check-weapp';

const ROOT = join(__dirname, '..');
/** Rows inserted and pages read on each side: the same data size, so the finds compare. */
const N = Number(process.env.BENCH_N ?? 2000);
const DIRECT_N = N;
const HTTP_N = N;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/** Companies booking one slot at the same moment (all requests in flight at once). */
const RACE_N = Number(process.env.BENCH_RACE_N ?? 200);
/** Signed-up trainees scanning the check-in code within a few seconds, and how many requests in flight. */
const CHECKIN_N = Number(process.env.BENCH_CHECKIN_N ?? 500);
const CHECKIN_CONCURRENCY = Number(process.env.BENCH_CHECKIN_CONCURRENCY ?? 200);

/** The same station fields on both sides (the admin's createStation input). */
function station(i: number) {
  return {
    name: `基准工作站${i}`,
    kind: 'other' as const,
    level: 'workstation' as const,
    district: 'haidian' as const,
    address: '北京市海淀区基准路1号',
    phone: '010-82345678',
    hours: '周一至周五 9:00-17:30',
    keyIndustries: ['人工智能'],
  };
}
const LIST_QUERY = {
  where: { status: 'active', district: 'haidian' },
  orderBy: [['order', 'asc']] as Array<[string, 'asc' | 'desc']>,
  limit: 20,
};

async function storeFigures(): Promise<{ direct: Figure[]; http: Figure[] }> {
  // Baseline: the Store on its own SQLite file.
  const now = Date.now();
  const [directInsert, directFind] = await withTempStore(async (store) => [
    await timed('insert a station', DIRECT_N, 1, (i) =>
      store.insert('stations', { ...station(i), status: 'active', order: now + i, createdAt: now, updatedAt: now }),
    ),
    // A page of the list screen: 20 rows by the (district, order) index, plus the total.
    await timed('indexed page of 20 + count', DIRECT_N, 1, () =>
      Promise.all([store.find('stations', LIST_QUERY), store.count('stations', LIST_QUERY.where)]),
    ),
  ]);

  // The same work through the host over HTTP, as a signed-in station chief.
  const bench = await startBenchHost(true);
  const post = async (path: string, body: unknown, token?: string) => {
    const reply = await bench.post(path, body, token);
    if (!reply.ok) throw new Error(`bench call failed: ${JSON.stringify(reply.error)}`);
    return reply.data;
  };
  const login = await post('/api/auth/login', { username: 'admin', password: 'demo12345' });
  const token = login!.token!;
  const httpInsert = await timed('insert a station', HTTP_N, CONCURRENCY, (i) =>
    post('/api/fn/directory', { action: 'createStation', clientRequestId: `bench-${i}-${now}`, ...station(i) }, token),
  );
  const httpFind = await timed('indexed page of 20 + count', HTTP_N, CONCURRENCY, () =>
    post('/api/fn/directory', { action: 'listStations', district: 'haidian', pageSize: 20 }, token),
  );
  await bench.close();
  return { direct: [directInsert, directFind], http: [httpInsert, httpFind] };
}

function printStore(direct: Figure[], http: Figure[]) {
  console.log('\n## Store throughput: SQLite Store directly vs through the host HTTP API');
  console.log(
    `(n=${N} each; direct: one caller in process; host: ${CONCURRENCY} concurrent HTTP clients on loopback)\n`,
  );
  console.log('| operation | direct ops/s | host ops/s | host p50 ms | host p99 ms | host / direct |');
  console.log('|---|---:|---:|---:|---:|---:|');
  direct.forEach((d, i) => {
    const h = http[i]!;
    console.log(
      `| ${d.name} | ${perSecond(d).toFixed(0)} | ${perSecond(h).toFixed(0)} | ${pct(h.latenciesMs, 50).toFixed(2)} | ${pct(
        h.latenciesMs,
        99,
      ).toFixed(2)} | ${(perSecond(h) / perSecond(d)).toFixed(3)} |`,
    );
  });
  console.log(
    '\nA host insert is a whole action: session and memberships lookup, validation, policy, idempotency log (insert + update), the insert, an audit entry.',
  );
}

function printBooking(b: BookingFigures) {
  const { race } = b;
  console.log('\n## Booking race: one slot, every company at once, through the host HTTP API\n');
  console.log('| companies | winners | 409 CONFLICT | other answers | wall s | p50 ms | p99 ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  console.log(
    `| ${race.n} | ${race.winners} | ${race.conflicts} | ${race.others} | ${race.wallSeconds.toFixed(2)} | ${pct(
      race.latenciesMs,
      50,
    ).toFixed(1)} | ${pct(race.latenciesMs, 99).toFixed(1)} |`,
  );
  console.log(race.winners === 1 ? '\nExactly one winner.' : `\nWRONG: ${race.winners} winners (must be 1).`);

  console.log('\n## Booking distinct slots: through the host vs the raw Store, same run\n');
  console.log(`(n=${N} each; raw: one caller in process; host: ${CONCURRENCY} concurrent HTTP clients)\n`);
  printAgainst(b.rawInsert, [b.rawInsert, b.rawTransaction, b.hostBook]);
  console.log(
    "\nA host booking is a whole action: session and memberships, validation, policy, the company, station, consultant and pattern read together and checked, one transaction (quota, hold, booking, quota), an audit entry beside the consultant's notice (no request log: a replay finds its own booking).",
  );
}

function printSizes() {
  const weapp = join(ROOT, 'dist', 'weapp');
  if (!existsSync(join(weapp, 'app.json'))) {
    console.log('\ndist/weapp is missing: building the mini program for the size report…');
    const r = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('weapp build failed');
  }
  const sizes = weappPackageSizes(weapp);
  const limit = 2 * 1024 * 1024;
  console.log("\n## Mini program package sizes (WeChat's limit: 2 MB per package)\n");
  console.log('| package | size KB | share of 2 MB |');
  console.log('|---|---:|---:|');
  const row = (name: string, bytes: number) =>
    console.log(`| ${name} | ${(bytes / 1024).toFixed(1)} | ${((bytes / limit) * 100).toFixed(1)}% |`);
  row('main', sizes.main);
  for (const [root, bytes] of Object.entries(sizes.subpackages)) row(root, bytes);
}

/** The sections BENCH_ONLY names (all when unset). */
const ONLY = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean));
const runs = (section: string) => ONLY.size === 0 || ONLY.has(section);

async function main() {
  if (runs('store')) {
    const { direct, http } = await storeFigures();
    printStore(direct, http);
  }
  if (runs('booking')) printBooking(await bookingFigures(RACE_N, N, CONCURRENCY));
  if (runs('ledger')) printLedger(await ledgerFigures());
  if (runs('checkin')) printCheckin(await checkinFigures(CHECKIN_N, CHECKIN_CONCURRENCY));
  if (runs('sla')) printSla(await slaFigures());
  if (runs('stats')) printStats(await statsFigures());
  if (runs('search')) printSearch(await searchFigures());
  if (runs('text')) printText(await textFigures());
  if (runs('process')) printProcess(await processFigures());
  if (runs('roundtrips')) printRoundTrips(await roundTripFigures());
  if (runs('sizes')) printSizes();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
