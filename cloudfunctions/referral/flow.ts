/**
 * Applies one step of the referral state machine (core/rules/referral-flow.ts), as the request's
 * flow does: the referral is read INSIDE the transaction that moves it, authorised on what it is
 * now, and moved only while it is still in the step's `from` status — so of two receivers taking
 * the same step at once the database lets one land and the other gets CONFLICT. The history entry
 * is appended to the history as read in that same transaction.
 */
import type { ReferralStatus } from '../../core/enums';
import { REFERRAL_STATUS } from '../../core/enums';
import { AppError } from '../../core/errors';
import {
  REFERRAL_MOVED,
  REFERRAL_STEPS,
  REFERRAL_TRANSITIONS,
  canTakeReferralStep,
  type ReferralStep,
} from '../../core/rules/referral-flow';
import type { ClueReferralDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';
import { authorizeHandler } from './access';

const ORDER: readonly ReferralStatus[] = REFERRAL_STATUS.values;

/** Why a step cannot land: skipped ahead (take the earlier step first), or the status moved on. */
function refusal(step: ReferralStep, status: ReferralStatus): AppError {
  const needs = REFERRAL_TRANSITIONS[step].from;
  if (ORDER.indexOf(status) < ORDER.indexOf(needs)) {
    const path = REFERRAL_STEPS.map((s) => REFERRAL_TRANSITIONS[s].verb).join(' → ');
    return new AppError(
      'CONFLICT',
      `该线索当前为「${REFERRAL_STATUS.labels[status]}」，还不能${REFERRAL_TRANSITIONS[step].verb}：请按 ${path} 的顺序办理`,
    );
  }
  return new AppError('CONFLICT', REFERRAL_MOVED);
}

export interface StepInput {
  result?: string;
  note?: string;
}

/**
 * Moves the referral one step, or refuses — in this order, so a stranger learns nothing of the
 * status: NOT_FOUND, FORBIDDEN (the handling side, on the referral as it is now), CONFLICT.
 */
export function takeReferralStep(
  ctx: Pick<HandlerContext, 'store' | 'authorize' | 'requireCaller' | 'clock'>,
  referralId: string,
  step: ReferralStep,
  given: StepInput,
): Promise<{ before: ClueReferralDoc; after: ClueReferralDoc }> {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const t = REFERRAL_TRANSITIONS[step];
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get<ClueReferralDoc>('clue_referrals', referralId);
    if (!current) throw new AppError('NOT_FOUND', '线索移交不存在或已被删除，请刷新后重试');
    authorizeHandler(ctx, current);
    if (!canTakeReferralStep(step, current.status)) throw refusal(step, current.status);
    const entry = {
      at: now,
      by: caller.userId,
      byName: caller.displayName,
      event: t.event,
      status: t.to,
      ...(given.note ? { note: given.note } : {}),
    };
    const set: Partial<ClueReferralDoc> = {
      status: t.to,
      history: [...current.history, entry],
      updatedAt: now,
      ...(step === 'close' ? { result: given.result, closedAt: now } : {}),
    };
    await tx.updateById('clue_referrals', referralId, { set });
    return { before: current, after: { ...current, ...set } };
  });
}
