/**
 * The host's Store: documents as JSON text in SQLite (better-sqlite3), one table per collection,
 * the indexes of core/store/schema.ts as expression indexes on json_extract.
 *
 * Concurrency is settled by SQLite: conditional updates are one UPDATE statement, uniqueness is
 * the primary key or a UNIQUE index. The one connection is shared by every request, so an open
 * transaction holds an async mutex and every other operation waits for it (see AsyncMutex).
 * Writes of one event-loop turn share one commit (CommitGroups), acknowledged once committed;
 * reads wait for an open group, so nobody reads a write that is not yet committed.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import type { Doc, Store, TxStore } from '../../core/ports';
import type { FindOptions, Patch, Where } from '../../core/store/query';
import { COLLECTION_NAMES, type CollectionName } from '../../core/store/schema';
import { AsyncMutex } from './async-mutex';
import { CommitGroups, type CommitGroup } from './commit-groups';
import { forgetTextIndexStats, textIndexDdl, textIndexDrop } from './sqlite-text';
import {
  collectionDdl,
  compileCount,
  compileFind,
  compileProbe,
  compileRemove,
  compileUpdate,
  table,
  type Param,
  type Probe,
} from './sqlite-sql';

const CONFLICT_MESSAGE = '记录已存在，请勿重复提交';
/** Distinct SQL texts differ only by shape (paths, $in sizes), so this bound is rarely reached. */
const STATEMENT_CACHE_MAX = 500;
const OUR_INDEX = /^[iu]x_[A-Za-z0-9_]+$/;

/** 15 random bytes → 20 URL-safe characters. */
const newId = (): string => randomBytes(15).toString('base64url');

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs a write, turning a primary-key or unique-index violation into CONFLICT. */
function orConflict<T>(write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
    throw e;
  }
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new Error('Store: _id must be a non-empty string');
  return id;
}

export class SqliteStore implements Store {
  private readonly statements = new Map<string, Database.Statement>();
  /** Per probe statement: whether its rows come in order from an index (see probes). */
  private readonly probeOrder = new WeakMap<Database.Statement, boolean>();
  private readonly mutex = new AsyncMutex();
  /** Async context of the running transaction's work, to refuse re-entry instead of deadlocking. */
  private readonly txScope = new AsyncLocalStorage<object>();
  private activeTx: object | null = null;
  private readonly groups: CommitGroups;
  /** Listeners told synchronously of every write to a collection (caches that must not go stale). */
  private readonly writeListeners = new Map<CollectionName, Array<() => void>>();

  constructor(private readonly db: Database.Database) {
    this.groups = new CommitGroups(db);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL'); // safe with WAL: a crash may lose the last commits, never corrupt
    this.migrate();
    this.analyseOnOpen();
  }

  /**
   * SQLite's advice for a long-lived connection: on open, analyse every table whose statistics
   * are missing or stale (0x10000: all tables, not only those this connection has queried; 0x02:
   * run ANALYZE where needed), so the planner knows the declared indexes' selectivity. Cheap on a
   * fresh or unchanged database; bounded by SQLite's analysis limit on a big one. It runs on a
   * second, short-lived connection, which also drops the text indexes' statistics before it
   * closes (why: forgetTextIndexStats); this connection then loads the statistics that are left.
   */
  private analyseOnOpen(): void {
    const file = this.db.name;
    if (this.db.memory || !file) {
      this.db.pragma('optimize=0x10002');
      forgetTextIndexStats(this.db);
      return;
    }
    const scratch = new Database(file);
    try {
      scratch.pragma('busy_timeout = 5000');
      scratch.pragma('optimize=0x10002');
      forgetTextIndexStats(scratch);
    } finally {
      scratch.close();
    }
    this.db.exec('ANALYZE sqlite_schema');
  }

  /**
   * Calls `listener` synchronously whenever a write (insert, update, remove; inside a transaction
   * too, and before it commits) touches one of `collections`, changed rows or not. A cache keyed on
   * those collections drops what it holds; one filled by a read that began before the call must
   * not be kept (see server/caller-cache.ts).
   */
  onWrite(collections: readonly CollectionName[], listener: () => void): void {
    for (const c of collections) this.writeListeners.set(c, [...(this.writeListeners.get(c) ?? []), listener]);
  }

  private wrote(collection: CollectionName): void {
    const listeners = this.writeListeners.get(collection);
    if (listeners) for (const l of listeners) l();
  }

  /** The underlying connection (benchmarks, diagnostics). Bypasses the transaction lock. */
  rawDatabase(): Database.Database {
    return this.db;
  }

  /** EXPLAIN QUERY PLAN of a find, to check that a list query is served by a declared index. */
  queryPlan(collection: CollectionName, options?: FindOptions): string[] {
    const sql = compileFind(collection, options);
    const rows = this.db.prepare(`EXPLAIN QUERY PLAN ${sql.text}`).all(...sql.params) as Array<{ detail: string }>;
    return rows.map((r) => r.detail);
  }

