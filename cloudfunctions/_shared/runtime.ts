/**
 * The one path every action takes, on CloudBase and on the host alike:
 *   route event.action → validate input with the contract → resolve the verified caller →
 *   authorise with the policy table → (idempotency by clientRequestId) → handler →
 *   validate output (which also strips internal fields) → envelope.
 */
import type { z } from 'zod';
import { contractOf, type ActionName, type FunctionName, type OutputOf, type ParsedInputOf } from '../../core/contract';
import { AppError, isAppError, ok, fail, type Envelope } from '../../core/errors';
import { ownEntry } from '../../core/own';
import { authorizeAction, authorizeTarget, accessOf, mayAccess, type Target } from '../../core/policy';
import type { Caller, Clock, Files, Ids, Logger, Notice, Notifier, PageCodes, Store } from '../../core/ports';
import type { RequestLogDoc } from '../../core/store/docs';
import { keyedIds } from './node-ports';
import { stampedStore } from './change-stamps';
import { invalidInput } from './zod-labels';

/** What a platform adapter (CloudBase or the host) supplies for one call. */
export interface Platform {
  store: Store;
  files: Files;
  clock: Clock;
  ids: Ids;
  notifier: Notifier;
  log: Logger;
  /** Draws scannable page codes (check-in); optional: only the check-in screen needs it. */
  codes?: PageCodes;
  /** The caller as the platform verified it (OPENID or session); null when anonymous. */
  resolveCaller(): Promise<Caller | null>;
}

export interface HandlerContext extends Omit<Platform, 'resolveCaller'> {
  caller: Caller | null;
  /** The caller, or UNAUTHENTICATED (for actions the policy already limits to signed-in users). */
  requireCaller(): Caller;
  /** Throws FORBIDDEN unless the acting membership owns `target` under this action's rules. */
  authorize(target: Target): void;
  /** The same check for another action, as a boolean (e.g. "may edit" flags). */
  may(fn: string, action: string, target: Target): boolean;
  /** Appends to the audit log: who did what to which record, and when. */
  audit(event: string, targetId: string, detail?: Record<string, unknown>): Promise<void>;
  /** Tells each user; failures are logged, never fail the action. */
  notifyAll(notices: Notice[]): Promise<void>;
}

export type Handler<F extends FunctionName, A extends ActionName<F>> = (
  ctx: HandlerContext,
  input: ParsedInputOf<F, A>,
) => Promise<OutputOf<F, A>>;

export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> };

/** Identity for handler modules, so each one is typed against its contract. */
export const handler = <F extends FunctionName, A extends ActionName<F>>(
  _fn: F,
  _action: A,
  h: Handler<F, A>,
): Handler<F, A> => h;

/**
 * Handlers that answer a replay of a submission themselves: their first write is named from the
 * caller and the client request id, so the database refuses it a second time, and they then answer
 * with what the first attempt wrote. For them the request log would only repeat that, at the price
 * of two more database requests per call (on CloudBase each is a network round trip), so they run
 * without it; their ids are still drawn from the request key.
 */
const answersOwnReplays = new WeakSet<object>();

/** `handler` for an action that answers its own replays (see answersOwnReplays). */
export const replaySafeHandler = <F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  h: Handler<F, A>,
): Handler<F, A> => {
  answersOwnReplays.add(h);
  return handler(fn, action, h);
};

/** What a replay is told while the first attempt has not finished yet. */
export const stillProcessing = () => new AppError('CONFLICT', '上一次提交仍在处理中，请稍后刷新查看结果');

/**
 * The stamped view of each platform store, made once: a warm instance (CloudBase) or the host
 * hands every call the same store, so the view is the same object call after call, and what is
 * cached per store (secrets.ts: the check-in key) stays cached instead of being read again.
 */
const stampedViews = new WeakMap<Store, { clock: Clock; store: Store }>();

function stampedView(store: Store, clock: Clock): Store {
  const known = stampedViews.get(store);
  if (known?.clock === clock) return known.store;
  const view = stampedStore(store, clock);
  stampedViews.set(store, { clock, store: view });
  return view;
}

function buildContext(
  fn: string,
  action: string,
  platform: Platform,
  caller: Caller | null,
  requestKey: string | null,
): HandlerContext {
  const { resolveCaller: _ignored, ...ports } = platform;
  return {
    ...ports,
    // Writes to a statistics source carry their change stamp (change-stamps.ts).
    store: stampedView(platform.store, platform.clock),
    // Under a request key the action's ids are drawn from it, so a replay names the same documents.
    ids: requestKey ? keyedIds(requestKey) : platform.ids,
    caller,
    requireCaller() {
      if (!caller) throw new AppError('UNAUTHENTICATED', '请先登录后再操作');
      return caller;
    },
    authorize(target) {
      authorizeTarget(fn, action, caller, target);
    },
    may(otherFn, otherAction, target) {
      const access = accessOf(otherFn, otherAction);
      return access !== null && mayAccess(access, caller, target);
    },
    async audit(event, targetId, detail) {
      await platform.store.insert('audit_log', {
        event: `${fn}.${action}:${event}`,
        targetId,
        actorId: caller?.userId ?? null,
        actingRole: caller?.acting?.role ?? null,
        detail: detail ?? {},
        at: platform.clock.now(),
      });
    },
    async notifyAll(notices) {
      for (const n of notices) {
        try {
          await platform.notifier.notify(n);
        } catch (e) {
          platform.log.error('notify failed', { kind: n.kind, userId: n.userId, error: String(e) });
        }
      }
    },
  };
}

