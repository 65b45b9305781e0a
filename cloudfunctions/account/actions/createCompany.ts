import { AppError, isAppError } from '../../../core/errors';
import { ROUTES } from '../../../core/pages';
import type { CompanyDoc, MembershipDoc, StationDoc } from '../../../core/store/docs';
import { grantAndAct, newMembership } from '../../_shared/memberships';
import { firstAttempt, mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { companyView } from '../../_shared/views';

const JOIN_CODE_LENGTH = 8;

/**
 * Company staff register their company; it waits for the station to confirm it. The creator
 * becomes its first staff member. The credit code's unique index refuses a second registration.
 */
export default handler('account', 'createCompany', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  if (station.status !== 'active')
    throw new AppError('INVALID_INPUT', '该站点已暂停服务，请选择其他站点', { stationId: '站点已暂停服务' });
  const now = ctx.clock.now();
  const { clientRequestId: _crid, ...fields } = input;
  const company: CompanyDoc = {
    _id: ctx.ids.id(),
    ...fields,
    status: 'pending',
    joinCode: ctx.ids.code(JOIN_CODE_LENGTH),
    createdBy: caller.userId,
    createdAt: now,
    lastVisitAt: 0,
  };
  const grant = newMembership(caller.userId, 'company', { companyId: company._id }, 'company-create', now);
  try {
    await ctx.store.transaction(async (tx) => {
      await tx.insert('companies', company);
      await grantAndAct(tx, grant);
    });
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT') {
      const first = await firstAttempt<CompanyDoc>(ctx.store, 'companies', company._id, caller.userId);
      if (first) return companyView(first, station.name);
      const existing = await ctx.store.count('companies', { creditCode: company.creditCode });
      if (existing > 0) {
        throw new AppError('CONFLICT', '该统一社会信用代码的企业已登记，请向同事索取企业加入码后加入');
      }
      throw new AppError('CONFLICT', '提交冲突，请重试');
    }
    throw e;
  }
  await ctx.audit('create', company._id, { stationId: company.stationId });
  const reviewers = await ctx.store.find<MembershipDoc>('memberships', {
    where: { stationId: station._id, role: { $in: ['chief', 'liaison'] }, status: 'active' },
    limit: 50,
  });
  await ctx.notifyAll(
    reviewers.map((m) => ({
      userId: m.userId,
      kind: 'company.pending',
      title: '新企业待确认',
      body: `${company.name} 申请加入${station.name}的服务对象，请核实后确认`,
      link: ROUTES.companyReview(station._id),
    })),
  );
  return companyView(company, station.name);
});
