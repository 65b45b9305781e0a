/**
 * The SQLite text index (server/store/sqlite-text.ts): `$contains` on a collection's declared text
 * fields is answered by an FTS5 trigram index, with exactly the semantics of the plain
 * `$contains` (a case-insensitive ASCII substring of a JSON string), for queries of any length.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import { COLLECTIONS } from '../../core/store/schema';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';
import { compileCount } from '../../server/store/sqlite-sql';
import { textIndexDrop } from '../../server/store/sqlite-text';

interface RecordDoc extends Doc {
  stationId: string;
  consultedAt: number;
  summary?: unknown;
  answer?: unknown;
}

const SUMMARIES: unknown[] = [
  '专利质押融资贴息申请',
  '商标续展与变更',
  '数据知识产权登记',
  '质押',
  '押',
  'PCT 国际申请 Patent Cooperation Treaty',
  'patent search 专利检索',
  'Élan 商标 "quoted" AND OR NEAR(x y) *star*',
  '海关备案：知识产权海关保护',
  12345,
  true,
  null,
  undefined,
  '',
  'ab',
  'a',
];
const ANSWERS: unknown[] = ['可申请贴息', '建议先做检索', 'TM 续展', '专利', 123, undefined];

/** `$contains` as the Store defines it: a JSON string holding the text, ASCII case folded. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const holds = (v: unknown, q: string) => typeof v === 'string' && asciiLower(v).includes(asciiLower(q));

const QUERIES = [
  '专利',
  '质押',
  '押',
  '专利质押',
  '利质',
  '商标',
  '知识产权',
  '海关',
  'patent',
  'PATENT',
  'Pat',
  'p',
  'ab',
  'a',
  'é',
  'É',
  'Élan',
  '"quoted"',
  '"',
  'AND',
  'NEAR(x',
  '*star*',
  '*',
  '123',
  '12345',
  'true',
  '检索',
  '续展',
  '无此词',
  '：',
  ' ',
];

let dir: string;
let store: SqliteStore;
const docs: RecordDoc[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sqlite-text-'));
  store = openSqliteStore(join(dir, 'store.db'));
  let i = 0;
  for (const summary of SUMMARIES) {
    for (const answer of ANSWERS) {
      const doc: RecordDoc = { _id: `r${i}`, stationId: `st-${i % 3}`, consultedAt: 1_000 + i, summary, answer };
      if (summary === undefined) delete doc.summary;
      if (answer === undefined) delete doc.answer;
      docs.push(doc);
      await store.insert('consultation_records', doc);
      i++;
    }
  }
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = (rows: Doc[]) => rows.map((d) => d._id).sort();
const find = (where: Where) =>
  store.find<RecordDoc>('consultation_records', { where, orderBy: [['consultedAt', 'desc']], limit: 1000 });

describe('SQLite text index', () => {
  it('is declared for the archive and the ledger', () => {
    expect(COLLECTIONS.consultation_records.text).toEqual(['summary', 'answer']);
    expect(COLLECTIONS.companies.text).toEqual(['name', 'creditCode']);
  });

  it.each(QUERIES)('$contains %j finds exactly what a substring test finds', async (q) => {
    const expected = docs
      .filter((d) => holds(d.summary, q) || holds(d.answer, q))
      .map((d) => d._id)
      .sort();
    const where = { $or: [{ summary: { $contains: q } }, { answer: { $contains: q } }] };
    expect(ids(await find(where))).toEqual(expected);
    expect(await store.count('consultation_records', where)).toBe(expected.length);
    // With the station's index in front, as the archive list runs it.
    const atStation = docs.filter((d) => d.stationId === 'st-1' && (holds(d.summary, q) || holds(d.answer, q)));
    expect(ids(await find({ stationId: 'st-1', ...where }))).toEqual(atStation.map((d) => d._id).sort());
    expect(await store.count('consultation_records', { stationId: 'st-1', ...where })).toBe(atStation.length);
    // Each field on its own.
    for (const field of ['summary', 'answer'] as const) {
      const one = docs.filter((d) => holds(d[field], q)).map((d) => d._id);
      expect(ids(await find({ [field]: { $contains: q } }))).toEqual(one.sort());
      expect(await store.count('consultation_records', { [field]: { $contains: q } })).toBe(one.length);
    }
  });

  it('answers a keyword over both fields with one lookup, and an $or it cannot merge as before', async () => {
    for (const q of ['专利质押', '质押']) {
      const plan = store.queryPlan('consultation_records', {
        where: { stationId: 'st-1', $or: [{ summary: { $contains: q } }, { answer: { $contains: q } }] },
        orderBy: [['consultedAt', 'desc']],
      });
      expect(plan.filter((line) => line.includes('consultation_records__text VIRTUAL TABLE'))).toHaveLength(1);
    }
    // Different queries per field: still an $or of the two, with the same answers as substring tests.
    const mixed = { $or: [{ summary: { $contains: '专利' } }, { answer: { $contains: '续展' } }] };
    const expected = docs.filter((d) => holds(d.summary, '专利') || holds(d.answer, '续展')).map((d) => d._id);
    expect(ids(await find(mixed))).toEqual(expected.sort());
  });

  it('is a lookup in the index, not a scan of the documents', () => {
    for (const q of ['专利质押', '质押', '押']) {
      const plan = store.queryPlan('consultation_records', {
        where: { stationId: 'st-1', summary: { $contains: q } },
        orderBy: [['consultedAt', 'desc']],
      });
      expect(plan.join('\n')).toContain('VIRTUAL TABLE');
      expect(plan.join('\n')).toContain('INDEX ix_consultation_records_stationId_consultedAt_desc__id');
    }
  });

  it('counts a where that is only a text search in the index alone, never reading the table', () => {
    const keyword = (q: string): Where => ({ $or: [{ summary: { $contains: q } }, { answer: { $contains: q } }] });
    const planOf = (where: Where) => {
      const sql = compileCount('consultation_records', where);
      const rows = store
        .rawDatabase()
        .prepare(`EXPLAIN QUERY PLAN ${sql.text}`)
        .all(...sql.params);
      return (rows as Array<{ detail: string }>).map((r) => r.detail).join('\n');
    };
    for (const where of [keyword('专利质押'), keyword('质押'), keyword('押'), { summary: { $contains: '知识产权' } }]) {
      expect(planOf(where)).toContain('consultation_records__text VIRTUAL TABLE');
      expect(planOf(where)).not.toMatch(/consultation_records(?!__text)/);
    }
    // Anything more than the text search counts the table's rows as before.
    expect(planOf({ stationId: 'st-1', ...keyword('质押') })).toContain('INDEX ix_consultation_records_stationId');
  });

  it('reads early pages from the documents first, with exactly the pages the index gives, deep ones too', async () => {
    // Page sizes and depths that the probe answers (a common word), runs out on (a rare one),
    // tests every candidate of (a station's 32 rows), or leaves to the index (deep pages).
    const byStationThenId = (a: RecordDoc, b: RecordDoc) =>
      a.stationId === b.stationId ? (a._id < b._id ? -1 : 1) : a.stationId < b.stationId ? -1 : 1;
    const byDateDesc = (a: RecordDoc, b: RecordDoc) => b.consultedAt - a.consultedAt;
    const orders: Array<{ orderBy: FindOptions['orderBy']; sort: (a: RecordDoc, b: RecordDoc) => number }> = [
      { orderBy: [['consultedAt', 'desc']], sort: byDateDesc },
      { orderBy: [['stationId', 'asc']], sort: byStationThenId },
    ];
    for (const q of ['专利', '质押', 'Élan', '无此词']) {
      const keyword: Where = { $or: [{ summary: { $contains: q } }, { answer: { $contains: q } }] };
      const hit = (d: RecordDoc) => holds(d.summary, q) || holds(d.answer, q);
      const cases: Array<{ where: Where; test: (d: RecordDoc) => boolean }> = [
        { where: keyword, test: hit },
        { where: { stationId: 'st-1', ...keyword }, test: (d) => d.stationId === 'st-1' && hit(d) },
        {
          where: { summary: { $contains: q }, consultedAt: { $gte: 1_030 } },
          test: (d) => holds(d.summary, q) && d.consultedAt >= 1_030,
        },
      ];
      for (const { where, test } of cases) {
        for (const { orderBy, sort } of orders) {
          const all = docs
            .filter(test)
            .sort(sort)
            .map((d) => d._id);
          for (const limit of [3, 5, 20]) {
            for (let skip = 0; skip <= all.length; skip += limit) {
              const page = await store.find<RecordDoc>('consultation_records', { where, orderBy, skip, limit });
              expect({ q, where, orderBy, skip, limit, ids: page.map((d) => d._id) }).toEqual({
                q,
                where,
                orderBy,
                skip,
                limit,
                ids: all.slice(skip, skip + limit),
              });
            }
          }
        }
      }
    }
    // The probe answers a first page with a text search in an order an index serves; deep pages,
    // orders that must sort every candidate, and finds without a text search the index answers
    // go straight to their query.
    const keyword: Where = { $or: [{ summary: { $contains: '专利' } }, { answer: { $contains: '专利' } }] };
    const byDate: FindOptions['orderBy'] = [['consultedAt', 'desc']];
    expect(store.probes('consultation_records', { where: keyword, orderBy: byDate, limit: 20 })).toBe(true);
    expect(store.probes('consultation_records', { where: { stationId: 'st-1', ...keyword }, orderBy: byDate })).toBe(
      false, // the default page of 100: deeper than a probe reaches
    );
    expect(store.probes('consultation_records', { where: keyword, orderBy: byDate, skip: 20, limit: 20 })).toBe(true);
    expect(store.probes('consultation_records', { where: keyword, orderBy: byDate, skip: 40, limit: 20 })).toBe(false);
    expect(store.probes('consultation_records', { where: keyword, orderBy: [['summary', 'asc']], limit: 20 })).toBe(
      false,
    );
    expect(store.probes('consultation_records', { where: { stationId: 'st-1' }, orderBy: byDate, limit: 20 })).toBe(
      false,
    );
  });

  it('follows updates and removals, and a rolled-back transaction leaves it as it was', async () => {
    await store.insert('consultation_records', {
      _id: 'moving',
      stationId: 'st-9',
      consultedAt: 1,
      summary: '旧的标题',
    });
    expect(ids(await find({ summary: { $contains: '旧的' } }))).toEqual(['moving']);
    await store.update('consultation_records', { _id: 'moving' }, { set: { summary: '新的标题' } });
    expect(ids(await find({ summary: { $contains: '旧的' } }))).toEqual([]);
    expect(ids(await find({ summary: { $contains: '新的标题' } }))).toEqual(['moving']);
    // An update that leaves the text alone keeps it findable.
    await store.update('consultation_records', { _id: 'moving' }, { set: { consultedAt: 2 } });
    expect(ids(await find({ summary: { $contains: '新的' } }))).toEqual(['moving']);

    await expect(
      store.transaction(async (tx) => {
        await tx.updateById('consultation_records', 'moving', { set: { summary: '回滚的标题' } });
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(ids(await find({ summary: { $contains: '回滚' } }))).toEqual([]);
    expect(ids(await find({ summary: { $contains: '新的' } }))).toEqual(['moving']);

    await store.remove('consultation_records', { _id: 'moving' });
    expect(ids(await find({ summary: { $contains: '新的' } }))).toEqual([]);
    expect(ids(await find({ summary: { $contains: '标题' } }))).toEqual([]);
  });

  it('is built on open for documents written before it existed', async () => {
    const file = join(dir, 'older.db');
    const older = openSqliteStore(file);
    await older.insert('companies', { _id: 'c1', stationId: 'st-1', name: '北京星河科技有限公司', lastVisitAt: 0 });
    for (const sql of textIndexDrop('companies')) older.rawDatabase().exec(sql);
    await older.close();

    const reopened = openSqliteStore(file);
    try {
      const found = await reopened.find('companies', { where: { name: { $contains: '星河' } } });
      expect(ids(found)).toEqual(['c1']);
    } finally {
      await reopened.close();
    }
  });

  it('keeps no planner statistics of its FTS tables, on open and after close, while the tables have theirs', async () => {
    // Statistics of a small FTS index make FTS5's writes slow down as it grows (sqlite-text.ts
    // forgetTextIndexStats); the collections' own statistics are what the planner needs.
    const file = join(dir, 'stats.db');
    const statsOf = (db: ReturnType<SqliteStore['rawDatabase']>) =>
      (db.prepare('SELECT DISTINCT tbl FROM sqlite_stat1').pluck().all() as string[]).concat(
        db.prepare('SELECT DISTINCT tbl FROM sqlite_stat4').pluck().all() as string[],
      );
    const first = openSqliteStore(file);
    for (let i = 0; i < 50; i++) {
      await first.insert<RecordDoc>('consultation_records', {
        _id: `s${i}`,
        stationId: `st-${i % 3}`,
        consultedAt: i,
        summary: `第${i}次专利咨询`,
      });
    }
    await first.count('consultation_records', { summary: { $contains: '专利' } });
    await first.close();

    const reopened = openSqliteStore(file);
    try {
      const tables = statsOf(reopened.rawDatabase());
      expect(tables).toContain('consultation_records');
      expect(tables.filter((t) => t.includes('__text'))).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});
