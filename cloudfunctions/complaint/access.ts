/**
 * How a caller stands to a complaint, judged from the policy's rows (core/policy.ts complaint.*)
 * on the complaint as it is now:
 *  - the complainant: its filer, acting for the company it was filed for (acceptAnswer's rule);
 *  - the handler: the station's chief (answerComplaint's 'station' rule) — or, for a complaint
 *    about the chief (route 'admin'), only whoever may review (reviewComplaint's rule: admins);
 *  - the reviewer of an escalation: reviewComplaint's rule;
 *  - the person complained about, once the handler passed it on to them.
 * Anyone else may not read it. The chief never handles, nor by default reads, a complaint about
 * themself: it is routed to the admin.
 */
import { AppError } from '../../core/errors';
import type { Caller } from '../../core/ports';
import { complaintStepsFrom, type ComplaintActor, type ComplaintStep } from '../../core/rules/complaint-flow';
import type { ComplaintDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';

type Judge = Pick<HandlerContext, 'may' | 'caller'>;

export const isComplainant = (ctx: Judge, c: ComplaintDoc): boolean =>
  ctx.caller?.userId === c.complainantId && ctx.may('complaint', 'acceptAnswer', { companyId: c.companyId });

export const isReviewer = (ctx: Judge, c: ComplaintDoc): boolean =>
  ctx.may('complaint', 'reviewComplaint', { stationId: c.stationId });

export const isHandler = (ctx: Judge, c: ComplaintDoc): boolean =>
  c.route === 'admin' ? isReviewer(ctx, c) : ctx.may('complaint', 'answerComplaint', { stationId: c.stationId });

export const isPerson = (caller: Caller | null, c: ComplaintDoc): boolean =>
  !!caller && !!c.sharedWithId && c.sharedWithId === caller.userId;

/** The actors the caller is, in the flow's terms (core/rules/complaint-flow.ts). */
export function actorsOf(ctx: Judge, c: ComplaintDoc): ComplaintActor[] {
  const actors: ComplaintActor[] = [];
  if (isComplainant(ctx, c)) actors.push('complainant');
  if (isHandler(ctx, c)) actors.push('handler');
  if (isReviewer(ctx, c)) actors.push('reviewer');
  return actors;
}

export type Side = 'complainant' | 'handler' | 'person';

/** The caller's side, or FORBIDDEN: nobody else reads a complaint. */
export function sideOf(ctx: Judge, c: ComplaintDoc): Side {
  if (ctx.caller?.userId === c.complainantId) return 'complainant';
  if (isHandler(ctx, c) || isReviewer(ctx, c)) return 'handler';
  if (isPerson(ctx.caller, c)) return 'person';
  throw new AppError('FORBIDDEN', '您无权查看该投诉');
}

export const stepsFor = (ctx: Judge, c: ComplaintDoc): ComplaintStep[] =>
  complaintStepsFrom(c.status, actorsOf(ctx, c));

/** The handler may pass it on to the person complained about, once, unless that is themself. */
export const canShare = (ctx: Judge, c: ComplaintDoc): boolean =>
  isHandler(ctx, c) && !!c.personId && !c.sharedWithId && c.personId !== ctx.caller?.userId && c.status !== 'closed';
