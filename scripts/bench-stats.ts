/**
 * The statistics figures of `npm run bench` (issue 13), all from one run on ONE database:
 *  - N consultations, bookings, visits, service requests and ratings (default 100k each) over the
 *    seeded stations and two years, written straight into the host's SQLite file, stamped as the
 *    actions stamp them;
 *  - the rollup catching up with all of them (records per second);
 *  - each statistics view through the host — a station's month, quarter and year (with the
 *    previous period, last year and the trend), the city view, 企业关注, 工作台 — timed by a load
 *    generator in its own process (scripts/bench-client.ts), against the raw indexed SQL that
 *    computes the same figures from the records on the same file (GROUP BY over each indexed
 *    range: the three ranges and the daily trend);
 *  - a 50,000-row export (scripts/bench-export.ts, its own process): time, peak RSS against the
 *    same process exporting 5,000 rows, and the file read back.
 *
 * Standalone: `npx tsx scripts/bench-stats.ts` (BENCH_STATS_N, BENCH_STATS_VIEWS to change the
 * sizes). Not a test: it prints, it does not assert timings.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SEED_STATIONS } from '../core/reference/stations';
import { CHANGE_STAMP, periodRange, previousRange, lastYearRange, type DateRange } from '../core/rules/rollups';
import { addDays, DAY_MS, shanghaiDate, shanghaiInstant } from '../core/rules/time';
import { rollUp } from '../cloudfunctions/_shared/rollups';
import { fieldExpr } from '../server/store/sqlite-sql';
import type { SqliteStore } from '../server/store/sqlite-store';
import type { CollectionName } from '../core/store/schema';
import { rawInserter } from './bench-raw-insert';
import { runClient as client, startBenchHost } from './bench-host';
import { pct, seededRandom, runSectionIfMain } from './bench-timing';

const ROOT = join(__dirname, '..');
const N = Number(process.env.BENCH_STATS_N ?? 100_000);
/** Views read per row on each side. */
const VIEWS = Number(process.env.BENCH_STATS_VIEWS ?? 50);
const STATION = 'st-haidian-zgc';
const BATCH = 5_000;
const CHANNELS = ['onsite', 'phone', 'video', 'online'];
const CATEGORIES = ['policy', 'consulting', 'application', 'search', 'dispute', 'finance', 'licensing'];
const STATUSES = ['submitted', 'accepted', 'in_progress', 'closed', 'cancelled'];

/** N records of each source, two years back, a ninth at each seeded station. */
function seed(store: SqliteStore, now: number): void {
  const db = store.rawDatabase();
  const rand = seededRandom(20261206);
  const stations = SEED_STATIONS.map((s) => s.id);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const when = () => now - Math.floor(rand() * 730 * DAY_MS) - 10 * 60_000;
  const stamp = now - 5 * 60_000;
  const sources: Partial<Record<CollectionName, (i: number) => Record<string, unknown>>> = {
    consultation_records: (i) => {
      const at = when();
      return {
        stationId: stations[i % stations.length],
        companyId: `bench-co-${i % 5000}`,
        consultantId: `bench-u-${i % 40}`,
        consultedAt: at,
        channel: pick(CHANNELS),
        category: pick(CATEGORIES),
        summary: pick(['发明专利申请流程', '商标续展材料', '专利质押融资银行', '软件著作权登记', '商业秘密保护']),
        durationMinutes: 20 + (i % 40),
        createdAt: at,
      };
    },
    bookings: (i) => ({
      stationId: stations[i % stations.length],
      consultantId: `bench-u-${i % 40}`,
      companyId: `bench-co-${i % 5000}`,
      start: when(),
      status: pick(['booked', 'done', 'done', 'no_show', 'cancelled']),
    }),
    visits: (i) => ({
      stationId: stations[i % stations.length],
      companyId: `bench-co-${Math.floor(rand() * 5000)}`,
      createdBy: `bench-u-${i % 40}`,
      visitedAt: when(),
      form: pick(['onsite', 'phone', 'video']),
      topics: [pick(CATEGORIES)],
    }),
    service_requests: (i) => {
      const at = when();
      const status = pick(STATUSES);
      const accepted =
        status === 'submitted' ? [] : [{ at: at + Math.floor(rand() * 96) * 3_600_000, event: 'accepted' }];
      return {
        stationId: stations[i % stations.length],
        companyId: `bench-co-${i % 5000}`,
        category: pick(CATEGORIES),
        status,
        source: rand() < 0.2 ? 'visit' : 'company',
        createdAt: at,
        history: [{ at, event: 'created' }, ...accepted],
        ...(status === 'closed' ? { closedAt: at + Math.floor(rand() * 20) * DAY_MS } : {}),
      };
    },
    ratings: (i) => {
      const stars = 1 + Math.floor(rand() * 5);
      return {
        stationId: stations[i % stations.length],
        consultantId: `bench-u-${i % 40}`,
        ratedAt: when(),
        stars,
        low: stars <= 2,
      };
    },
  };
  for (const [collection, make] of Object.entries(sources)) {
    const insert = rawInserter(store, collection as CollectionName);
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const id = `bench-${collection}-${i}`;
        insert({ _id: id, ...make(i), [CHANGE_STAMP]: stamp });
      }
    });
    for (let i = 0; i < N; i += BATCH) batch(i, Math.min(N, i + BATCH));
  }
  db.exec('ANALYZE');
}

