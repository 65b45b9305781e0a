/** One page of a query plus its total: the shape every list action returns. */
import type { PageOf } from '../../core/contract';
import type { Doc, Store } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';
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
