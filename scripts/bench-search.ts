/**
 * The search figures of `npm run bench` (issue 15: answers within 100 ms at 10k articles on the
 * host), from one run on ONE database:
 *  - ARTICLES published articles, written straight into the host's SQLite file with their search
 *    entries (the words cloudfunctions/_shared/search-index.ts stores), over a vocabulary of the
 *    trade so common and rare words both occur;
 *  - each query through the host (HTTP, validation, the three grouped finds and counts, output
 *    check) timed by the load generator in its own process (scripts/bench-client.ts), against the
 *    same three finds on the Store directly, and against a plain substring search of the
 *    articles' text (what search would be without the index: instr over every body).
 *
 * Standalone: `npx tsx scripts/bench-search.ts` (BENCH_SEARCH_ARTICLES, BENCH_SEARCH_N). Not a
 * test: it prints, it does not assert timings.
 */
import { SEARCH_KIND } from '../core/enums';
import { searchTermsOf, termProbe, termsField } from '../core/rules/search-terms';
import type { ArticleDoc, SearchEntryDoc } from '../core/store/docs';
import type { SqliteStore } from '../server/store/sqlite-store';
import { rawInserter } from './bench-raw-insert';
import { runClient, startBenchHost } from './bench-host';
import { pct, seededRandom, runSectionIfMain } from './bench-timing';

const ARTICLES = Number(process.env.BENCH_SEARCH_ARTICLES ?? 10_000);
const N = Number(process.env.BENCH_SEARCH_N ?? 200);
const BATCH = 2_000;

const SENTENCES = [
  '符合条件的企业可申请专利质押融资贴息，单笔最高补贴五十万元。',
  '工作站组织专利代理师为园区企业讲解发明专利申请文件撰写要点。',
  '对开展海外维权的企业给予律师费和诉讼费用的部分补助。',
  '商标品牌培育指导站为企业提供商标注册、续展和布局咨询。',
  '数据知识产权登记试点面向数据处理企业开放申请。',
  '高新技术企业认定中知识产权指标的评价方法解读。',
  '专精特新企业可享受专利优先审查和快速预审服务。',
  '集成电路布图设计登记的流程和所需材料说明。',
  '地理标志产品保护与商标运用的典型案例分享。',
  '中关村园区企业知识产权贯标工作推进会顺利召开。',
  '软件著作权登记指导服务每周二、周四在工作站开展。',
  '外观设计专利快速维权的证据固定与平台投诉流程。',
  '商业秘密保护体系建设指引发布，企业可对照自查。',
  '知识产权公共服务进园区系列宣讲活动第十期举行。',
  '专利转化运用专项资金申报工作即将启动。',
  '技术合同登记与专利许可备案的衔接办法。',
];
const TITLES = ['政策解读', '工作动态', '通知公告', '典型案例'];

const QUERIES: Array<{ name: string; q: string }> = [
  { name: 'a common word', q: '专利' },
  { name: 'two words', q: '质押融资 贴息' },
  { name: 'a trade term', q: '数据知识产权' },
  { name: 'a place (single-character run)', q: '中关村' },
  { name: 'no match', q: '区块链溯源' },
];

function seed(store: SqliteStore, now: number): void {
  const db = store.rawDatabase();
  const rand = seededRandom(20261207);
  const insertArticle = rawInserter(store, 'articles');
  const insertEntry = rawInserter(store, 'search_entries');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const body = Array.from({ length: 6 }, () => SENTENCES[Math.floor(rand() * SENTENCES.length)]!).join('\n\n');
      const title = `第${i}期${TITLES[i % TITLES.length]}：${SENTENCES[i % SENTENCES.length]!.slice(0, 12)}`;
      const publishAt = now - (ARTICLES - i) * 60_000;
      const article: ArticleDoc = {
        _id: `art:bench-${i}`,
        kind: 'policy',
        source: '市知识产权公共服务中心',
        title,
        markdown: body,
        html: `<p>${body}</p>`,
        summary: body.slice(0, 60),
        attachments: [],
        status: 'published',
        publishAt,
        readCount: 0,
        createdBy: 'bench',
        createdByName: '基准',
        createdAt: publishAt,
        updatedAt: publishAt,
      };
      insertArticle(article);
      const entry: SearchEntryDoc = {
        _id: `article:${article._id}`,
        kind: 'article',
        refId: article._id,
        title,
        snippet: article.summary,
        link: `/packages/content/pages/detail/index?articleId=${article._id}`,
        stationName: article.source,
        terms: termsField(searchTermsOf(`${title}\n${article.summary}\n${body}`)),
        live: true,
        sortAt: publishAt,
      };
      insertEntry(entry);
    }
  });
  for (let i = 0; i < ARTICLES; i += BATCH) batch(i, Math.min(ARTICLES, i + BATCH));
  db.exec('ANALYZE');
}

