/**
 * A CloudBase database behind wx-server-sdk's wire, for counting round trips. The real SDK (query
 * builders, EJSON, result parsing, error wrapping) and the real CloudbaseStore run unchanged;
 * only `tcbapirequester.request` — the one call every database request goes through — is
 * replaced, as in ../store/cloudbase-boundary.ts. Where that boundary answers with canned bodies,
 * this one answers each request the way the server would, from documents it keeps: the request's
 * EJSON query, order, offset, limit and update operators are read back into the Store's filter
 * language and run on a backing Store (the host's SQLite, holding the demo's data), so a whole
 * action runs through and every request it sends is recorded.
 *
 * Transactions: operations carrying a transactionId apply at once; an abort restores what they
 * changed (enough for counting, not an isolation model). No jest here: the bench script
 * (scripts/bench-roundtrips.ts) runs it under tsx, the round-trip test under jest.
 */
import { AppError, isAppError } from '../../core/errors';
import type { Doc, Store } from '../../core/ports';
import type { Condition, FieldFilter, Patch, Scalar, Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';

/** One request the SDK sent: its action and params (the body before signing). */
export interface WireRequest {
  action: string;
  params: Record<string, unknown>;
  /**
   * Which wait it belongs to: requests sent while another was still on the wire share that one's
   * number (sent together, e.g. with Promise.all, they cost the user one round trip); a request
   * sent when none was in flight starts the next.
   */
  wave: number;
}

type ApiArgs = { params: Record<string, unknown> & { action: string } };
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const SDK = '@cloudbase/node-sdk/dist/utils/';

// --- EJSON, both ways (canonical numbers, as the SDK writes and reads them) ---

const isInt32 = (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31;

function toEjson(v: unknown): Json {
  if (typeof v === 'number') {
    if (isInt32(v)) return { $numberInt: String(v) };
    if (Number.isSafeInteger(v)) return { $numberLong: String(v) };
    return { $numberDouble: String(v) };
  }
  if (Array.isArray(v)) return v.map(toEjson);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toEjson(x);
    return out;
  }
  return v as Json;
}

/** A case-insensitive text search: the SDK's `db.RegExp`, read back as `$contains`. */
class TextSearch {
  constructor(readonly text: string) {}
}

const unescapeRegExp = (pattern: string) => pattern.replace(/\\(.)/g, '$1');

function fromEjson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    if ('$numberInt' in o || '$numberLong' in o || '$numberDouble' in o) {
      return Number(o.$numberInt ?? o.$numberLong ?? o.$numberDouble);
    }
    if ('$regularExpression' in o) {
      return new TextSearch(unescapeRegExp((o.$regularExpression as { pattern: string }).pattern));
    }
    return v;
  });
}

// --- the request's query and update, in the Store's language ---

function toFilter(v: unknown): FieldFilter {
  if (v instanceof TextSearch) return { $contains: v.text };
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Condition;
  return v as Scalar;
}

function toWhere(query: unknown): Where {
  const where: Where = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (k === '$and' || k === '$or') where[k] = (v as unknown[]).map(toWhere);
    else where[k] = toFilter(v);
  }
  return where;
}

function toPatch(data: unknown): Patch {
  const d = data as { $set?: Record<string, unknown>; $inc?: Record<string, number>; $unset?: object };
  const patch: Patch = {};
  if (d.$set) patch.set = d.$set;
  if (d.$inc) patch.inc = d.$inc;
  if (d.$unset) patch.unset = Object.keys(d.$unset);
  return patch;
}

const ok = (data: Record<string, unknown>) => ({ requestId: 'wire-db', data });
const found = (docs: Doc[]) => ok({ list: docs.map((d) => JSON.stringify(toEjson(d))) });

/** What the server answers for a taken id: MongoDB's E11000 text, which the adapter reads as CONFLICT. */
const duplicate = (collection: string) => ({
  requestId: 'wire-db',
  code: 'DATABASE_REQUEST_FAILED',
  message: `E11000 duplicate key error collection: wire.${collection} index: _id_ dup key`,
});

/** The documents a transaction changed, as they were before it (null: did not exist). */
type UndoLog = Map<string, Doc | null>;

export class WireDatabase {
  readonly requests: WireRequest[] = [];
  private inFlight = 0;
  private waves = 0;
  private readonly undo = new Map<string, UndoLog>();
  private readonly restore: Array<() => void> = [];
  private nextTx = 1;

  constructor(private readonly store: Store) {}

