/** Records the studio's staff (001 §6.4): the applicant and the approvers of the chain, while the application is open. */
import { AppError } from '../../../core/errors';
import type { StudioApplicationDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { authorizedApplication } from '../access';
import { applicationView } from '../views';

export default handler('studio', 'saveStaff', async (ctx, input) => {
  const a = await authorizedApplication(ctx, input.applicationId);
  if (a.status !== 'reviewing' && a.status !== 'returned')
    throw new AppError('CONFLICT', '申请已办结，不能再修改人员配备');
  const now = ctx.clock.now();
  const set = { staff: input.staff, version: a.version + 1, updatedAt: now };
  // Only the version read: a decision taken meanwhile is not undone by a staff save.
  const moved = await ctx.store.update('studio_applications', { _id: a._id, version: a.version }, { set });
  if (!moved) throw new AppError('CONFLICT', '该申请刚刚已被他人处理，请刷新后查看');
  await ctx.audit('staff', a._id, { count: input.staff.length });
  return applicationView(ctx, { ...a, ...set } as StudioApplicationDoc);
});