/**
 * The same figures straight from the records with SQL: per indexed range, GROUP BY the fields the
 * view breaks down by — what a statistics view would cost without rollups.
 */
function rawFigures(store: SqliteStore, station: string | null, ranges: DateRange[], trend: DateRange): number {
  const db = store.rawDatabase();
  const f = (path: string) => fieldExpr(path);
  const scopeOf = station === null ? '1' : `${f('stationId')} = @station`;
  let rows = 0;
  const q = (sql: string, range: DateRange) => {
    rows += db
      .prepare(sql)
      .all({ station, from: shanghaiInstant(range.from), to: shanghaiInstant(addDays(range.to, 1)) }).length;
  };
  const byStation = station === null ? `${f('stationId')}, ` : '';
  /** GROUP BY the first `n` selected columns (the station's first in the city view). */
  const groups = (n: number) => Array.from({ length: n + (station === null ? 1 : 0) }, (_, i) => i + 1).join(', ');
  for (const r of ranges) {
    q(
      `SELECT ${byStation}${f('channel')}, ${f('category')}, ${f('consultantId')}, count(*), sum(${f('durationMinutes')}) FROM consultation_records WHERE ${scopeOf} AND ${f('consultedAt')} >= @from AND ${f('consultedAt')} < @to GROUP BY ${groups(3)}`,
      r,
    );
    q(
      `SELECT ${byStation}${f('status')}, count(*) FROM bookings WHERE ${scopeOf} AND ${f('start')} >= @from AND ${f('start')} < @to GROUP BY ${groups(1)}`,
      r,
    );
    q(
      `SELECT ${byStation}count(*), count(DISTINCT ${f('companyId')}) FROM visits WHERE ${scopeOf} AND ${f('visitedAt')} >= @from AND ${f('visitedAt')} < @to ${station === null ? `GROUP BY ${f('stationId')}` : ''}`,
      r,
    );
    q(
      `SELECT ${byStation}${f('status')}, ${f('category')}, count(*), sum(${f('closedAt')} - ${f('createdAt')}) FROM service_requests WHERE ${scopeOf} AND ${f('createdAt')} >= @from AND ${f('createdAt')} < @to GROUP BY ${groups(2)}`,
      r,
    );
    q(
      `SELECT ${byStation}${f('stars')}, count(*) FROM ratings WHERE ${scopeOf} AND ${f('ratedAt')} >= @from AND ${f('ratedAt')} < @to GROUP BY ${groups(1)}`,
      r,
    );
  }
  // The trend: each day's consultations and visits.
  const day = (field: string) => `(${f(field)} + 28800000) / 86400000`;
  q(
    `SELECT ${day('consultedAt')}, count(*) FROM consultation_records WHERE ${scopeOf} AND ${f('consultedAt')} >= @from AND ${f('consultedAt')} < @to GROUP BY 1`,
    trend,
  );
  q(
    `SELECT ${day('visitedAt')}, count(*) FROM visits WHERE ${scopeOf} AND ${f('visitedAt')} >= @from AND ${f('visitedAt')} < @to GROUP BY 1`,
    trend,
  );
  return rows;
}

function timedSync(n: number, op: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    op();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

export interface StatsRow {
  name: string;
  hostMs: number[];
  rawMs: number[];
}

export interface StatsFigures {
  n: number;
  seedSeconds: number;
  rollup: { records: number; seconds: number };
  rows: StatsRow[];
  export: ExportFigures | null;
}

export interface ExportFigures {
  small: { rows: number; seconds: number; rssBeforeMb: number; peakRssMb: number };
  large: { rows: number; seconds: number; rssBeforeMb: number; peakRssMb: number };
  readBackEqual: boolean;
  bytes: number;
}

function exportFigures(): Promise<ExportFigures | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'bench-export.ts')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve(code === 0 ? (JSON.parse(out) as ExportFigures) : null));
  });
}

