/**
 * A short-lived, bounded cache of resolved callers. Resolving who calls (the user, their active
 * memberships, a district admin's stations: cloudfunctions/_shared/caller.ts) costs two to four
 * reads per call, about a fifth of a read action's time. Both platforms use this one mechanism
 * under their own key and lifetime: the host keys it by the session token's hash and drops it on
 * every write a caller is built from (server/caller-cache.ts); CloudBase keys it by OPENID inside
 * one warm function instance (./cloudbase/main.ts).
 *
 * Shaped so that a revocation is never undone by the cache:
 *  - `invalidate()` drops every entry and moves the generation on. A load that began before it
 *    still answers its own request (it started before the revocation), but it is never stored,
 *    so a read racing a revoke cannot put the old caller back for the next request.
 *  - An entry lives `ttlMs` from the start of its load at most, and never past the `until` its
 *    loader gives (a session's expiry). Time is the Clock port's.
 *  - Callers are deep-frozen: one request cannot change what the next one is handed.
 *  - At most `maxEntries` are kept, the least recently used dropped first (a Map keeps insertion
 *    order and a hit moves its key to the end). Misses (no such session) are not kept, so
 *    made-up tokens cannot fill it.
 */
import type { Caller, Clock, Store, TxStore } from '../../core/ports';
import type { CollectionName } from '../../core/store/schema';

/** The collections a Caller is read from: a write to one may change someone's caller. */
export const CALLER_COLLECTIONS: readonly CollectionName[] = ['users', 'memberships', 'stations'];

/** What a loader found: the caller, and when (epoch ms) it must stop being served at the latest. */
export interface LoadedCaller {
  caller: Caller;
  until?: number;
}

interface Entry {
  caller: Caller;
  until: number;
}

export interface CallerCacheLimits {
  ttlMs: number;
  maxEntries: number;
}

export class CallerCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: CallerCacheLimits,
  ) {}

  /** How many callers are held now. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every caller, and every load still under way (see the module comment). */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** The caller held for `key` while fresh; otherwise `load()`'s, kept unless invalidated meanwhile. */
  async resolve(key: string, load: () => Promise<LoadedCaller | null>): Promise<Caller | null> {
    const now = this.clock.now();
    const held = this.entries.get(key);
    if (held) {
      this.entries.delete(key);
      if (now < held.until) {
        this.entries.set(key, held);
        return held.caller;
      }
    }
    const generation = this.generation;
    const loaded = await load();
    if (!loaded) return null;
    const caller = deepFreeze(loaded.caller);
    const until = Math.min(now + this.limits.ttlMs, loaded.until ?? Number.POSITIVE_INFINITY);
    if (generation === this.generation && now < until) this.keep(key, { caller, until });
    return caller;
  }

  private keep(key: string, entry: Entry): void {
    if (this.limits.maxEntries < 1) return;
    while (this.entries.size >= this.limits.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    this.entries.set(key, entry);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * `store`, calling `listener` around every write to one of `collections`: before it (loads that
 * begin earlier are not kept) and once it has landed — for a transaction, once it has committed —
 * because a load that began in between may have read the state before the write. For stores with
 * no write notification of their own (CloudBase); the host's SqliteStore has `onWrite`.
 */
export function watchingWrites(store: Store, collections: readonly CollectionName[], listener: () => void): Store {
  const watched = new Set(collections);
  const around = async <T>(collection: CollectionName, write: () => Promise<T>): Promise<T> => {
    if (!watched.has(collection)) return write();
    listener();
    try {
      return await write();
    } finally {
      listener();
    }
  };
  return {
    get: (collection, id) => store.get(collection, id),
    find: (collection, options) => store.find(collection, options),
    count: (collection, where) => store.count(collection, where),
    insert: (collection, doc) => around(collection, () => store.insert(collection, doc)),
    update: (collection, where, patch) => around(collection, () => store.update(collection, where, patch)),
    remove: (collection, where) => around(collection, () => store.remove(collection, where)),
    async transaction(work) {
      let touched = false;
      const touch = (collection: CollectionName) => {
        if (!watched.has(collection)) return;
        touched = true;
        listener();
      };
      try {
        return await store.transaction((tx) => {
          const watchedTx: TxStore = {
            get: (collection, id) => tx.get(collection, id),
            insert: (collection, doc) => (touch(collection), tx.insert(collection, doc)),
            updateById: (collection, id, patch) => (touch(collection), tx.updateById(collection, id, patch)),
            removeById: (collection, id) => (touch(collection), tx.removeById(collection, id)),
          };
          return work(watchedTx);
        });
      } finally {
        if (touched) listener();
      }
    },
  };
}
