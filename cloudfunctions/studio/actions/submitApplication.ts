/**
 * The company applies: one open application at a time (reviewing or returned), and none once a
 * studio was approved. It goes to the town branch of the company's area, due by that stage's limit.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { CompanyDoc, StudioApplicationDoc } from '../../../core/store/docs';
import { firstAttempt, mustGet, submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { dueAtFor } from '../limits';
import { toApprovers } from '../notices';
import { applicationView } from '../views';

export default handler('studio', 'submitApplication', async (ctx, input) => {
  const caller = ctx.requireCaller();
  ctx.authorize({ companyId: input.companyId });
  const company = await mustGet<CompanyDoc>(ctx.store, 'companies', input.companyId);
  const _id = submissionId('sa:', caller.userId, input.clientRequestId);
  const earlier = await ctx.store.find<StudioApplicationDoc>('studio_applications', {
    where: { companyId: company._id },
    orderBy: [['submittedAt', 'desc']],
    limit: 20,
  });
  const open = earlier.find((a) => a._id !== _id && ['reviewing', 'returned', 'approved'].includes(a.status));
  if (open) {
    throw new AppError(
      'CONFLICT',
      open.status === 'approved' ? '贵企业已设立流动工作室' : '贵企业已有一份申请正在办理，请在“我的申请”中查看',
    );
  }
  const now = ctx.clock.now();
  const doc: StudioApplicationDoc = {
    _id,
    companyId: company._id,
    companyName: company.name,
    creditCode: input.form.creditCode ?? company.creditCode,
    district: company.district,
    town: input.form.town,
    form: input.form,
    status: 'reviewing',
    stage: 'branch',
    dueAt: await dueAtFor(ctx.store, 'branch', now),
    enteredStageAt: now,
    history: [{ stage: 'branch', kind: 'submit', opinion: '', byName: caller.displayName, at: now }],
    staff: [],
    version: 1,
    submittedBy: caller.userId,
    submittedAt: now,
    updatedAt: now,
  };
  try {
    await ctx.store.insert('studio_applications', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<StudioApplicationDoc>(
      ctx.store,
      'studio_applications',
      _id,
      caller.userId,
      'submittedBy',
    );
    if (first) return applicationView(ctx, first);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  await ctx.audit('submit', _id, { companyId: company._id });
  await ctx.notifyAll(await toApprovers(ctx.store, doc));
  return applicationView(ctx, doc);
});
