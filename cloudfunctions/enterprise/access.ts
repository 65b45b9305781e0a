/**
 * Whose a company is (its own staff's, its station's) and what the caller may do with it — all
 * answered by the policy table, never by role checks of our own.
 */
import type { Target } from '../../core/policy';
import type { CompanyDoc, StationDoc } from '../../core/store/docs';
import { mustGet } from '../_shared/records';
import type { HandlerContext } from '../_shared/runtime';
import type { ProfileAccess } from './views';

export const companyTarget = (d: CompanyDoc): Target => ({ companyId: d._id, stationId: d.stationId });

/**
 * Loads the company and checks this action's rules over it. Another station's company is
 * FORBIDDEN (not hidden): the caller named it, and the message says it is not theirs.
 */
export async function loadCompany(ctx: HandlerContext, companyId: string): Promise<CompanyDoc> {
  const doc = await mustGet<CompanyDoc>(ctx.store, 'companies', companyId);
  ctx.authorize(companyTarget(doc));
  return doc;
}

/**
 * Who confirms a company's identity (account.reviewCompany: the station, admins) also corrects
 * its credit code and keeps its key-enterprise flags; company staff do not.
 */
export const mayEditStationFields = (ctx: HandlerContext, d: CompanyDoc) =>
  ctx.may('account', 'reviewCompany', companyTarget(d));

export function profileAccess(ctx: HandlerContext, d: CompanyDoc): ProfileAccess {
  const target = companyTarget(d);
  return {
    canEdit: ctx.may('enterprise', 'updateProfile', target),
    canEditStationFields: mayEditStationFields(ctx, d),
    canLogVisit: ctx.may('visit', 'logVisit', target),
  };
}

export async function stationNameOf(ctx: HandlerContext, stationId: string): Promise<string> {
  return (await ctx.store.get<StationDoc>('stations', stationId))?.name ?? '';
}