/**
 * How long a first attempt holds its request id before a retry may take the request over. A
 * process that died mid-action (a crash, a kill, a CloudBase instance recycled) never releases
 * its entry; past this lease the retry runs the action again — which is safe because every
 * create action names its documents deterministically from the caller and the request id, and
 * answers a replay with what the first attempt wrote. Short enough that a user retrying a minute
 * after a crash is never told "still processing"; long enough for any create action to finish.
 */
export const PENDING_LEASE_MS = 30_000;

/** Takes over an abandoned attempt; true when this call now holds the request id. */
async function takeOver(platform: Platform, previous: RequestLogDoc): Promise<boolean> {
  const now = platform.clock.now();
  const leaseEnd = previous.leaseUntil ?? previous.createdAt + PENDING_LEASE_MS;
  if (now < leaseEnd) return false;
  // Conditional on the lease we read: of two retries racing for it, the database lets one win.
  const taken = await platform.store.update(
    'requests_log',
    { _id: previous._id, status: 'pending', createdAt: previous.createdAt, ...leaseCondition(previous) },
    { set: { leaseUntil: now + PENDING_LEASE_MS }, inc: { attempts: 1 } },
  );
  return taken === 1;
}

const leaseCondition = (previous: RequestLogDoc) =>
  previous.leaseUntil === undefined ? {} : { leaseUntil: previous.leaseUntil };

async function withIdempotency(platform: Platform, key: string | null, run: () => Promise<unknown>): Promise<unknown> {
  if (!key) return run();
  const { store, clock } = platform;
  try {
    // The deterministic id is the lock: a retry or a double tap finds it and gets the first result.
    const now = clock.now();
    await store.insert<RequestLogDoc>('requests_log', {
      _id: key,
      status: 'pending',
      createdAt: now,
      leaseUntil: now + PENDING_LEASE_MS,
    });
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const previous = await store.get<RequestLogDoc>('requests_log', key);
    if (previous?.status === 'done') return previous.result;
    if (!previous || !(await takeOver(platform, previous))) {
      throw stillProcessing();
    }
  }
  try {
    const result = await run();
    await store.update('requests_log', { _id: key }, { set: { status: 'done', result } });
    return result;
  } catch (e) {
    // Failed attempts leave no trace, so the user can correct the input and submit again.
    await store.remove('requests_log', { _id: key, status: 'pending' });
    throw e;
  }
}

export async function runAction<F extends FunctionName>(
  fn: F,
  handlers: Handlers<F>,
  event: unknown,
  platform: Platform,
): Promise<Envelope<unknown>> {
  try {
    const body = (event && typeof event === 'object' ? event : {}) as Record<string, unknown>;
    const action = typeof body.action === 'string' ? body.action : '';
    const contract = contractOf(fn, action);
    const h = ownEntry(handlers as Record<string, Handler<F, ActionName<F>>>, action); // own entries only
    if (!contract || !h) {
      throw new AppError('INVALID_INPUT', `未知的操作「${action || '空'}」`, { action: '未知的操作' });
    }
    const { action: _a, userInfo: _u, ...payload } = body; // userInfo: CloudBase adds it; never trusted
    const parsed = (contract.input as z.ZodType).safeParse(payload);
    if (!parsed.success) throw invalidInput(contract.input, parsed.error);

    const caller = await platform.resolveCaller();
    authorizeAction(fn, action, caller);

    const input = parsed.data as Record<string, unknown>;
    const crid = typeof input.clientRequestId === 'string' ? input.clientRequestId : null;
    const key = crid && caller ? `${caller.userId}:${fn}.${action}:${crid}` : null;
    const ctx = buildContext(fn, action, platform, caller, key);
    const logKey = answersOwnReplays.has(h) ? null : key;
    const data = await withIdempotency(platform, logKey, async () => {
      const out = await h(ctx, input as ParsedInputOf<F, ActionName<F>>);
      // Output validation strips any field the contract does not publish (hashes, internal notes).
      return (contract.output as z.ZodType).parse(out);
    });
    return ok(data);
  } catch (e) {
    if (isAppError(e)) return fail(e.toBody());
    const errorId = platform.ids.id().slice(0, 10);
    platform.log.error('internal error', {
      errorId,
      fn,
      action: (event as { action?: unknown })?.action,
      error: e instanceof Error ? (e.stack ?? e.message) : String(e),
    });
    return fail({ code: 'INTERNAL', message: `系统繁忙，请稍后重试（错误编号 ${errorId}）` });
  }
}