  /** Waits for an open transaction to finish and the writes to commit, then closes the connection. */
  async close(): Promise<void> {
    await this.mutex.acquire();
    try {
      await this.groups.settled();
      this.statements.clear();
      // Refreshes the statistics of tables this connection's queries would benefit from, except
      // the text indexes' (forgetTextIndexStats), before the next open loads them.
      this.db.pragma('optimize');
      forgetTextIndexStats(this.db);
      this.db.close();
    } finally {
      this.mutex.release();
    }
  }

  get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null> {
    return this.read(() => this.getNow<T>(collection, id));
  }

  find<T extends Doc>(collection: CollectionName, options?: FindOptions): Promise<T[]> {
    return this.read(() => {
      const probe = compileProbe(collection, options);
      const found = probe && this.runProbe(probe);
      if (found) return found.map((json) => JSON.parse(json) as T);
      const sql = compileFind(collection, options);
      const rows = this.stmt(sql.text).all(...sql.params) as string[];
      return rows.map((json) => JSON.parse(json) as T);
    });
  }

  /**
   * Whether a find's first page is probed (compileProbe) before the text index: only when the
   * probe's rows come in order from an index. A probe that must sort every candidate first (an
   * order no index serves) would read them all, where the index sorts its matches alone.
   */
  probes(collection: CollectionName, options?: FindOptions): boolean {
    const probe = compileProbe(collection, options);
    return probe !== null && this.probeStatement(probe) !== null;
  }

  /** The probe's statement, or null when its rows would not come in order from an index. */
  private probeStatement(probe: Probe): Database.Statement | null {
    const stmt = this.stmt(probe.text);
    let inOrder = this.probeOrder.get(stmt);
    if (inOrder === undefined) {
      const plan = this.db.prepare(`EXPLAIN QUERY PLAN ${probe.text}`).all(...probe.params) as Array<{
        detail: string;
      }>;
      inOrder = !plan.some((row) => row.detail.includes('TEMP B-TREE'));
      this.probeOrder.set(stmt, inOrder);
    }
    return inOrder ? stmt : null;
  }

  /** The page a probe finds, or null when its rows ran out first (the text index answers then). */
  private runProbe(probe: Probe): string[] | null {
    const stmt = this.probeStatement(probe);
    if (!stmt) return null;
    const page: string[] = [];
    let read = 0;
    let matched = 0;
    for (const doc of stmt.iterate(...probe.params) as Iterable<string | null>) {
      read++;
      if (doc === null || matched++ < probe.skip) continue;
      page.push(doc);
      if (page.length === probe.limit) return page;
    }
    return read < probe.rows ? page : null;
  }

  count(collection: CollectionName, where?: Where): Promise<number> {
    return this.read(() => {
      const sql = compileCount(collection, where);
      return this.stmt(sql.text).get(...sql.params) as number;
    });
  }

  insert<T extends Record<string, unknown>>(collection: CollectionName, doc: T & { _id?: string }): Promise<string> {
    return this.write(() => {
      const id = doc?._id === undefined ? newId() : checkId(doc._id);
      this.insertNow(collection, id, doc);
      return id;
    });
  }

  update(collection: CollectionName, where: Where, patch: Patch): Promise<number> {
    return this.write(() => this.updateNow(collection, where, patch));
  }

  remove(collection: CollectionName, where: Where): Promise<number> {
    return this.write(() => {
      const sql = compileRemove(collection, where);
      this.wrote(collection);
      return this.run(sql.text, sql.params);
    });
  }

