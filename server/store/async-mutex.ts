/**
 * A FIFO async mutex. better-sqlite3 runs every statement synchronously on one connection, but a
 * Store transaction's `work` is async: without a lock, another request's statements would run on
 * the same connection in the middle of the open transaction (seeing, or being rolled back with,
 * its uncommitted writes).
 */
export class AsyncMutex {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  /** True while someone holds the lock (waiters only exist while it is held). */
  get locked(): boolean {
    return this.held;
  }

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Hands the lock straight to the next waiter, so nobody can barge in between. */
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}
