/**
 * How the demo acts: every fact of the demo station is made by calling the real action, as the
 * demo person who would have done it, at the moment it would have happened. The clock the actions
 * see is set by the demo (book a slot twelve days ago, write its record on the slot's day, rate it
 * the day after), so dates are relative to the day the host first starts, and the demo can never
 * hold a state the product could not reach. A refused action stops the load with its message:
 * a demo that silently half-loads would mislead whoever tries the product.
 */
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../core/contract';
import type { Clock, Files, Store } from '../../core/ports';
import { addDays, isoWeekday, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import { loadCaller } from '../../cloudfunctions/_shared/caller';
import { inboxNotifier } from '../../cloudfunctions/_shared/inbox';
import { nodeIds } from '../../cloudfunctions/_shared/node-ports';
import { qrPageCodes } from '../../cloudfunctions/_shared/qr-page-codes';
import { runAction, type Handlers, type Platform } from '../../cloudfunctions/_shared/runtime';
import { SYSTEM_CALLER } from '../../cloudfunctions/_shared/system';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import type { HostAuth } from '../auth';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The demo uploads nothing: an action that reaches for files is a bug in the demo script. */
const noFiles: Files = {
  put: () => Promise.reject(new Error('demo data stores no files')),
  get: () => Promise.resolve(null),
  urls: (ids) => Promise.resolve(ids.map(() => '')),
  remove: () => Promise.resolve(),
};

export interface DemoStage {
  store: Store;
  auth: HostAuth;
  /** The host's time when the demo was loaded: "today" of the demo. */
  readonly start: number;
  /** The Shanghai date of `start`. */
  readonly today: string;
  /** Moves the demo clock (to any moment: the past is replayed in order). */
  at(ms: number): void;
  /** Shanghai date `offset` days from today. */
  date(offset: number): string;
  /** The instant of HH:mm on the Shanghai date `offset` days from today. */
  day(offset: number, hhmm: string): number;
  /** The first date at or after `offset` days from today whose ISO weekday is one of `weekdays`, as an offset. */
  nextWeekday(offset: number, weekdays: number[]): number;
  /** A client request id stable for one demo step (a replayed step gets the first answer). */
  requestId(label: string): string;
  /** Calls `fn.action` as `userId` at the demo clock's time; throws unless the action succeeded. */
  act<F extends FunctionName, A extends ActionName<F>>(
    userId: string,
    fn: F,
    action: A,
    input: InputOf<F, A>,
  ): Promise<OutputOf<F, A>>;
}

/** A clock the demo sets by hand: the actions read it as "now". */
interface SettableClock extends Clock {
  set(ms: number): void;
}

function settableClock(start: number): SettableClock {
  let t = start;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
  };
}

export function demoStage(store: Store, hostClock: Clock, auth: HostAuth): DemoStage {
  const start = hostClock.now();
  const today = shanghaiDate(start);
  const clock = settableClock(start);
  const notifier = inboxNotifier(store, clock);
  // The demo never logs: a failure is thrown to the host's start, which reports it.
  const log = { info() {}, error() {} };
  const codes = qrPageCodes('http://127.0.0.1');

  const platformFor = (userId: string): Platform => ({
    store,
    files: noFiles,
    clock,
    ids: nodeIds,
    notifier,
    log,
    codes,
    // Loaded per call: a membership granted by an earlier step (joinCompany, redeemInvitation) counts.
    // SYSTEM_CALLER's id is the platform's timer (a job the demo runs at its "now").
    resolveCaller: () => (userId === SYSTEM_CALLER.userId ? Promise.resolve(SYSTEM_CALLER) : loadCaller(store, userId)),
  });

  return {
    store,
    auth,
    start,
    today,
    at(ms) {
      // Everything the demo shows has happened already: a fact dated after "now" is a bug in the script.
      if (ms > start) throw new Error(`demo data: a step dated ${new Date(ms).toISOString()}, after the demo's start`);
      clock.set(ms);
    },
    date: (offset) => addDays(today, offset),
    day: (offset, hhmm) => shanghaiInstant(addDays(today, offset), hhmm),
    nextWeekday(offset, weekdays) {
      let o = offset;
      while (!weekdays.includes(isoWeekday(addDays(today, o)))) o++;
      return o;
    },
    requestId: (label) => `demo-${label}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64),
    async act(userId, fn, action, input) {
      const envelope = await runAction(
        fn,
        FUNCTION_HANDLERS[fn] as Handlers<typeof fn>,
        { ...(input as Record<string, unknown>), action },
        platformFor(userId),
      );
      if (!envelope.ok) {
        throw new Error(
          `demo data: ${fn}.${action} as ${userId} at ${new Date(clock.now()).toISOString()} was refused: ` +
            `${envelope.error.code} ${envelope.error.message}` +
            (envelope.error.fields ? ` ${JSON.stringify(envelope.error.fields)}` : ''),
        );
      }
      return envelope.data as never;
    },
  };
}
