/**
 * Whose an application is: its company's (company scope) and its area's (a town branch's district
 * scope); the city's approvers and admins see all. The policy's rows decide.
 */
import { AppError } from '../../core/errors';
import type { StudioApplicationDoc } from '../../core/store/docs';
import { mustGet } from '../_shared/records';
import type { HandlerContext } from '../_shared/runtime';

export const applicationTarget = (a: Pick<StudioApplicationDoc, 'companyId' | 'district'>) => ({
  companyId: a.companyId,
  district: a.district,
});

/** The application, once the caller may see it under this action's rules. */
export async function authorizedApplication(ctx: HandlerContext, applicationId: string): Promise<StudioApplicationDoc> {
  const a = await mustGet<StudioApplicationDoc>(ctx.store, 'studio_applications', applicationId);
  ctx.authorize(applicationTarget(a));
  return a;
}

/** A change made meanwhile (another approver, another tab) is reported, never overwritten. */
export function assertVersion(a: StudioApplicationDoc, version: number): void {
  if (a.version !== version) throw new AppError('CONFLICT', '该申请刚刚已被他人处理，请刷新后查看');
}
