/**
 * The ledger figures of `npm run bench` (issue 4), all from one run on ONE database:
 *  - COMPANIES companies over the seeded stations and VISITS visits (each company's lastVisitAt
 *    is its latest visit; a fifth never visited), written straight into the host's SQLite file
 *    in batched transactions;
 *  - each ledger page — the whole ledger, a deep page, district / industry / key-flag filters,
 *    the 待走访 queue at 30 / 90 / 180 days, a name search — and a company's timeline, timed
 *    through the host (HTTP, session, validation, policy, output check) as the demo liaison,
 *    against the same indexed query (cloudfunctions/enterprise/ledger-query.ts) run on the Store
 *    directly, one page at a time on each side;
 *  - the size of the visit subpackage in dist/weapp, when it is built.
 *
 * Standalone: `npx tsx scripts/bench-ledger.ts` (BENCH_LEDGER_COMPANIES, BENCH_LEDGER_VISITS,
 * BENCH_LEDGER_N to change the sizes). Not a test: it prints, it does not assert timings.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedInputOf } from '../core/contract';
import { DISTRICT, INDUSTRY, KEY_FLAG, type KeyFlag } from '../core/enums';
import type { Store } from '../core/ports';
import { SEED_STATIONS } from '../core/reference/stations';
import { creditCodeCheckChar } from '../core/rules/credit-code';
import { emptyHoldings } from '../core/rules/holdings';
import { DAY_MS } from '../core/rules/time';
import type { CompanyDoc, VisitDoc } from '../core/store/docs';
import { ledgerQuery, type LedgerFilters } from '../cloudfunctions/enterprise/ledger-query';
import { timelinePage } from '../cloudfunctions/enterprise/timeline';
import type { SqliteStore } from '../server/store/sqlite-store';
import { rawInserter } from './bench-raw-insert';
import { runClient, startBenchHost, type ClientCall } from './bench-host';
import { pct, seededRandom, timed, type Figure, runSectionIfMain } from './bench-timing';
import { weappPackageSizes } from './check-weapp';

const ROOT = join(__dirname, '..');
/** The demo liaison's station (server/demo.ts). */
const STATION = 'st-haidian-zgc';
const COMPANIES = Number(process.env.BENCH_LEDGER_COMPANIES ?? 100_000);
const VISITS = Number(process.env.BENCH_LEDGER_VISITS ?? 300_000);
/** Pages read per scenario on each side. */
const PAGES = Number(process.env.BENCH_LEDGER_N ?? 200);
const BATCH = 5_000;

const creditCodeOf = (i: number) => {
  const base = `91110108MB${String(i).padStart(7, '0')}`;
  return base + creditCodeCheckChar(base)!;
};

/** How often each key flag is set (a few companies are on each list). */
const FLAG_SHARE: Record<KeyFlag, number> = {
  specialized: 0.1,
  listed: 0.02,
  pre_listing: 0.03,
  high_tech: 0.2,
  zero_ip: 0.05,
  overseas_litigation: 0.01,
};

export interface LedgerScenario {
  name: string;
  filters: LedgerFilters;
  page?: number;
}

const SCENARIOS: LedgerScenario[] = [
  { name: 'whole ledger, page 1', filters: {} },
  { name: 'whole ledger, page 50', filters: {}, page: 50 },
  { name: 'district = 海淀区', filters: { district: 'haidian' } },
  { name: 'industry = 人工智能', filters: { industry: 'ai' } },
  { name: 'key flag = 零专利科技型企业', filters: { flag: 'zero_ip' } },
  { name: '待走访 > 30 days', filters: { notVisitedDays: 30 } },
  { name: '待走访 > 90 days', filters: { notVisitedDays: 90 } },
  { name: '待走访 > 180 days', filters: { notVisitedDays: 180 } },
  { name: '待走访 > 90 days, 海淀区', filters: { notVisitedDays: 90, district: 'haidian' } },
  { name: 'name search "北京基准1"', filters: { keyword: '北京基准1' } },
];

