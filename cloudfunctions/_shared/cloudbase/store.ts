/**
 * The Store port on the CloudBase document database, through wx-server-sdk's own query builders
 * and `db.command`. Filters and patches are translated in ./encode; this module only sequences
 * the SDK calls and maps their results and failures onto the port:
 *  - a missing document is `null` (the SDK throws "does not exist" for `doc(id).get()`);
 *  - a duplicate `_id` or unique-index value is AppError CONFLICT;
 *  - a transaction is `db.runTransaction`, whose single-document operations are the TxStore.
 */
import { randomBytes } from 'node:crypto';
import type { DB } from 'wx-server-sdk';
import { AppError } from '../../../core/errors';
import type { Doc, Store, TxStore } from '../../../core/ports';
import { clampLimit, type FindOptions, type Patch, type Where } from '../../../core/store/query';
import { COLLECTIONS, type CollectionName } from '../../../core/store/schema';
import { checkSkip, encodePatch, encodeWhere, sortKeys, type QueryCondition, type QueryTools } from './encode';
import { isDuplicateKey, isMissingDocument } from './sdk-errors';

const CONFLICT_MESSAGE = '记录已存在，请勿重复提交';

/*
 * The SDK objects as they behave when called without callbacks. wx-server-sdk's index.d.ts types
 * every call as `Promise<R> | void | string` (its legacy callback and stringify modes), which
 * would need a cast at each call; these interfaces state the promise form once.
 */
type UpdateData = { data: Record<string, unknown> };
interface SdkQuery {
  where(condition: QueryCondition): SdkQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): SdkQuery;
  skip(offset: number): SdkQuery;
  limit(max: number): SdkQuery;
  get(): Promise<{ data: Doc[] }>;
  count(): Promise<{ total: number }>;
  update(options: UpdateData): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed?: number } }>;
}
interface SdkDocument {
  get(): Promise<{ data: Doc | null }>;
  update(options: UpdateData): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}
interface SdkCollection extends SdkQuery {
  doc(id: string): SdkDocument;
  add(options: UpdateData): Promise<{ _id: string }>;
}
interface SdkTransaction {
  collection(name: string): SdkCollection;
}
interface SdkDatabase {
  readonly command: DB.DatabaseCommand;
  collection(name: string): SdkCollection;
  runTransaction<T>(run: (transaction: SdkTransaction) => Promise<T>): Promise<T>;
}

/** 15 random bytes → 20 URL-safe characters (the SQLite adapter's ids have the same form). */
const newId = (): string => randomBytes(15).toString('base64url');

function collectionName(collection: CollectionName): string {
  if (!Object.prototype.hasOwnProperty.call(COLLECTIONS, collection)) {
    throw new Error(`Store: unknown collection "${String(collection)}"`);
  }
  return collection;
}

function checkId(id: unknown): string {
  if (typeof id !== 'string' || id.length === 0) throw new Error('Store: _id must be a non-empty string');
  return id;
}

function checkDoc(doc: unknown): Record<string, unknown> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error('Store: a document must be an object');
  }
  return doc as Record<string, unknown>;
}

/** The document to add: `_id` first, and never an explicit undefined (the SDK would drop it). */
function withId(body: Record<string, unknown>, id: string): Record<string, unknown> {
  const data: Record<string, unknown> = { _id: id, ...body };
  data._id = id;
  return data;
}

/** Runs a write, turning a duplicate-key failure (id or unique index) into CONFLICT. */
async function orConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isDuplicateKey(e)) throw new AppError('CONFLICT', CONFLICT_MESSAGE);
    throw e;
  }
}

/** `doc(id).get()` with a missing document as null, inside or outside a transaction. */
async function readDoc<T extends Doc>(ref: SdkDocument, id: string): Promise<T | null> {
  try {
    const res = await ref.get();
    return (res.data ?? null) as T | null;
  } catch (e) {
    if (isMissingDocument(e, id)) return null;
    throw e;
  }
}

const isEmptyWhere = (where: Where | undefined): boolean =>
  where === undefined || (typeof where === 'object' && where !== null && Object.keys(where).length === 0);

export class CloudbaseStore implements Store {
  private readonly sdk: SdkDatabase;
  private readonly _: DB.DatabaseCommand;
  /** What filters are encoded with: `db.command`, and `db.RegExp` for text search. */
  private readonly tools: QueryTools;

  constructor(db: DB.Database) {
    this.sdk = db as unknown as SdkDatabase;
    this._ = db.command;
    this.tools = { command: db.command, RegExp: db.RegExp };
  }