  /**
   * The work runs as a SAVEPOINT of the open commit group, holding the connection (other calls
   * wait) and the group's commit; its result is returned once the group has committed.
   */
  async transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    this.refuseReentry();
    await this.mutex.acquire();
    const token = {};
    const tx = new SqliteTx({
      get: (c, id) => this.getNow(c, id),
      insert: (c, id, doc) => this.insertNow(c, id, doc),
      update: (c, where, patch) => this.updateNow(c, where, patch),
      remove: (c, id) => this.removeNow(c, id),
    });
    let group: CommitGroup | null = null;
    let result: T;
    try {
      group = this.groups.hold();
      this.db.exec('SAVEPOINT tx');
      this.activeTx = token;
      try {
        result = await this.txScope.run(token, () => work(tx));
        this.db.exec('RELEASE tx');
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK TO tx; RELEASE tx');
        else this.groups.abandonedBy(group, e);
        throw e;
      }
    } finally {
      tx.end();
      this.activeTx = null;
      if (group) this.groups.release(group);
      this.mutex.release();
    }
    await group.done;
    return result;
  }

  // --- synchronous steps, run through `read`, `write` or inside a transaction ---

  private getNow<T extends Doc>(collection: CollectionName, id: string): T | null {
    const json = this.stmt(`SELECT doc FROM ${table(collection)} WHERE id = ?`).get(checkId(id)) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  private insertNow(collection: CollectionName, id: string, doc: Record<string, unknown>): void {
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
      throw new Error('Store: a document must be an object');
    }
    const body: Record<string, unknown> = { _id: id, ...doc };
    body._id = id; // `_id` first in the JSON, and never an explicit undefined
    const sql = `INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?)`;
    this.wrote(collection);
    orConflict(() => this.stmt(sql).run(id, JSON.stringify(body)));
  }

  private updateNow(collection: CollectionName, where: Where, patch: Patch): number {
    const sql = compileUpdate(collection, where, patch);
    this.wrote(collection);
    return orConflict(() => this.run(sql.text, sql.params));
  }

  private removeNow(collection: CollectionName, id: string): boolean {
    this.wrote(collection);
    return this.run(`DELETE FROM ${table(collection)} WHERE id = ?`, [checkId(id)]) > 0;
  }

  // --- plumbing ---

  /**
   * Runs a read once no transaction holds the connection and no write awaits its commit. With
   * neither, it runs at once (the hot path: no queueing, no extra tick).
   */
  private async read<T>(step: () => T): Promise<T> {
    for (;;) {
      if (!this.mutex.locked) {
        if (!this.groups.isOpen) return step();
      } else {
        // Holding the lock while looking: readers that only passed it on to each other would spin
        // without ever letting the group's commit run.
        this.refuseReentry();
        await this.mutex.acquire();
        try {
          if (!this.groups.isOpen) return step();
        } finally {
          this.mutex.release();
        }
      }
      await this.groups.settled();
    }
  }

  /** Runs a write in the open commit group (after a running transaction); resolves once committed. */
  private async write<T>(step: () => T): Promise<T> {
    if (!this.mutex.locked) return this.groups.run(step);
    this.refuseReentry();
    await this.mutex.acquire();
    let committed: Promise<T>;
    try {
      committed = this.groups.run(step);
    } finally {
      this.mutex.release();
    }
    return committed;
  }

  /** A store call from inside the transaction's own work would wait for itself forever. */
  private refuseReentry(): void {
    if (this.activeTx !== null && this.txScope.getStore() === this.activeTx) {
      throw new Error('Store: inside transaction() use the tx handle, not the store');
    }
  }

  private run(sql: string, params: Param[]): number {
    return this.stmt(sql).run(...params).changes;
  }

  /** Prepared statements cached by SQL text; readers return their single column (pluck). */
  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (s) return s;
    s = this.db.prepare(sql);
    if (s.reader) s.pluck();
    if (this.statements.size >= STATEMENT_CACHE_MAX) {
      this.statements.delete(this.statements.keys().next().value as string);
    }
    this.statements.set(sql, s);
    return s;
  }

  /** Creates tables and declared indexes (idempotent); drops our indexes no longer declared. */
  private migrate(): void {
    const existing = this.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`);
    existing.pluck();
    this.db.transaction(() => {
      for (const collection of COLLECTION_NAMES) {
        const ddl = collectionDdl(collection);
        this.db.exec(ddl.table);
        for (const name of existing.all(collection) as string[]) {
          if (OUR_INDEX.test(name) && !ddl.indexes.has(name)) this.db.exec(`DROP INDEX "${name}"`);
        }
        for (const sql of ddl.indexes.values()) this.db.exec(sql);
        this.migrateTextIndex(collection);
      }
    })();
  }

  /**
   * Creates the collection's text index, or rebuilds it when its fields changed (the content
   * view's SQL names them), or drops it when none are declared any more.
   */
  private migrateTextIndex(collection: CollectionName): void {
    const ddl = textIndexDdl(collection);
    const view = `${collection}__text_content`;
    const existing = this.db
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?`)
      .pluck()
      .get(view);
    if (ddl && existing === ddl.create[0]) return;
    if (existing !== undefined) for (const sql of textIndexDrop(collection)) this.db.exec(sql);
    if (ddl) for (const sql of ddl.create) this.db.exec(sql);
  }
}

/** The store's synchronous steps, handed to a transaction without the lock around them. */
interface TxSteps {
  get(collection: CollectionName, id: string): Doc | null;
  insert(collection: CollectionName, id: string, doc: Record<string, unknown>): void;
  update(collection: CollectionName, where: Where, patch: Patch): number;
  remove(collection: CollectionName, id: string): boolean;
}

/** The handle a transaction's work gets; dead once the transaction ends. */
class SqliteTx implements TxStore {
  private open = true;
  constructor(private readonly steps: TxSteps) {}

  end(): void {
    this.open = false;
  }

  private check(): void {
    if (!this.open) throw new Error('Store: transaction handle used after the transaction ended');
  }

  async get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null> {
    this.check();
    return this.steps.get(collection, id) as T | null;
  }

  async insert<T extends Doc>(collection: CollectionName, doc: T): Promise<void> {
    this.check();
    this.steps.insert(collection, checkId(doc?._id), doc);
  }

  async updateById(collection: CollectionName, id: string, patch: Patch): Promise<boolean> {
    this.check();
    return this.steps.update(collection, { _id: checkId(id) }, patch) > 0;
  }

  async removeById(collection: CollectionName, id: string): Promise<boolean> {
    this.check();
    return this.steps.remove(collection, id);
  }
}

/** Opens (creating if needed) a database file, or ':memory:'. */
export function openSqliteStore(file: string): SqliteStore {
  const db = new Database(file);
  try {
    return new SqliteStore(db);
  } catch (e) {
    db.close();
    throw e;
  }
}
