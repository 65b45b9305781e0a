/**
 * One document written straight into its collection's table on the store's own connection (the
 * Store's layout: `id`, `doc` as JSON text; the table's indexes and text-index triggers run as for
 * any insert), bypassing the Store's commit groups. For seeding benches in bulk (inside a
 * `db.transaction`) and for the raw insert baselines. Light on purpose: a bench that measures its
 * own process (bench-export) loads nothing of the host through it.
 */
import type { Doc } from '../core/ports';
import type { CollectionName } from '../core/store/schema';
import { table } from '../server/store/sqlite-sql';
import type { SqliteStore } from '../server/store/sqlite-store';

export function rawInserter(store: SqliteStore, collection: CollectionName): (doc: Doc) => void {
  const insert = store.rawDatabase().prepare(`INSERT INTO ${table(collection)} (id, doc) VALUES (?, ?)`);
  return (doc) => {
    insert.run(doc._id, JSON.stringify(doc));
  };
}
