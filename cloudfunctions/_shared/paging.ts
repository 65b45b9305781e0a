/** Reading lists: one page plus its total (what every list action returns), or all of a bounded set. */
import type { PageOf } from '../../core/contract';
import type { Doc, Store } from '../../core/ports';
import { MAX_LIMIT, type FindOptions, type Where } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';

export async function findPage<D extends Doc, T>(
  store: Store,
  collection: CollectionName,
  where: Where,
  orderBy: NonNullable<FindOptions['orderBy']>,
  page: { page: number; pageSize: number },
  view: (doc: D) => T,
): Promise<PageOf<T>> {
  const [docs, total] = await Promise.all([
    store.find<D>(collection, { where, orderBy, skip: (page.page - 1) * page.pageSize, limit: page.pageSize }),
    store.count(collection, where),
  ]);
  return { items: docs.map(view), total, page: page.page, pageSize: page.pageSize };
}

/**
 * Every document matching `where`, read in pages of MAX_LIMIT: CloudBase answers at most 1000
 * rows per query, so a single find would silently drop the rest. For bounded internal reads
 * (a station's consultants, the holds of a few weeks), not for list screens.
 */
export async function findAll<D extends Doc>(
  store: Store,
  collection: CollectionName,
  where: Where,
  orderBy: NonNullable<FindOptions['orderBy']> = [],
): Promise<D[]> {
  const all: D[] = [];
  for (;;) {
    const page = await store.find<D>(collection, { where, orderBy, skip: all.length, limit: MAX_LIMIT });
    all.push(...page);
    if (page.length < MAX_LIMIT) return all;
  }
}
