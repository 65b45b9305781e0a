/**
 * Sending exactly once (the timer's jobs, content's pushes), however many runs overlap: a lock
 * document with a deterministic id is inserted FIRST, and only the run whose insert succeeds
 * sends (a CONFLICT: another run, or an earlier one, already did). A run that dies between the
 * insert and the send loses that one message rather than sending it twice.
 */
import type { Doc, Store } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';
import { insertIfAbsent } from './records';

/** Sends at once (each is a lock insert, a read or two and a notice). */
const PARALLEL = 10;

/** Inserts the lock: true when this run won it and is the one to send. */
export const claim = <D extends Doc>(store: Store, collection: CollectionName, lock: D): Promise<boolean> =>
  insertIfAbsent(store, collection, lock);

/** Runs `send` for every item, a few at a time; how many were sent by this run. */
export async function sendEach<T>(items: T[], send: (item: T) => Promise<boolean>): Promise<number> {
  let sent = 0;
  for (let i = 0; i < items.length; i += PARALLEL) {
    const done = await Promise.all(items.slice(i, i + PARALLEL).map(send));
    sent += done.filter(Boolean).length;
  }
  return sent;
}

/**
 * Reads what is due in pages of `pageSize` and hands each page on before reading the next;
 * returns how many were read. `orderBy` ends with `_id`, so equal keys page in a stable order.
 */
export async function eachPage<D extends Doc>(
  store: Store,
  collection: CollectionName,
  where: Where,
  orderBy: NonNullable<FindOptions['orderBy']>,
  pageSize: number,
  handle: (page: D[]) => Promise<void>,
): Promise<number> {
  let read = 0;
  for (let skip = 0; ; skip += pageSize) {
    const page = await store.find<D>(collection, { where, orderBy, skip, limit: pageSize });
    await handle(page);
    read += page.length;
    if (page.length < pageSize) return read;
  }
}
