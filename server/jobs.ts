/**
 * The host's timer jobs: the same `jobs` function CloudBase runs from its timer trigger, run
 * in-process every `intervalMs` as the trusted system caller. Not reachable over HTTP: the
 * route resolves sessions only, and the policy admits nobody but the system caller.
 * Runs never overlap in this process (a tick during a run is skipped); across processes the
 * reminders' lock documents keep each reminder single anyway.
 */
import type { Logger } from '../core/ports';

export interface JobTimer {
  /** Runs the jobs now (waits for a run in progress first). */
  runNow(): Promise<void>;
  /** Stops the interval and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startJobTimer(intervalMs: number, run: () => Promise<void>, log: Logger): JobTimer {
  let current: Promise<void> | null = null;
  let stopped = false;

  const once = (): Promise<void> => {
    if (current) return current;
    current = run()
      .catch((e: unknown) =>
        log.error('job run failed', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
      )
      .finally(() => {
        current = null;
      });
    return current;
  };

  const timer = setInterval(() => {
    if (!stopped && !current) void once();
  }, intervalMs);
  timer.unref(); // never the reason the process stays alive

  return {
    async runNow() {
      if (current) await current;
      if (!stopped) await once();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (current) await current;
    },
  };
}
