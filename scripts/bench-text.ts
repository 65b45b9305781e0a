/**
 * The text-search figures of `npm run bench` (issue 17 goal 4), from one run on ONE database:
 *  - N consultation records (default 100k) over the seeded stations — a ninth at the demo
 *    liaison's — with summaries and answers drawn from the trade's vocabulary and a company name
 *    each, written straight into the host's SQLite file (the text index follows by its triggers);
 *  - the archive's keyword search (archive.listRecords: a page of 20 and the total) through the
 *    host, timed by the load generator in its own process, as the station's liaison and as the
 *    admin, for a rare name, a four-character term, a common two-character word and one character;
 *  - against the same query on the Store (a first page's probe, then the text index) and the same
 *    filter as a plain scan (instr over every document the station's index selects, or every
 *    document for the admin: what `$contains` cost before the index), and GET /healthz, the HTTP
 *    floor.
 *
 * Standalone: `npx tsx scripts/bench-text.ts` (BENCH_TEXT_N, BENCH_TEXT_PAGES). Not a test: it
 * prints, it does not assert timings.
 */
import { SEED_STATIONS } from '../core/reference/stations';
import type { Caller } from '../core/ports';
import type { ConsultationRecordDoc } from '../core/store/docs';
import { DAY_MS } from '../core/rules/time';
import { recordsQuery } from '../cloudfunctions/archive/records-query';
import { fieldExpr } from '../server/store/sqlite-sql';
import type { SqliteStore } from '../server/store/sqlite-store';
import { rawInserter } from './bench-raw-insert';
import { runClient, startBenchHost } from './bench-host';
import { pct, seededRandom, timed, type Figure, runSectionIfMain } from './bench-timing';

const N = Number(process.env.BENCH_TEXT_N ?? 100_000);
const PAGES = Number(process.env.BENCH_TEXT_PAGES ?? 100);
/** The demo liaison's station (server/demo.ts). */
const STATION = 'st-haidian-zgc';
const BATCH = 5_000;

const TERMS = [
  '发明专利',
  '实用新型',
  '外观设计',
  '商标注册',
  '商标续展',
  '软件著作权',
  '集成电路布图',
  '地理标志',
  '质押融资',
  '贴息补助',
  '海关备案',
  '维权援助',
  '侵权判定',
  '无效宣告',
  '优先审查',
  '快速预审',
  'PCT国际申请',
  '马德里商标',
  '专利导航',
  '高价值专利',
  '数据知识产权',
  '商业秘密',
  '技术合同登记',
  '专利许可',
  '专利转让',
  '年费减缓',
  '检索分析',
  '风险预警',
];
const VERBS = ['咨询', '了解', '办理', '准备', '询问', '核实'];

export interface TextRow {
  name: string;
  who: 'station' | 'admin';
  keyword: string;
  total: number;
  /** The Store's find + count (the probe of a first page, then the text index). */
  store: Figure;
  /** The same filter without the index: instr over the documents the rest of the filter selects. */
  scanMs: number[];
  /** Through the host, timed by the load generator in its own process. */
  hostMs: number[];
}

export interface TextFigures {
  n: number;
  stationRecords: number;
  seedSeconds: number;
  healthzMs: number[];
  rows: TextRow[];
}

function seed(store: SqliteStore, now: number): number {
  const db = store.rawDatabase();
  const rand = seededRandom(20261207);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const stations = SEED_STATIONS.map((s) => s.id);
  const insert = rawInserter(store, 'consultation_records');
  let atStation = 0;
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const stationId = stations[i % stations.length]!;
      if (stationId === STATION) atStation++;
      const company = `北京星河${i}科技有限公司`;
      const doc: ConsultationRecordDoc = {
        _id: `bench-rec-${i}`,
        stationId,
        stationName: stationId,
        companyId: `bench-co-${i % 20_000}`,
        companyName: company,
        consultantId: `bench-expert-${i % 40}`,
        consultantName: '基准专家',
        category: pick(['policy', 'consulting', 'application', 'search', 'dispute', 'finance', 'licensing']),
        channel: 'onsite',
        consultedAt: now - Math.floor(rand() * 720 * DAY_MS),
        durationMinutes: 30,
        summary: `${company}${pick(VERBS)}${pick(TERMS)}和${pick(TERMS)}的相关事宜`,
        answer: `已说明${pick(TERMS)}的办理流程与材料清单，建议企业结合${pick(TERMS)}做好布局，第${i % 97}号指引。`,
        followUp: false,
        attachments: [],
        rightsClue: false,
        createdBy: 'bench-expert',
        createdByName: '基准专家',
        createdAt: now,
      };
      insert(doc);
    }
  });
  for (let i = 0; i < N; i += BATCH) batch(i, Math.min(N, i + BATCH));
  db.exec('ANALYZE');
  return atStation;
}

const callerOf = (who: TextRow['who']): Caller =>
  who === 'admin'
    ? { userId: 'bench-admin', displayName: '管理员', memberships: [], acting: { id: 'm-a', role: 'admin' } }
    : {
        userId: 'bench-liaison',
        displayName: '联络员',
        memberships: [],
        acting: { id: 'm-l', role: 'liaison', stationId: STATION },
      };

