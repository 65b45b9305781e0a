/**
 * Whose a request is — its company's, its station's, and (assigned) its assignee's or handler's — and which
 * steps of the state machine the caller may take on it now.
 */
import type { Target } from '../../core/policy';
import type { ActionName } from '../../core/contract';
import { stepsFrom, type RequestStep } from '../../core/rules/request-flow';
import type { ServiceRequestDoc } from '../../core/store/docs';
import type { HandlerContext } from '../_shared/runtime';

export const requestTarget = (r: ServiceRequestDoc): Target => ({
  companyId: r.companyId,
  stationId: r.stationId,
  // Whoever it is assigned to now (an expert, a liaison), else its handler.
  assigneeId: r.assigneeId ?? r.handlerId,
});

/** The action that takes each step (its policy row says who may). */
export const STEP_ACTIONS: Record<RequestStep, ActionName<'request'>> = {
  accept: 'acceptRequest',
  start: 'startRequest',
  close: 'closeRequest',
  cancel: 'cancelRequest',
  assign: 'assignRequest',
  refer: 'assignRequest',
  acceptAssignment: 'respondAssignment',
  declineAssignment: 'respondAssignment',
  report: 'reportRequest',
};

export { readsAsCompany } from '../_shared/views';

/** The steps the status allows AND the policy lets this caller take on this request. */
export function stepsFor(ctx: Pick<HandlerContext, 'may'>, r: ServiceRequestDoc): RequestStep[] {
  const target = requestTarget(r);
  return stepsFrom(r.status).filter((step) => ctx.may('request', STEP_ACTIONS[step], target));
}
