/**
 * Group commit for the host's one SQLite connection. A commit costs far more than the write it
 * commits (measured on this machine: ~4.6k autocommit inserts/s against ~32k/s fifty to a
 * transaction), and a burst of requests — a room scanning the check-in code — writes a few rows
 * each. So writes arriving within one turn of the event loop share one `BEGIN IMMEDIATE … COMMIT`:
 *
 * - the first write opens the group; the group commits once the loop has handled the I/O already
 *   waiting (`setImmediate`);
 * - each write runs at once, inside the group, and is acknowledged only after the group commits:
 *   a crash before the commit loses writes nobody was told about, never an acknowledged one;
 * - a Store transaction is a SAVEPOINT in the group (held open: the group waits for it), so its
 *   rollback undoes its own writes only;
 * - a statement that fails on its own (a duplicate id) is undone alone by SQLite and the group goes
 *   on; an error after which SQLite abandoned the whole transaction fails every write of the group.
 */
import { setImmediate as afterPendingIo } from 'node:timers';
import type Database from 'better-sqlite3';

interface Group {
  done: Promise<void>;
  resolve(): void;
  reject(e: unknown): void;
  /** Transactions in progress in the group: it commits only once none is. */
  holds: number;
  /** The scheduled commit came while a transaction held the group: commit when it ends. */
  due: boolean;
}

export class CommitGroups {
  private open: Group | null = null;

  constructor(private readonly db: Database.Database) {}

  /** True while a group has uncommitted writes. */
  get isOpen(): boolean {
    return this.open !== null;
  }

  /**
   * Runs a write step now, inside the open group (opening one), and resolves with its result once
   * the group has committed. The step's own error rejects at once.
   */
  run<T>(step: () => T): Promise<T> {
    const group = this.ensure();
    let result: T;
    try {
      result = step();
    } catch (e) {
      this.abandonedBy(group, e);
      return Promise.reject(e);
    }
    return group.done.then(() => result);
  }

  /** Opens a group for a transaction and holds its commit until `release`. */
  hold(): Group {
    const group = this.ensure();
    group.holds++;
    return group;
  }

  release(group: Group): void {
    group.holds--;
    if (group.holds === 0 && group.due) this.commit(group);
  }

  /**
   * After an error in the group: when SQLite has rolled the whole transaction back (not only the
   * statement), every write of the group is lost, so the group fails.
   */
  abandonedBy(group: Group, e: unknown): void {
    if (this.open === group && !this.db.inTransaction) this.finish(group, e);
  }

  /** Resolves once no group is open (waiting out the commits of groups opened meanwhile). */
  async settled(): Promise<void> {
    while (this.open) await this.open.done.catch(() => undefined);
  }

  private ensure(): Group {
    if (this.open) return this.open;
    this.db.exec('BEGIN IMMEDIATE');
    let resolve!: () => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be waiting when a group fails with no writer (a transaction's own error).
    done.catch(() => undefined);
    const group: Group = { done, resolve, reject, holds: 0, due: false };
    this.open = group;
    afterPendingIo(() => this.commit(group));
    return group;
  }

  private commit(group: Group): void {
    if (this.open !== group) return;
    if (group.holds > 0) {
      group.due = true;
      return;
    }
    try {
      if (this.db.inTransaction) this.db.exec('COMMIT');
      this.finish(group, null);
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.finish(group, e);
    }
  }

  private finish(group: Group, error: unknown): void {
    this.open = null;
    if (error === null) group.resolve();
    else group.reject(error);
  }
}

export type { Group as CommitGroup };
