/**
 * The child of tests/store/commit-groups.test.ts: opens the store at argv[2] and writes check-in
 * documents as a burst would — 50 writers at once, each one insert after another — printing the
 * id of every write the store has acknowledged (resolved) on its own line, until it is killed.
 */
import { openSqliteStore } from '../../../server/store/sqlite-store';

const store = openSqliteStore(process.argv[2]!);
let n = 0;
async function writer(w: number): Promise<void> {
  for (;;) {
    const id = `w${w}-${n++}`;
    await store.insert('checkins', { _id: id, sessionId: 's1', userId: id, at: n });
    process.stdout.write(`${id}\n`);
  }
}
for (let w = 0; w < 50; w++) void writer(w);
