/** Whose a visit or a follow-up is, for ctx.authorize once it is loaded. */
import type { Target } from '../../core/policy';
import type { FollowUpDoc, VisitDoc } from '../../core/store/docs';

export const visitTarget = (v: VisitDoc): Target => ({ stationId: v.stationId, companyId: v.companyId });

/** A follow-up is assigned to its owner at its station. */
export const followUpTarget = (f: FollowUpDoc): Target => ({ stationId: f.stationId, assigneeId: f.ownerId });
