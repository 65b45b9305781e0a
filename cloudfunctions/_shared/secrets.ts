/**
 * Server-side keys (`secrets` documents) made on first use: whoever inserts first wins, everyone
 * else (CONFLICT) reads the winner's, so concurrent first calls on CloudBase instances or the host
 * agree on one key without any setup step. Used for the check-in tokens and the host's signed
 * file URLs; a key never leaves the server.
 */
import { randomBytes } from 'node:crypto';
import { isAppError } from '../../core/errors';
import type { Clock, Store } from '../../core/ports';
import type { SecretDoc } from '../../core/store/docs';

/** Keys already read, per store and id: a document never changes once made. */
const cache = new WeakMap<Store, Map<string, Buffer>>();

export async function secretKey(store: Store, clock: Clock, id: string): Promise<Buffer> {
  let known = cache.get(store);
  if (!known) cache.set(store, (known = new Map()));
  const cached = known.get(id);
  if (cached) return cached;
  let doc = await store.get<SecretDoc>('secrets', id);
  if (!doc) {
    try {
      const fresh: SecretDoc = { _id: id, value: randomBytes(32).toString('base64url'), createdAt: clock.now() };
      await store.insert<SecretDoc>('secrets', fresh);
    } catch (e) {
      if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    }
    doc = await store.get<SecretDoc>('secrets', id);
    if (!doc) throw new Error(`secret ${id} missing after insert`);
  }
  const key = Buffer.from(doc.value, 'base64url');
  known.set(id, key);
  return key;
}