export async function statsFigures(): Promise<StatsFigures> {
  const bench = await startBenchHost(true);
  const store = bench.host.store;
  const now = Date.now();
  const t0 = process.hrtime.bigint();
  seed(store, now);
  const seedSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const clock = { now: () => Date.now() };
  const r0 = process.hrtime.bigint();
  let records = 0;
  for (;;) {
    const report = await rollUp({ store, clock }, 20_000);
    records += report.processed;
    if (!report.more) break;
  }
  const rollup = { records, seconds: Number(process.hrtime.bigint() - r0) / 1e9 };

  const token = async (username: string) => {
    const login = await bench.post('/api/auth/login', { username, password: 'demo12345' });
    if (!login.ok) throw new Error(`bench login ${username} failed`);
    return login.data.token!;
  };
  const chief = await token('chief');
  const admin = await token('admin');
  const today = shanghaiDate(now);
  const views: Array<{
    name: string;
    kind: 'month' | 'quarter' | 'year';
    fn: string;
    body: unknown;
    token: string;
    city?: boolean;
  }> = [
    {
      name: 'station statistics, month',
      kind: 'month',
      fn: 'stats',
      body: { action: 'stationStats', period: { kind: 'month', anchor: today } },
      token: chief,
    },
    {
      name: 'station statistics, quarter',
      kind: 'quarter',
      fn: 'stats',
      body: { action: 'stationStats', period: { kind: 'quarter', anchor: today } },
      token: chief,
    },
    {
      name: 'station statistics, year',
      kind: 'year',
      fn: 'stats',
      body: { action: 'stationStats', period: { kind: 'year', anchor: today } },
      token: chief,
    },
    {
      name: 'city view, month (9 stations)',
      kind: 'month',
      fn: 'stats',
      body: { action: 'cityStats', period: { kind: 'month', anchor: today } },
      token: admin,
      city: true,
    },
    {
      name: 'city view, year (9 stations)',
      kind: 'year',
      fn: 'stats',
      body: { action: 'cityStats', period: { kind: 'year', anchor: today } },
      token: admin,
      city: true,
    },
  ];
  const latencies = await client({
    base: bench.base,
    calls: [
      ...views.map((v) => ({ name: v.name, path: `/api/fn/${v.fn}`, body: v.body, token: v.token, n: VIEWS })),
      {
        name: '企业关注, month',
        path: '/api/fn/stats',
        body: { action: 'insights', period: { kind: 'month', anchor: today } },
        token: chief,
        n: VIEWS,
      },
      { name: '工作台 to-dos (chief)', path: '/api/fn/stats', body: { action: 'workbench' }, token: chief, n: VIEWS },
    ],
  });
  const rows: StatsRow[] = views.map((v) => {
    const range = periodRange(v.kind, today);
    const ranges = [range, previousRange(v.kind, range), lastYearRange(range)];
    return {
      name: v.name,
      hostMs: latencies[v.name]!,
      rawMs: timedSync(VIEWS, () => rawFigures(store, v.city ? null : STATION, v.city ? [range] : ranges, range)),
    };
  });
  rows.push({ name: '企业关注, month', hostMs: latencies['企业关注, month']!, rawMs: [] });
  rows.push({ name: '工作台 to-dos (chief)', hostMs: latencies['工作台 to-dos (chief)']!, rawMs: [] });
  await bench.close();
  return { n: N, seedSeconds, rollup, rows, export: await exportFigures() };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function printStats(f: StatsFigures): void {
  console.log('\n## Statistics: views through the host (client in its own process) vs the same figures by raw SQL\n');
  console.log(
    `(${f.n.toLocaleString('en')} consultations, bookings, visits, service requests and ratings each over ${SEED_STATIONS.length} stations and two years, seeded in ${f.seedSeconds.toFixed(1)} s; the rollup caught up with ${f.rollup.records.toLocaleString('en')} records in ${f.rollup.seconds.toFixed(1)} s = ${(f.rollup.records / f.rollup.seconds).toFixed(0)} records/s; ${VIEWS} views per row, one at a time)\n`,
  );
  console.log(
    '| view | host p50 ms | host p99 ms | host mean ms | raw SQL p50 ms | raw SQL mean ms | host / raw (mean) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of f.rows) {
    const raw = r.rawMs.length ? mean(r.rawMs) : NaN;
    console.log(
      `| ${r.name} | ${pct(r.hostMs, 50).toFixed(2)} | ${pct(r.hostMs, 99).toFixed(2)} | ${mean(r.hostMs).toFixed(2)} | ${
        r.rawMs.length ? pct(r.rawMs, 50).toFixed(2) : '—'
      } | ${r.rawMs.length ? raw.toFixed(2) : '—'} | ${r.rawMs.length ? (mean(r.hostMs) / raw).toFixed(2) : '—'} |`,
    );
  }
  console.log(
    "\nRaw SQL computes each view's figures from the records: the period, the previous period and last year (the city view: the period per station), GROUP BY over each indexed range, plus the daily trend. A host view is a whole action: session, validation, policy, the rollup's catch-up check, the bucket reads, the output check, JSON over HTTP.",
  );
  if (!f.export) {
    console.log('\nExport: the export bench failed (see above).');
    return;
  }
  const e = f.export;
  console.log('\n## Export: a month of consultations streamed to .xlsx (its own process)\n');
  console.log('| rows | seconds | RSS before MB | peak RSS MB |');
  console.log('|---:|---:|---:|---:|');
  for (const x of [e.small, e.large]) {
    console.log(
      `| ${x.rows.toLocaleString('en')} | ${x.seconds.toFixed(1)} | ${x.rssBeforeMb.toFixed(0)} | ${x.peakRssMb.toFixed(0)} |`,
    );
  }
  console.log(
    `\n${e.large.rows.toLocaleString('en')}-row file: ${(e.bytes / 1024 / 1024).toFixed(1)} MB; read back ${e.readBackEqual ? 'equal to the records' : 'DIFFERENT from the records'}.`,
  );
}

runSectionIfMain(module, statsFigures, printStats);
