/**
 * Failed-login limiter: after `max` failures for one key within `windowMs`, further attempts
 * are refused until the window passes. In memory: the host is one process, and a restart
 * forgetting the count is acceptable for a login throttle.
 */
import type { Clock } from '../core/ports';

export class FailureLimiter {
  private failures = new Map<string, number[]>();
  constructor(
    private clock: Clock,
    private max = 5,
    private windowMs = 15 * 60 * 1000,
  ) {}

  private recent(key: string): number[] {
    const since = this.clock.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Milliseconds until the key may try again, or 0. */
  blockedFor(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.max) return 0;
    return recent[recent.length - this.max]! + this.windowMs - this.clock.now();
  }

  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.clock.now()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
