/**
 * The host's resolved-caller cache: a bearer token → the Caller it stands for, for a few seconds,
 * so a signed-in request skips the session read and loadCaller's reads (users, memberships, and
 * a district admin's stations) — about a fifth of a read action's time.
 *
 * - Keyed by the SHA-256 of the token (auth.sessionKey), never the token itself.
 * - An entry lives CALLER_TTL_MS at most (the Clock port's time), never past its session's
 *   expiresAt, and at most CALLER_CACHE_MAX entries are held (least recently used dropped first).
 * - It is dropped whole on every write to the collections a caller is read from — users
 *   (the acting role), memberships, stations (a district admin's reach) and host_sessions (a
 *   logout) — which SqliteStore.onWrite reports synchronously, inside a transaction too, before it
 *   commits. Those writes are rare next to reads, so dropping everything is cheap and cannot miss
 *   a dependency. The TTL is only a backstop: on the host nothing changes a caller but those writes.
 *
 * Why a revoke is seen by the very next request: the notification comes as the write runs, and
 * SqliteStore makes every read wait while the transaction or commit group holding that write is
 * open, so a load that begins after the notification reads the committed state; a load that began
 * before it is not stored (the generation check in CallerCache), so it cannot bring the old
 * caller back.
 */
import type { Caller, Clock } from '../core/ports';
import type { CollectionName } from '../core/store/schema';
import { loadCaller } from '../cloudfunctions/_shared/caller';
import { CALLER_COLLECTIONS, CallerCache, type CallerCacheLimits } from '../cloudfunctions/_shared/caller-cache';
import { sessionKey, type HostAuth } from './auth';
import type { SqliteStore } from './store/sqlite-store';

export const CALLER_TTL_MS = 5_000;
export const CALLER_CACHE_MAX = 10_000;

/** A write to any of these may change whom a token stands for, or as what. */
export const HOST_CALLER_COLLECTIONS: readonly CollectionName[] = [...CALLER_COLLECTIONS, 'host_sessions'];

export interface SessionCallers {
  /** The verified caller of a bearer token, or null (no token, unknown, expired, no such user). */
  callerFor(token: string | null): Promise<Caller | null>;
  /** How many callers are held now. */
  readonly size: number;
}

export function sessionCallerCache(
  deps: { store: SqliteStore; auth: HostAuth; clock: Clock },
  limits: CallerCacheLimits = { ttlMs: CALLER_TTL_MS, maxEntries: CALLER_CACHE_MAX },
): SessionCallers {
  const { store, auth } = deps;
  const cache = new CallerCache(deps.clock, limits);
  store.onWrite(HOST_CALLER_COLLECTIONS, () => cache.invalidate());
  return {
    async callerFor(token) {
      if (!token) return null;
      return cache.resolve(sessionKey(token), async () => {
        const session = await auth.sessionFor(token);
        const caller = session ? await loadCaller(store, session.userId) : null;
        return session && caller ? { caller, until: session.expiresAt } : null;
      });
    },
    get size() {
      return cache.size;
    },
  };
}