/** The three grouped finds and counts the action makes, on the Store directly. */
async function direct(store: SqliteStore, q: string, now: number): Promise<number> {
  const terms = searchTermsOf(q, 8);
  const totals = await Promise.all(
    SEARCH_KIND.values.map(async (kind) => {
      const where = {
        kind,
        live: true,
        sortAt: { $lte: now },
        $and: terms.map((t) => ({ terms: { $contains: termProbe(t) } })),
      };
      const [, total] = await Promise.all([
        store.find('search_entries', { where, orderBy: [['sortAt', 'desc']], limit: 5 }),
        store.count('search_entries', where),
      ]);
      return total;
    }),
  );
  return totals[0]!;
}

/** Without the index: a substring of every published body (what a plain `$contains` search reads). */
function substring(store: SqliteStore, q: string): number {
  const row = store
    .rawDatabase()
    .prepare(
      `SELECT count(*) AS n FROM "articles" WHERE json_extract(doc, '$.status') = 'published' AND instr(lower(json_extract(doc, '$.markdown')), lower(?)) > 0`,
    )
    .get(q.split(/\s+/)[0]) as { n: number };
  return row.n;
}

async function times(n: number, op: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await op();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return out;
}

export interface SearchRow {
  name: string;
  q: string;
  matches: number;
  host: number[];
  store: number[];
  substring: number[];
}

export interface SearchFigures {
  articles: number;
  seedSeconds: number;
  rows: SearchRow[];
}

export async function searchFigures(): Promise<SearchFigures> {
  const bench = await startBenchHost(true);
  const store = bench.host.store;
  const now = Date.now();
  const t0 = process.hrtime.bigint();
  seed(store, now);
  const seedSeconds = Number(process.hrtime.bigint() - t0) / 1e9;

  const rows: SearchRow[] = [];
  const hostTimes = await runClient({
    base: bench.base,
    calls: QUERIES.map((query) => ({
      name: query.name,
      path: '/api/fn/content',
      body: { action: 'search', q: query.q },
      n: N,
    })),
  });
  for (const query of QUERIES) {
    const reply = await bench.post<{ article: { total: number } }>('/api/fn/content', { action: 'search', q: query.q });
    if (!reply.ok) throw new Error(`search ${query.q}: ${JSON.stringify(reply.error)}`);
    const matches = await direct(store, query.q, now);
    if (reply.data.article.total !== matches)
      throw new Error(`${query.q}: host ${reply.data.article.total} ≠ Store ${matches}`);
    rows.push({
      name: query.name,
      q: query.q,
      matches,
      host: hostTimes[query.name]!,
      store: await times(N, () => direct(store, query.q, now)),
      substring: await times(Math.min(N, 50), () => substring(store, query.q)),
    });
  }
  await bench.close();
  return { articles: ARTICLES, seedSeconds, rows };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function printSearch(f: SearchFigures): void {
  console.log('\n## Search (搜索): one grouped search through the host vs the same finds on the Store\n');
  console.log(
    `(${f.articles.toLocaleString('en')} published articles plus the demo's stations and items, seeded in ${f.seedSeconds.toFixed(1)} s; ${N} searches per row, one at a time, the client in its own process; the goal is under 100 ms on the host)\n`,
  );
  console.log(
    '| query | article matches | host p50 ms | host p99 ms | Store p50 ms | host / Store (mean) | substring of every body p50 ms |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of f.rows) {
    console.log(
      `| ${r.name} 「${r.q}」 | ${r.matches} | ${pct(r.host, 50).toFixed(1)} | ${pct(r.host, 99).toFixed(1)} | ${pct(
        r.store,
        50,
      ).toFixed(1)} | ${(mean(r.host) / mean(r.store)).toFixed(2)} | ${pct(r.substring, 50).toFixed(1)} |`,
    );
  }
  console.log(
    '\nA host search is a whole action: validation, segmenting the query, three finds of a page and three counts over the kind index with a whole-word test per word, the output check, JSON over HTTP.',
  );
}

runSectionIfMain(module, searchFigures, printSearch);
