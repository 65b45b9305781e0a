/** Reading lists: one page plus its total (what every list action returns), or all of a bounded set. */
import type { PageOf } from '../../core/contract';
import type { Doc, Store } from '../../core/ports';
import { MAX_LIMIT, type FindOptions, type Scalar, type Where } from '../../core/store/query';
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

/**
 * Every document matching `where`, in `sort` order then by id, read a page of MAX_LIMIT at a time
 * by keyset (after the last row's sort value and id), never by skip: an export of 50,000 rows
 * reads each row once, on CloudBase (1000 rows per query) and SQLite alike. The sort field must be
 * present in every matching document, and an index should lead with the `where` fields, then it.
 * Sorting by `_id` itself (a roster read in id order) keys on the id alone.
 */
export async function* scanAll<D extends Doc>(
  store: Store,
  collection: CollectionName,
  where: Where,
  sort: [field: string, direction: 'asc' | 'desc'],
): AsyncGenerator<D> {
  const [field, direction] = sort;
  const past = (value: Scalar) =>
    direction === 'asc' ? { $gt: value as string | number } : { $lt: value as string | number };
  // By id alone, the id is both the sort value and the tie-break: one condition, one order.
  const byId = field === '_id';
  let last: { value: Scalar; id: string } | null = null;
  for (;;) {
    const after: Where | null = !last
      ? null
      : byId
        ? { _id: past(last.id) }
        : { $or: [{ [field]: past(last.value) }, { [field]: last.value, _id: { $gt: last.id } }] };
    const page: D[] = await store.find<D>(collection, {
      where: after ? { $and: [where, after] } : where,
      orderBy: byId ? [sort] : [sort, ['_id', 'asc']],
      limit: MAX_LIMIT,
    });
    for (const doc of page) yield doc;
    if (page.length < MAX_LIMIT) return;
    const tail: D = page[page.length - 1]!;
    last = { value: tail[field] as Scalar, id: tail._id };
  }
}