  async get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null> {
    const ref = this.sdk.collection(collectionName(collection)).doc(checkId(id));
    return readDoc<T>(ref, id);
  }

  async find<T extends Doc>(collection: CollectionName, options: FindOptions = {}): Promise<T[]> {
    const limit = clampLimit(options.limit);
    const skip = checkSkip(options.skip);
    let query: SdkQuery = this.sdk.collection(collectionName(collection));
    if (!isEmptyWhere(options.where)) query = query.where(encodeWhere(this.tools, options.where as Where));
    for (const [field, dir] of sortKeys(options.orderBy)) query = query.orderBy(field, dir);
    // The SDK leaves `offset` out of the request when it is 0.
    const res = await query.skip(skip).limit(limit).get();
    return res.data as T[];
  }

  async count(collection: CollectionName, where?: Where): Promise<number> {
    let query: SdkQuery = this.sdk.collection(collectionName(collection));
    if (!isEmptyWhere(where)) query = query.where(encodeWhere(this.tools, where as Where));
    return (await query.count()).total;
  }

  async insert<T extends Record<string, unknown>>(
    collection: CollectionName,
    doc: T & { _id?: string },
  ): Promise<string> {
    const body = checkDoc(doc);
    const id = body._id === undefined ? newId() : checkId(body._id);
    await orConflict(() => this.sdk.collection(collectionName(collection)).add({ data: withId(body, id) }));
    return id;
  }

  /**
   * CloudBase's `updated` may leave out matched documents whose values did not change (MongoDB's
   * modifiedCount); SQLite counts every match. The capacity pattern always changes the document
   * (`inc`), so its 1 / 0 is exact on both.
   */
  async update(collection: CollectionName, where: Where, patch: Patch): Promise<number> {
    const data = encodePatch(this._, patch);
    const query = this.sdk.collection(collectionName(collection)).where(encodeWhere(this.tools, where));
    const res = await orConflict(() => query.update({ data }));
    return res.stats.updated;
  }

  async remove(collection: CollectionName, where: Where): Promise<number> {
    const query = this.sdk.collection(collectionName(collection)).where(encodeWhere(this.tools, where));
    const res = await query.remove();
    return res.stats.removed ?? 0;
  }

  /**
   * The SDK retries `work` (with a fresh handle) when the commit reports
   * DATABASE_TRANSACTION_CONFLICT, and rolls back when `work` throws, rethrowing its error.
   * A conflict reported by one operation inside `work` reaches us rewrapped by wx-server-sdk
   * without that code, so the SDK does not retry it: it fails the transaction.
   */
  transaction<T>(work: (tx: TxStore) => Promise<T>): Promise<T> {
    return this.sdk.runTransaction(async (transaction) => {
      const tx = new CloudbaseTx(transaction, this._);
      try {
        return await work(tx);
      } finally {
        tx.end();
      }
    });
  }
}

/** The handle a transaction's work gets: `doc` and `add` only (CloudBase's rule); dead once the attempt ends. */
class CloudbaseTx implements TxStore {
  private open = true;
  constructor(
    private readonly transaction: SdkTransaction,
    private readonly _: DB.DatabaseCommand,
  ) {}

  end(): void {
    this.open = false;
  }

  private collection(collection: CollectionName): SdkCollection {
    if (!this.open) throw new Error('Store: transaction handle used after the transaction ended');
    return this.transaction.collection(collectionName(collection));
  }

  async get<T extends Doc>(collection: CollectionName, id: string): Promise<T | null> {
    return readDoc<T>(this.collection(collection).doc(checkId(id)), id);
  }

  async insert<T extends Doc>(collection: CollectionName, doc: T): Promise<void> {
    const body = checkDoc(doc);
    const id = checkId(body._id);
    const coll = this.collection(collection);
    await orConflict(() => coll.add({ data: withId(body, id) }));
  }

  async updateById(collection: CollectionName, id: string, patch: Patch): Promise<boolean> {
    const data = encodePatch(this._, patch);
    const ref = this.collection(collection).doc(checkId(id));
    const res = await orConflict(() => ref.update({ data }));
    if (res.stats.updated > 0) return true;
    // `updated` may count only documents whose values changed (MongoDB's modifiedCount); a
    // patch that changes nothing must still report an existing document, as SQLite does.
    return (await this.get(collection, id)) !== null;
  }

  async removeById(collection: CollectionName, id: string): Promise<boolean> {
    const res = await this.collection(collection).doc(checkId(id)).remove();
    return res.stats.removed > 0;
  }
}

export function createCloudbaseStore(db: DB.Database): Store {
  return new CloudbaseStore(db);
}
