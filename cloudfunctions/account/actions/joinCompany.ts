import { AppError } from '../../../core/errors';
import type { CompanyDoc } from '../../../core/store/docs';
import { loadCaller } from '../../_shared/caller';
import { describeMe, grantAndAct, newMembership } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

/** Joins a confirmed company as its staff with the join code a colleague shared. */
export default handler('account', 'joinCompany', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const [company] = await ctx.store.find<CompanyDoc>('companies', { where: { joinCode: input.joinCode }, limit: 1 });
  if (!company) throw new AppError('NOT_FOUND', '企业加入码无效，请向同事核对');
  if (company.status !== 'confirmed') {
    throw new AppError(
      'CONFLICT',
      company.status === 'pending' ? '该企业尚待站点确认，确认后才能加入' : '该企业登记未通过审核，暂不能加入',
    );
  }
  const grant = newMembership(caller.userId, 'company', { companyId: company._id }, 'company-join', ctx.clock.now());
  try {
    await ctx.store.transaction((tx) => grantAndAct(tx, grant));
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT') throw new AppError('CONFLICT', '您已是该企业成员');
    throw e;
  }
  await ctx.audit('join', company._id);
  // A ledger entry the station created is claimed by its first staff member (only once: the
  // conditional update decides, so two colleagues joining at once both join, one claims).
  if (company.ledgerOnly) {
    const claimed = await ctx.store.update(
      'companies',
      { _id: company._id, ledgerOnly: true },
      { set: { ledgerOnly: false, claimedBy: caller.userId, claimedAt: ctx.clock.now() } },
    );
    if (claimed) await ctx.audit('claim', company._id);
  }
  const fresh = await loadCaller(ctx.store, caller.userId);
  return describeMe(ctx.store, fresh ?? caller);
});
