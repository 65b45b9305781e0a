/**
 * Change stamps: every write an action makes to a statistics source (core/rules/rollups.ts
 * ROLLUP_SOURCES) sets `_ts` to the clock's now, in the same statement as the write. The rollup
 * job reads what changed since its cursor by that stamp (one index per source), so no area has
 * to remember to tell the statistics about its writes, and a new write path cannot forget.
 *
 * Applied once, where the runtime builds an action's context (runtime.ts): every handler, the
 * timer's jobs and the demo script write through it on CloudBase and on the host alike.
 */
import type { Clock, Doc, Store, TxStore } from '../../core/ports';
import type { Patch } from '../../core/store/query';
import type { CollectionName } from '../../core/store/schema';
import { CHANGE_STAMP, ROLLUP_SOURCES } from '../../core/rules/rollups';

const STAMPED: ReadonlySet<string> = new Set(ROLLUP_SOURCES);

const stampPatch = (patch: Patch, now: number): Patch => ({ ...patch, set: { ...patch.set, [CHANGE_STAMP]: now } });

/** `store` with a change stamp on every insert and update of a statistics source. */
export function stampedStore(store: Store, clock: Clock): Store {
  const stamped = (c: CollectionName) => STAMPED.has(c);
  const stampTx = (tx: TxStore): TxStore => ({
    get: (c, id) => tx.get(c, id),
    insert: <T extends Doc>(c: CollectionName, doc: T) =>
      tx.insert(c, stamped(c) ? { ...doc, [CHANGE_STAMP]: clock.now() } : doc),
    updateById: (c, id, patch) => tx.updateById(c, id, stamped(c) ? stampPatch(patch, clock.now()) : patch),
    removeById: (c, id) => tx.removeById(c, id),
  });
  return {
    get: (c, id) => store.get(c, id),
    find: (c, options) => store.find(c, options),
    count: (c, where) => store.count(c, where),
    insert: (c, doc) => store.insert(c, stamped(c) ? { ...doc, [CHANGE_STAMP]: clock.now() } : doc),
    update: (c, where, patch) => store.update(c, where, stamped(c) ? stampPatch(patch, clock.now()) : patch),
    remove: (c, where) => store.remove(c, where),
    transaction: (work) => store.transaction((tx) => work(stampTx(tx))),
  };
}