export interface LedgerRowFigure {
  name: string;
  total: number;
  direct: Figure;
  host: Figure;
}

export interface LedgerFigures {
  companies: number;
  visits: number;
  stationCompanies: number;
  seedSeconds: number;
  rows: LedgerRowFigure[];
  /** GET /healthz latencies from the same load generator: what any request costs over HTTP. */
  healthz: number[];
  /** Bytes of packages/visit in dist/weapp; null when the mini program is not built. */
  visitSubpackage: number | null;
}

/** Visits first (each company's latest becomes its lastVisitAt), then the companies. */
function seed(store: SqliteStore, now: number): { stationCompanies: number; busiest: string } {
  const db = store.rawDatabase();
  const rand = seededRandom(20250303);
  const stations = SEED_STATIONS.map((s) => s.id);
  const lastVisit = new Float64Array(COMPANIES);
  const visitCount = new Uint16Array(COMPANIES);
  const insertVisit = rawInserter(store, 'visits');
  const insertCompany = rawInserter(store, 'companies');
  const stationOf = (i: number) => stations[i % stations.length]!;
  const visitable = (i: number) => i % 5 !== 0; // a fifth of the companies were never visited

  const visitBatch = db.transaction((from: number, to: number) => {
    for (let j = from; j < to; j++) {
      let c = Math.floor(rand() * COMPANIES);
      if (!visitable(c)) c = (c + 1) % COMPANIES;
      const visitedAt = now - Math.floor(rand() * 720 * DAY_MS);
      if (visitedAt > lastVisit[c]!) lastVisit[c] = visitedAt;
      visitCount[c] = (visitCount[c] ?? 0) + 1;
      const doc: VisitDoc = {
        _id: `visit:bench-${j}`,
        stationId: stationOf(c),
        stationName: '基准工作站',
        companyId: `bench-co-${c}`,
        companyName: `北京基准${c}科技有限公司`,
        visitedAt,
        form: 'onsite',
        visitors: ['基准联络员'],
        met: '总经理',
        topics: ['policy', 'application'],
        findings: '企业有专利布局需求，计划明年申请发明专利，需要政策辅导。',
        sharedSummary: '介绍了专利资助与优先审查政策，约定下月回访。',
        internalNote: '企业对付费服务有顾虑。',
        photos: [],
        requestIds: [],
        createdBy: 'bench',
        createdByName: '基准联络员',
        createdAt: visitedAt,
      };
      insertVisit(doc);
    }
  });
  for (let j = 0; j < VISITS; j += BATCH) visitBatch(j, Math.min(VISITS, j + BATCH));

  const companyBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const keyFlags = Object.fromEntries(KEY_FLAG.values.map((f) => [f, rand() < FLAG_SHARE[f]]));
      const doc: CompanyDoc = {
        _id: `bench-co-${i}`,
        name: `北京基准${i}科技有限公司`,
        creditCode: creditCodeOf(i),
        district: DISTRICT.values[Math.floor(rand() * DISTRICT.values.length)]!,
        industry: INDUSTRY.values[Math.floor(rand() * INDUSTRY.values.length)]!,
        stationId: stationOf(i),
        contactName: '联系人',
        contactMobile: '13800000000',
        status: 'confirmed',
        joinCode: `BL${i.toString(36).toUpperCase().padStart(8, '0')}`,
        createdBy: 'bench',
        createdAt: now - 800 * DAY_MS,
        lastVisitAt: lastVisit[i]!,
        keyFlags,
        holdings: { ...emptyHoldings(), invention: i % 13, trademark_domestic: i % 7 },
        profile: {
          registeredAddress: '北京市海淀区基准路1号',
          listingStatus: 'unlisted',
          registeredCapital: 1000,
          headcount: 50,
          businessScale: 'small',
          contact: { name: '联系人', title: '经理', mobile: '13800000000' },
          demonstration: [],
          advantage: [],
          patentAwards: [],
        },
      };
      insertCompany(doc);
    }
  });
  for (let i = 0; i < COMPANIES; i += BATCH) companyBatch(i, Math.min(COMPANIES, i + BATCH));
  // A host that restarts analyses on open (SqliteStore's optimize): give the planner the same statistics.
  db.exec('ANALYZE');
  let busiest = stations.indexOf(STATION);
  for (let i = busiest; i < COMPANIES; i += stations.length) if (visitCount[i]! > visitCount[busiest]!) busiest = i;
  return { stationCompanies: Math.ceil(COMPANIES / stations.length), busiest: `bench-co-${busiest}` };
}

