/** The applicant corrects a returned application: it goes back to the stage that returned it, its time restarted. */
import { AppError } from '../../../core/errors';
import type { StudioApplicationDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { assertVersion, authorizedApplication } from '../access';
import { dueAtFor } from '../limits';
import { toApprovers } from '../notices';
import { applicationView } from '../views';

export default handler('studio', 'resubmitApplication', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const a = await authorizedApplication(ctx, input.applicationId);
  if (a.status !== 'returned') throw new AppError('CONFLICT', '只有退回补正的申请可以重新提交');
  assertVersion(a, input.version);
  const now = ctx.clock.now();
  const set = {
    form: input.form,
    town: input.form.town,
    creditCode: input.form.creditCode ?? a.creditCode,
    status: 'reviewing' as const,
    dueAt: await dueAtFor(ctx.store, a.stage, now),
    enteredStageAt: now,
    history: [
      ...a.history,
      { stage: a.stage, kind: 'resubmit' as const, opinion: '', byName: caller.displayName, at: now },
    ],
    version: a.version + 1,
    updatedAt: now,
  };
  // Settled by the database: only the version read moves on.
  const moved = await ctx.store.update('studio_applications', { _id: a._id, version: a.version }, { set });
  if (!moved) throw new AppError('CONFLICT', '该申请刚刚已被他人处理，请刷新后查看');
  const after: StudioApplicationDoc = { ...a, ...set };
  await ctx.audit('resubmit', a._id, { stage: a.stage });
  await ctx.notifyAll(await toApprovers(ctx.store, after));
  return applicationView(ctx, after);
});