  /**
   * Replaces the SDK's network with this database (and its cloud probe with "not on Tencent
   * Cloud"), in the SDK modules the caller's `require` reaches: call it again inside another
   * module registry (jest.isolateModules) to reach that registry's copy too.
   */
  install(): void {
    const requester = require(`${SDK}tcbapirequester`) as { request: (args: ApiArgs) => Promise<unknown> };
    const metadata = require(`${SDK}metadata`) as { lookupAppId: () => Promise<string> };
    const utils = require(`${SDK}utils`) as { processReturn: (result: unknown) => unknown };
    const { request } = requester;
    const { lookupAppId } = metadata;
    requester.request = async (args) => {
      const body = (await this.onTheWire(args.params)) as { code?: unknown };
      // What node-sdk's request() does with a parsed body: a `code` is the SDK's TcbError.
      return body.code ? utils.processReturn(body) : body;
    };
    metadata.lookupAppId = async () => '';
    this.restore.push(() => {
      requester.request = request;
      metadata.lookupAppId = lookupAppId;
    });
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0)) undo();
  }

  /** The requests recorded since the last call, removed from the record. */
  take(): WireRequest[] {
    return this.requests.splice(0);
  }

  /**
   * A request takes at least one turn of the event loop, as a network round trip does, so that
   * requests sent together are in flight together and counted as one wait.
   */
  private async onTheWire(params: Record<string, unknown> & { action: string }): Promise<unknown> {
    if (this.inFlight === 0) this.waves++;
    this.inFlight++;
    this.requests.push({ action: params.action, params: { ...params }, wave: this.waves });
    try {
      await new Promise((resolve) => setImmediate(resolve));
      return await this.answer(params);
    } finally {
      this.inFlight--;
    }
  }

  private async answer(params: Record<string, unknown> & { action: string }): Promise<unknown> {
    const coll = params.collectionName as CollectionName;
    const txId = typeof params.transactionId === 'string' ? params.transactionId : null;
    const where = () => toWhere(params.query === undefined ? {} : fromEjson(params.query as string));
    switch (params.action) {
      case 'database.startTransaction': {
        const id = `wire-tx-${this.nextTx++}`;
        this.undo.set(id, new Map());
        return { requestId: 'wire-db', transactionId: id };
      }
      case 'database.commitTransaction':
        this.undo.delete(txId ?? '');
        return { requestId: 'wire-db' };
      case 'database.abortTransaction':
        await this.rollBack(txId ?? '');
        return { requestId: 'wire-db' };
      case 'database.getDocument': {
        if (params.queryType === 'DOC') {
          const doc = await this.store.get(coll, String((where() as { _id: string })._id));
          return found(doc ? [doc] : []);
        }
        const order = params.order ? (fromEjson(params.order as string) as Record<string, number>) : {};
        const docs = await this.store.find(coll, {
          where: where(),
          orderBy: Object.entries(order).map(([f, d]): [string, 'asc' | 'desc'] => [f, d < 0 ? 'desc' : 'asc']),
          skip: (params.offset as number | undefined) ?? 0,
          limit: (params.limit as number | undefined) ?? 100,
        });
        return found(docs);
      }
      case 'database.calculateDocument':
        return ok({ total: await this.store.count(coll, where()) });
      case 'database.insertDocument': {
        const docs = (params.data as string[]).map((d) => fromEjson(d) as Doc);
        try {
          for (const doc of docs) {
            await this.remember(txId, coll, doc._id);
            await this.store.insert(coll, doc);
          }
        } catch (e) {
          if (isAppError(e) && e.code === 'CONFLICT') return duplicate(coll);
          throw e;
        }
        return ok({ insertedIds: docs.map((d) => d._id) });
      }
      case 'database.modifyDocument': {
        const w = where();
        if (params.queryType === 'DOC') await this.remember(txId, coll, String(w._id));
        try {
          return ok({ updated: await this.store.update(coll, w, toPatch(fromEjson(params.data as string))) });
        } catch (e) {
          if (isAppError(e) && e.code === 'CONFLICT') return duplicate(coll);
          throw e;
        }
      }
      case 'database.removeDocument': {
        const w = where();
        if (params.queryType === 'DOC') await this.remember(txId, coll, String(w._id));
        return ok({ deleted: await this.store.remove(coll, w) });
      }
      default:
        throw new AppError('INTERNAL', `wire database: no answer for ${params.action}`);
    }
  }

  private async remember(txId: string | null, coll: CollectionName, id: string): Promise<void> {
    const log = txId ? this.undo.get(txId) : undefined;
    const key = `${coll}\u0000${id}`;
    if (!log || log.has(key)) return;
    log.set(key, await this.store.get(coll, id));
  }

  private async rollBack(txId: string): Promise<void> {
    const log = this.undo.get(txId);
    this.undo.delete(txId);
    for (const [key, before] of log ?? []) {
      const [coll, id] = key.split('\u0000') as [CollectionName, string];
      await this.store.remove(coll, { _id: id });
      if (before) await this.store.insert(coll, before);
    }
  }
}