/** One ledger page on the Store itself: the handler's query, its page and its total. */
async function directPage(store: Store, s: LedgerScenario, now: number): Promise<number> {
  const { where, orderBy } = ledgerQuery(STATION, s.filters, now);
  const page = s.page ?? 1;
  const [, total] = await Promise.all([
    store.find('companies', { where, orderBy, skip: (page - 1) * 20, limit: 20 }),
    store.count('companies', where),
  ]);
  return total;
}

export async function ledgerFigures(): Promise<LedgerFigures> {
  const bench = await startBenchHost(true);
  const store = bench.host.store;
  const now = Date.now();
  const started = process.hrtime.bigint();
  const { stationCompanies, busiest } = seed(store, now);
  const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const login = await bench.post('/api/auth/login', { username: 'liaison', password: 'demo12345' });
  if (!login.ok) throw new Error(`bench login failed: ${login.error.code}`);
  const token = login.data.token!;
  const hostCall = async (action: string, input: Record<string, unknown>) => {
    const reply = await bench.post<{ total: number }>('/api/fn/enterprise', { action, ...input }, token);
    if (!reply.ok) throw new Error(`bench ${action} failed: ${JSON.stringify(reply.error)}`);
    return reply.data.total;
  };

  // The Store side in process, one page at a time; the host side by the load generator in its own
  // process, with GET /healthz (the HTTP floor: no session, no query) timed the same way.
  const rows: LedgerRowFigure[] = [];
  const calls: ClientCall[] = [{ name: 'healthz', path: '/healthz', method: 'GET', n: PAGES }];
  /** Filled in from the load generator's latencies below. */
  const unmeasured = (): Figure => ({ name: '', ops: 0, seconds: 0, latenciesMs: [] });
  for (const s of SCENARIOS) {
    const input: Partial<ParsedInputOf<'enterprise', 'listLedger'>> = { ...s.filters, page: s.page ?? 1, pageSize: 20 };
    const total = await directPage(store, s, now);
    const hostTotal = await hostCall('listLedger', input);
    if (hostTotal !== total) throw new Error(`${s.name}: host total ${hostTotal} ≠ Store total ${total}`);
    const direct = await timed(s.name, PAGES, 1, () => directPage(store, s, now));
    const body = { action: 'listLedger', ...input };
    calls.push({ name: s.name, path: '/api/fn/enterprise', body, token, n: PAGES });
    rows.push({ name: s.name, total, direct, host: unmeasured() });
  }

  // A company's timeline (visits, consultations, requests merged): the station's most visited company.
  const companyId = busiest;
  const timelineTotal = (await timelinePage(store, companyId, { page: 1, pageSize: 20 }, true)).total;
  const timelineBody = { action: 'getTimeline', companyId };
  calls.push({ name: 'timeline', path: '/api/fn/enterprise', body: timelineBody, token, n: PAGES });
  rows.push({
    name: 'company timeline, page 1',
    total: timelineTotal,
    direct: await timed('timeline', PAGES, 1, () => timelinePage(store, companyId, { page: 1, pageSize: 20 }, true)),
    host: unmeasured(),
  });
  const latencies = await runClient({ base: bench.base, calls });
  for (const [i, row] of rows.entries()) {
    const name = calls[i + 1]!.name;
    const ms = latencies[name] ?? [];
    row.host = { name, ops: ms.length, seconds: ms.reduce((a, b) => a + b, 0) / 1000, latenciesMs: ms };
  }
  const healthz = latencies.healthz ?? [];

  await bench.close();
  return {
    companies: COMPANIES,
    visits: VISITS,
    stationCompanies,
    seedSeconds,
    rows,
    healthz,
    visitSubpackage: visitSize(),
  };
}