/** The scan the text index replaced: the same filter with `$contains` as instr over each document. */
function scanQuery(db: ReturnType<SqliteStore['rawDatabase']>, who: TextRow['who'], keyword: string) {
  const text = (f: string) => `(json_type(doc, '$.${f}') = 'text' AND instr(lower(${fieldExpr(f)}), lower(@k)) > 0)`;
  const where = `${who === 'station' ? `${fieldExpr('stationId')} = @s AND ` : ''}(${text('summary')} OR ${text('answer')})`;
  const page = db.prepare(
    `SELECT doc FROM consultation_records WHERE ${where} ORDER BY ${fieldExpr('consultedAt')} DESC, id LIMIT 20`,
  );
  const count = db.prepare(`SELECT count(*) FROM consultation_records WHERE ${where}`).pluck();
  return () => {
    page.all({ k: keyword, s: STATION });
    return count.get({ k: keyword, s: STATION }) as number;
  };
}

export async function textFigures(): Promise<TextFigures> {
  const bench = await startBenchHost(true);
  const store = bench.host.store;
  const now = Date.now();
  const started = process.hrtime.bigint();
  const stationRecords = seed(store, now);
  const seedSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  const tokenOf = async (username: string) => {
    const login = await bench.post('/api/auth/login', { username, password: 'demo12345' });
    if (!login.ok) throw new Error(`bench login ${username} failed: ${login.error.code}`);
    return login.data.token!;
  };
  const tokens = { station: await tokenOf('liaison'), admin: await tokenOf('admin') };
  const scenarios: Array<Pick<TextRow, 'name' | 'who' | 'keyword'>> = [];
  for (const who of ['station', 'admin'] as const) {
    scenarios.push(
      { name: 'a company’s name', who, keyword: '星河12345' },
      { name: 'a four-character term', who, keyword: '质押融资' },
      { name: 'a two-character word', who, keyword: '商标' },
      { name: 'one character', who, keyword: '税' },
    );
  }

  const rows: TextRow[] = [];
  const calls = [];
  for (const s of scenarios) {
    const { where, orderBy } = recordsQuery(callerOf(s.who), { keyword: s.keyword });
    const direct = async () =>
      (
        await Promise.all([
          store.find('consultation_records', { where, orderBy, limit: 20 }),
          store.count('consultation_records', where),
        ])
      )[1];
    const total = await direct();
    const scan = scanQuery(store.rawDatabase(), s.who, s.keyword);
    if (scan() !== total) throw new Error(`${s.name}: the scan counts ${scan()}, the index ${total}`);
    const scanMs: number[] = [];
    for (let i = 0; i < Math.min(PAGES, 20); i++) {
      const t0 = process.hrtime.bigint();
      scan();
      scanMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const storeFigure = await timed(s.name, PAGES, 1, direct);
    rows.push({ ...s, total, store: storeFigure, scanMs, hostMs: [] });
    calls.push({
      name: `${s.who}:${s.name}`,
      path: '/api/fn/archive',
      body: { action: 'listRecords', keyword: s.keyword, page: 1, pageSize: 20 },
      token: tokens[s.who],
      n: PAGES,
    });
  }
  const latencies = await runClient({
    base: bench.base,
    calls: [{ name: 'healthz', path: '/healthz', method: 'GET', n: PAGES }, ...calls],
  });
  for (const r of rows) r.hostMs = latencies[`${r.who}:${r.name}`] ?? [];
  await bench.close();
  return { n: N, stationRecords, seedSeconds, healthzMs: latencies.healthz ?? [], rows };
}

const ms = (xs: number[], p: number) => pct(xs, p).toFixed(2);

export function printText(f: TextFigures): void {
  console.log('\n## Archive text search (咨询档案关键词): the text index through the host, against a scan\n');
  console.log(
    `(${f.n.toLocaleString('en')} consultation records — ${f.stationRecords.toLocaleString('en')} at the liaison's station — seeded in ${f.seedSeconds.toFixed(1)} s; ${PAGES} searches per row, one at a time, page of 20 + total; host timed by the load generator in its own process)\n`,
  );
  console.log(
    '| search | who | matches | scan p50 ms (before) | Store p50 ms (probe + index) | host p50 ms | host p99 ms | host ÷ Store (p50) | scan ÷ host (p50) |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of f.rows) {
    const store = pct(r.store.latenciesMs, 50);
    const host = pct(r.hostMs, 50);
    console.log(
      `| ${r.name} 「${r.keyword}」 | ${r.who === 'admin' ? 'admin (all)' : 'station'} | ${r.total} | ${ms(r.scanMs, 50)} | ${store.toFixed(2)} | ${host.toFixed(2)} | ${ms(r.hostMs, 99)} | ${(host / store).toFixed(1)} | ${(pct(r.scanMs, 50) / host).toFixed(1)} |`,
    );
  }
  console.log(
    `\nGET /healthz from the same load generator (the HTTP floor): p50 ${ms(f.healthzMs, 50)} ms, p99 ${ms(f.healthzMs, 99)} ms.`,
  );
}

runSectionIfMain(module, textFigures, printText);
