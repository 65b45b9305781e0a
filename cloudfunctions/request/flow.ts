/**
 * Applies one step of the request state machine (core/rules/request-flow.ts).
 *
 * The step lands only while the request is still in one of the step's `from` statuses, judged on
 * the request as read INSIDE the transaction that moves it (SQLite: BEGIN IMMEDIATE; CloudBase:
 * a transaction retried on a write conflict) — the conditional update on the current status.
 * The Store's patch language has no array push, so the history entry is appended to the history
 * as read in that same transaction. Whoever comes second — two liaisons accepting at once, a
 * company withdrawing while the station accepts — finds the status moved: CONFLICT.
 */
import { AppError } from '../../core/errors';
import type { Caller, Notice, TxStore } from '../../core/ports';
import { REQUEST_MOVED, REQUEST_TRANSITIONS, canTake, type RequestStep } from '../../core/rules/request-flow';
import type { ServiceRequestDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { requestTarget } from './access';
import { stepNotices } from './notices';
import { requestView } from './views';

export interface StepPlan {
  /**
   * A check on the request as read inside the transaction, after the policy and before the
   * status (an assignment against the version the caller saw): throws to refuse.
   */
  check?: (current: ServiceRequestDoc) => void;
  /** Fields the step sets beside status and history (the handler, the result…). */
  set?: (current: ServiceRequestDoc) => Partial<ServiceRequestDoc>;
  /** Fields the step clears (a declined assignee). */
  unset?: Array<keyof ServiceRequestDoc & string>;
  /** Who is told, instead of the company of the station's step (stepNotices). */
  notices?: (after: ServiceRequestDoc, before: ServiceRequestDoc, actor: Caller) => Promise<Notice[]>;
  /** Shown in the history (a withdrawal's reason). */
  note?: string;
  /** Writes what comes with the step in the SAME transaction (a follow-up due). */
  within?: (tx: TxStore, current: ServiceRequestDoc) => Promise<void>;
}

/**
 * Moves the request one step, or refuses — in this order, so a stranger learns nothing of the
 * status: NOT_FOUND, FORBIDDEN (the policy, on the request as it is now), CONFLICT (status moved).
 */
function takeStep(
  ctx: Pick<HandlerContext, 'store' | 'authorize'>,
  requestId: string,
  step: RequestStep,
  who: { caller: Caller; now: number },
  plan: StepPlan,
): Promise<{ before: ServiceRequestDoc; after: ServiceRequestDoc }> {
  const t = REQUEST_TRANSITIONS[step];
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ServiceRequestDoc>('service_requests', requestId);
    if (!current) throw new AppError('NOT_FOUND', '服务需求不存在或已被删除，请刷新后重试');
    ctx.authorize(requestTarget(current));
    plan.check?.(current);
    if (!canTake(step, current.status)) throw new AppError('CONFLICT', REQUEST_MOVED);
    const entry = {
      at: who.now,
      by: who.caller.userId,
      byName: who.caller.displayName,
      event: t.event,
      status: t.to,
      ...(plan.note ? { note: plan.note } : {}),
    };
    const set: Partial<ServiceRequestDoc> = {
      ...plan.set?.(current),
      status: t.to,
      history: [...current.history, entry],
      // Strictly later than the version read, even within one millisecond: a page that saw the
      // previous version (assignRequest's seenUpdatedAt) never matches this one.
      updatedAt: Math.max(who.now, current.updatedAt + 1),
    };
    if (plan.within) await plan.within(tx, current);
    const unset = plan.unset?.length ? { unset: plan.unset } : {};
    await tx.updateById('service_requests', requestId, { set, ...unset });
    const after: ServiceRequestDoc = { ...current, ...set };
    for (const field of plan.unset ?? []) delete after[field];
    return { before: current, after };
  });
}

/**
 * The whole of a step action: move it (the request read once, inside the transaction, and
 * authorised on what is current), audit, tell the other side, answer the caller's view.
 */
export async function runStep(ctx: HandlerContext, requestId: string, step: RequestStep, plan: StepPlan = {}) {
  const caller = ctx.requireCaller();
  const { before, after } = await takeStep(ctx, requestId, step, { caller, now: ctx.clock.now() }, plan);
  await ctx.audit(step, after._id, {
    from: before.status,
    to: after.status,
    ...(plan.note ? { note: plan.note } : {}),
  });
  await ctx.notifyAll(
    plan.notices ? await plan.notices(after, before, caller) : await stepNotices(ctx.store, after, step, caller),
  );
  return requestView(ctx, after);
}
