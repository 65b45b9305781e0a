/**
 * Whose a referral is. It has two sides, and the policy's 'station' scope names one station, so
 * each side is its own target: the referring station (and, 'assigned', the one who referred it)
 * and the handling side — the receiving station, or for an outside agency (not in the network)
 * the referring station, which records the agency's progress. A caller may read it from either
 * side and take its steps only from the handling side.
 */
import { AppError } from '../../core/errors';
import type { Target } from '../../core/policy';
import type { Caller } from '../../core/ports';
import { referralStepsFrom, type ReferralStep } from '../../core/rules/referral-flow';
import type { ClueReferralDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';

export const senderTarget = (r: ClueReferralDoc): Target => ({ stationId: r.fromStationId, assigneeId: r.createdBy });

/** The station that moves it: the receiving one, or the referring one for an outside agency. */
export const handlingStationId = (r: ClueReferralDoc): string => r.toStationId ?? r.fromStationId;

export const handlerTarget = (r: ClueReferralDoc): Target => ({ stationId: handlingStationId(r) });

const NOT_YOURS = '该线索移交不属于本站点，请在"我的"页面切换身份';

/** FORBIDDEN unless `action`'s rules admit the caller from either side. */
export function authorizeReader(ctx: Pick<HandlerContext, 'may'>, r: ClueReferralDoc): void {
  if (!ctx.may('referral', 'getReferral', senderTarget(r)) && !ctx.may('referral', 'getReferral', handlerTarget(r))) {
    throw new AppError('FORBIDDEN', NOT_YOURS);
  }
}

/** FORBIDDEN unless the caller may move it (the handling side, an admin). */
export function authorizeHandler(ctx: Pick<HandlerContext, 'authorize'>, r: ClueReferralDoc): void {
  ctx.authorize(handlerTarget(r));
}

/** The steps the status allows AND the policy lets this caller take now. */
export function stepsFor(ctx: Pick<HandlerContext, 'may'>, r: ClueReferralDoc): ReferralStep[] {
  return referralStepsFrom(r.status).filter(() => ctx.may('referral', 'advanceReferral', handlerTarget(r)));
}

/** How the caller stands to it (the page's wording): an admin, the referring side, or the receiving side. */
export function sideOf(caller: Caller | null, r: ClueReferralDoc): 'sender' | 'receiver' | 'admin' {
  if (caller?.acting?.role === 'admin') return 'admin';
  return caller?.acting?.stationId === r.fromStationId ? 'sender' : 'receiver';
}

/**
 * Whether the caller may know the company: it consented, or the caller is of the referring
 * station (which knows it from its own record). Admins and the receiving side otherwise read
 * 「企业未同意披露」.
 */
export const knowsCompany = (caller: Caller | null, r: ClueReferralDoc): boolean =>
  r.companyConsent || (caller?.acting?.role !== 'admin' && caller?.acting?.stationId === r.fromStationId);
