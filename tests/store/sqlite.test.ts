/**
 * The SQLite adapter: the shared Store contract on a fresh temp file per test, then what only
 * SQLite has (files that survive a restart, its indexes, the transaction lock, the statement cache).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../core/errors';
import { COLLECTIONS, COLLECTION_NAMES } from '../../core/store/schema';
import { indexName } from '../../server/store/sqlite-sql';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';
import { describeStoreContract } from './store-contract';
import { deferred } from '../support/deferred';

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'sqlite-store-'));

describeStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = openSqliteStore(join(dir, 'store.db'));
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

const declaredIndexes = (): string[] =>
  COLLECTION_NAMES.flatMap((c) => COLLECTIONS[c].indexes.map((spec) => indexName(c, spec))).sort();

const indexesIn = (store: SqliteStore): string[] =>
  (
    store
      .rawDatabase()
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[]
  ).sort();

describe('SQLite store on a file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'host.db');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps data, indexes and unique rules across close and reopen', async () => {
    const first = openSqliteStore(file);
    expect(first.rawDatabase().pragma('journal_mode', { simple: true })).toBe('wal');
    await first.insert('companies', { _id: 'c1', joinCode: 'J1', creditCode: 'C1', name: '甲' });
    const generated = await first.insert('platforms', { name: 'p', order: 1 });
    await first.close();

    const second = openSqliteStore(file);
    try {
      expect(await second.get('companies', 'c1')).toEqual({ _id: 'c1', joinCode: 'J1', creditCode: 'C1', name: '甲' });
      expect(await second.get('platforms', generated)).toEqual({ _id: generated, name: 'p', order: 1 });
      expect(indexesIn(second)).toEqual(declaredIndexes());
      expect(indexesIn(second)).toContain('ux_companies_joinCode');
      const dup = await second.insert('companies', { joinCode: 'J1', creditCode: 'C2' }).catch((e: unknown) => e);
      expect(dup).toBeInstanceOf(AppError);
      expect((dup as AppError).code).toBe('CONFLICT');
    } finally {
      await second.close();
    }
  });

  it('serves list queries from the declared expression indexes', async () => {
    const store = openSqliteStore(file);
    try {
      expect(store.queryPlan('companies', { where: { joinCode: 'J1' } }).join('\n')).toContain(
        'USING INDEX ux_companies_joinCode',
      );
      const list = store.queryPlan('companies', {
        where: { stationId: 's1', status: 'active' },
        orderBy: [['createdAt', 'desc']],
        limit: 20,
      });
      expect(list.join('\n')).toContain('USING INDEX ix_companies_stationId_status_createdAt_desc');
    } finally {
      await store.close();
    }
  });

  it("keeps the planner's statistics: PRAGMA optimize on close analyses what was queried, and on open", async () => {
    // Statistics of the collections' own tables (the text indexes' FTS shadow tables have theirs).
    const stats = (store: SqliteStore) => {
      const db = store.rawDatabase();
      const analysed = db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'`).pluck().get();
      return analysed ? db.prepare(`SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'ratings'`).pluck().get() : 0;
    };
    const first = openSqliteStore(file);
    expect(stats(first)).toBe(0); // a fresh, empty database: nothing worth analysing yet
    for (let i = 0; i < 300; i++) {
      await first.insert('ratings', {
        stationId: `st-${i % 3}`,
        consultantId: `u-${i % 30}`,
        low: i % 5 === 0,
        ratedAt: i,
      });
    }
    await first.find('ratings', { where: { stationId: 'st-1', low: true }, orderBy: [['ratedAt', 'desc']], limit: 5 });
    await first.close();

    const second = openSqliteStore(file);
    try {
      const rows = second
        .rawDatabase()
        .prepare(`SELECT idx FROM sqlite_stat1 WHERE tbl = 'ratings'`)
        .pluck()
        .all() as string[];
      expect(rows).toEqual(expect.arrayContaining(['ix_ratings_stationId_low_ratedAt_desc__id']));
      // With statistics, the list query is still served by its declared index.
      const plan = second.queryPlan('ratings', {
        where: { stationId: 'st-1', low: true },
        orderBy: [['ratedAt', 'desc']],
        limit: 20,
      });
      expect(plan.join('\n')).toContain('USING INDEX ix_ratings_stationId_low_ratedAt_desc__id');
    } finally {
      await second.close();
    }
  });

  it("drops its own indexes that are no longer declared and keeps anyone else's", async () => {
    const first = openSqliteStore(file);
    first.rawDatabase().exec(`CREATE INDEX ix_platforms_retired ON platforms (json_extract(doc, '$.retired'))`);
    first.rawDatabase().exec(`CREATE INDEX manual_platforms_name ON platforms (json_extract(doc, '$.name'))`);
    await first.close();
    const second = openSqliteStore(file);
    try {
      expect(indexesIn(second)).toEqual([...declaredIndexes(), 'manual_platforms_name'].sort());
    } finally {
      await second.close();
    }
  });

  it('close waits for an open transaction to commit', async () => {
    const store = openSqliteStore(file);
    const started = deferred();
    const proceed = deferred();
    const tx = store.transaction(async (t) => {
      await t.insert('platforms', { _id: 'a' });
      started.resolve();
      await proceed.promise;
      await t.insert('platforms', { _id: 'b' });
    });
    await started.promise;
    const closed = store.close();
    proceed.resolve();
    await tx;
    await closed;
    const reopened = openSqliteStore(file);
    try {
      expect(await reopened.count('platforms')).toBe(2);
    } finally {
      await reopened.close();
    }
  });
});

describe('SQLite store specifics', () => {
  let store: SqliteStore;
  beforeEach(() => {
    store = openSqliteStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
  });

  it('a store call inside transaction work rejects (instead of waiting for itself) and rolls back', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.insert('platforms', { _id: 'a' });
        await store.get('platforms', 'a');
      }),
    ).rejects.toThrow('use the tx handle');
    await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toThrow('use the tx handle');
    expect(await store.count('platforms')).toBe(0);
    expect(store.rawDatabase().inTransaction).toBe(false);
  });

  it('a transaction handle is dead after the transaction', async () => {
    let leaked: Parameters<Parameters<SqliteStore['transaction']>[0]>[0] | undefined;
    await store.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.insert('platforms', { _id: 'late' })).rejects.toThrow('after the transaction ended');
    expect(await store.get('platforms', 'late')).toBeNull();
  });

  it('prepares each SQL text once and reuses it for other values', async () => {
    const prepare = jest.spyOn(store.rawDatabase(), 'prepare');
    try {
      for (const kind of ['x', 'y', 'z']) {
        await store.insert('platforms', { kind, order: 1 });
        await store.find('platforms', { where: { kind }, orderBy: [['order', 'asc']], limit: 5 });
        await store.update('platforms', { kind }, { inc: { order: 1 } });
      }
      // insert, find, update: one statement each, whatever the values
      expect(prepare).toHaveBeenCalledTimes(3);
    } finally {
      prepare.mockRestore();
    }
  });

  it('stores integer increments as integers', async () => {
    await store.insert('platforms', { _id: 'n', taken: 0 });
    await store.update('platforms', { _id: 'n' }, { inc: { taken: 1 } });
    const raw = store.rawDatabase().prepare(`SELECT doc FROM platforms WHERE id = 'n'`).pluck().get();
    expect(raw).toBe('{"_id":"n","taken":1}');
  });
});