function visitSize(): number | null {
  const weapp = join(ROOT, 'dist', 'weapp');
  if (!existsSync(join(weapp, 'app.json'))) return null;
  return weappPackageSizes(weapp).subpackages['packages/visit'] ?? null;
}

const mean = (f: Figure) => (f.seconds * 1000) / f.ops;

export function printLedger(f: LedgerFigures): void {
  console.log('\n## Company ledger (企业台账): one page through the host vs the same indexed query on the Store\n');
  console.log(
    `(${f.companies.toLocaleString('en')} companies over ${SEED_STATIONS.length} stations — ${f.stationCompanies.toLocaleString('en')} in the liaison's — and ${f.visits.toLocaleString('en')} visits, seeded in ${f.seedSeconds.toFixed(1)} s; ${PAGES} pages of 20 (+ total) per row, one at a time, same database)\n`,
  );
  console.log(
    '| page | matches | Store p50 ms | Store mean ms | host p50 ms | host p99 ms | host mean ms | host / Store (mean) | (host − /healthz) / Store (mean) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  // What the action adds to an empty HTTP round trip, against the query alone.
  const floorMean = f.healthz.reduce((a, b) => a + b, 0) / Math.max(1, f.healthz.length);
  const aboveFloor = (r: LedgerFigures['rows'][number]) => Math.max(0, mean(r.host) - floorMean) / mean(r.direct);
  for (const r of f.rows) {
    console.log(
      `| ${r.name} | ${r.total} | ${pct(r.direct.latenciesMs, 50).toFixed(2)} | ${mean(r.direct).toFixed(2)} | ${pct(
        r.host.latenciesMs,
        50,
      ).toFixed(
        2,
      )} | ${pct(r.host.latenciesMs, 99).toFixed(2)} | ${mean(r.host).toFixed(2)} | ${(mean(r.host) / mean(r.direct)).toFixed(1)} | ${aboveFloor(r).toFixed(1)} |`,
    );
  }
  const floor = pct(f.healthz, 50);
  console.log(
    `| GET /healthz (the HTTP floor) | – | – | – | ${floor.toFixed(2)} | ${pct(f.healthz, 99).toFixed(2)} | ${floorMean.toFixed(2)} | – | – |`,
  );
  const worst = Math.max(...f.rows.map((r) => mean(r.host) / mean(r.direct)));
  const above = f.rows.filter((r) => mean(r.host) / mean(r.direct) > 2).length;
  const aboveNet = f.rows.filter((r) => aboveFloor(r) > 2).length;
  console.log(
    `\nA host page is a whole action: session (cached), validation, policy, the find and the count, the output check, JSON over HTTP, timed by the load generator in its own process. ${above} of ${f.rows.length} rows are above 2× the Store (worst ${worst.toFixed(1)}×); an empty GET /healthz alone costs ${floor.toFixed(2)} ms at p50, so a page whose query takes under ${floor.toFixed(2)} ms cannot be within 2× through HTTP. Above that floor, ${aboveNet} of ${f.rows.length} rows take more than 2× the Store.`,
  );
  console.log(
    f.visitSubpackage === null
      ? '\nVisit subpackage (packages/visit): dist/weapp is not built (`npm run build:weapp`), size not measured.'
      : `\nVisit subpackage (packages/visit) in dist/weapp: ${(f.visitSubpackage / 1024).toFixed(1)} KB (${((f.visitSubpackage / (2 * 1024 * 1024)) * 100).toFixed(1)}% of WeChat's 2 MB).`,
  );
}

runSectionIfMain(module, ledgerFigures, printLedger);
