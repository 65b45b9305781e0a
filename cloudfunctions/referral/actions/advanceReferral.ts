/**
 * 接收 / 开始处理 / 办结: the receiving station (or an admin) moves a referral one step, in order;
 * closing records the result the referring station reads. The referring station is told of each
 * step (notices.ts). Two receivers taking the same step at once: one lands, the other CONFLICT.
 */
import { handler } from '../../_shared/runtime';
import { takeReferralStep } from '../flow';
import { stepNotices } from '../notices';
import { referralView } from '../views';

export default handler('referral', 'advanceReferral', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const { before, after } = await takeReferralStep(ctx, input.referralId, input.step, {
    result: input.result,
    note: input.note,
  });
  await ctx.audit(input.step, after._id, { from: before.status, to: after.status });
  await ctx.notifyAll(await stepNotices(ctx.store, after, input.step, caller));
  return referralView(ctx, after);
});
