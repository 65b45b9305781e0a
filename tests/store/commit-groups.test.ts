/**
 * Group commit (server/store/commit-groups.ts): writes of one event-loop turn share one commit and
 * are acknowledged only once it is done.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'commit-groups-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The check-in ids the file holds (read straight from the table). */
const idsIn = (store: SqliteStore) =>
  store.rawDatabase().prepare(`SELECT id FROM "checkins"`).pluck().all() as string[];

describe('group commit', () => {
  it('a crash in the middle of a group loses no acknowledged write', async () => {
    const file = join(dir, 'store.db');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support/group-writer.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acked: string[] = [];
    let buffered = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await new Promise<void>((resolve) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        acked.push(...lines);
        // Killed mid-burst: 50 writers keep a group open almost all the time.
        if (acked.length >= 3000 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    expect(await exited).toBe('SIGKILL');

    const store = openSqliteStore(file);
    try {
      const present = new Set(idsIn(store));
      expect(acked.length).toBeGreaterThanOrEqual(3000);
      expect(acked.filter((id) => !present.has(id))).toEqual([]);
      expect(store.rawDatabase().pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await store.close();
    }
  }, 60_000);

  it('writes of one turn share a commit; each is acknowledged after it, and reads never see an unacknowledged write', async () => {
    const store = openSqliteStore(join(dir, 'store.db'));
    try {
      const db = store.rawDatabase();
      // A second connection sees a commit as a change of its data_version.
      const observer = openSqliteStore(join(dir, 'store.db'));
      const version = () => observer.rawDatabase().pragma('data_version', { simple: true }) as number;
      const before = version();
      const writes = Array.from({ length: 20 }, (_, i) =>
        store.insert('checkins', { _id: `c${i}`, sessionId: 's1', userId: `u${i}`, at: i }),
      );
      // All 20 ran inside one open transaction, none committed yet.
      expect(db.inTransaction).toBe(true);
      expect(version()).toBe(before);
      // A read waits for the commit: it sees all 20, never a part.
      const seen = await store.count('checkins', { sessionId: 's1' });
      expect(seen).toBe(20);
      expect(await Promise.all(writes)).toHaveLength(20);
      expect(db.inTransaction).toBe(false);
      expect(version()).toBe(before + 1);
      await observer.close();
    } finally {
      await store.close();
    }
  });

  it('a failing write is refused alone; the rest of its group commits', async () => {
    const store = openSqliteStore(join(dir, 'store.db'));
    try {
      await store.insert('checkins', { _id: 'taken', sessionId: 's1' });
      const results = await Promise.allSettled([
        store.insert('checkins', { _id: 'a', sessionId: 's1' }),
        store.insert('checkins', { _id: 'taken', sessionId: 's1' }),
        store.insert('checkins', { _id: 'b', sessionId: 's1' }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(idsIn(store).sort()).toEqual(['a', 'b', 'taken']);
    } finally {
      await store.close();
    }
  });

  it('a transaction that fails undoes its own writes only, and the writes around it commit', async () => {
    const store = openSqliteStore(join(dir, 'store.db'));
    try {
      const before = store.insert('checkins', { _id: 'before', sessionId: 's1' });
      const failed = store.transaction(async (tx) => {
        await tx.insert('checkins', { _id: 'inside', sessionId: 's1' });
        throw new Error('abandoned');
      });
      const after = store.insert('checkins', { _id: 'after', sessionId: 's1' });
      const committed = store.transaction(async (tx) => {
        await tx.insert('checkins', { _id: 'committed', sessionId: 's1' });
        return 'ok';
      });
      await expect(failed).rejects.toThrow('abandoned');
      expect(await Promise.all([before, after, committed])).toEqual(['before', 'after', 'ok']);
      expect(idsIn(store).sort()).toEqual(['after', 'before', 'committed']);
    } finally {
      await store.close();
    }
  });
});
