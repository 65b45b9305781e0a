/**
 * Documents by id, one `$in` query per 100 ids instead of one read per id (a page of my
 * trainings, the sign-ups behind a station's check-ins).
 */
import type { Doc, Store } from '../../core/ports';
import type { CollectionName } from '../../core/store/schema';

const ID_CHUNK = 100;

export async function docsById<D extends Doc>(
  store: Store,
  collection: CollectionName,
  ids: string[],
): Promise<Map<string, D>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, D>();
  for (let i = 0; i < unique.length; i += ID_CHUNK) {
    const chunk = unique.slice(i, i + ID_CHUNK);
    const docs = await store.find<D>(collection, { where: { _id: { $in: chunk } }, limit: chunk.length });
    for (const d of docs) found.set(d._id, d);
  }
  return found;
}
