/**
 * 转交当事人: the handler passes the complaint on to the person complained about, for their
 * explanation — who complained goes with it only when the handler chooses (revealIdentity).
 * Once per complaint, in a transaction on the complaint as it is now.
 */
import { AppError } from '../../../core/errors';
import type { ComplaintDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { canShare } from '../access';
import { sharedNotices } from '../notices';
import { complaintView } from '../views';

export default handler('complaint', 'shareComplaint', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const after = await ctx.store.transaction(async (tx) => {
    const c = await tx.get<ComplaintDoc>('complaints', input.complaintId);
    if (!c) throw new AppError('NOT_FOUND', '投诉不存在或已被删除，请刷新后重试');
    if (!canShare(ctx, c)) {
      if (c.sharedWithId) throw new AppError('CONFLICT', '该投诉已转交当事人');
      throw new AppError(
        'FORBIDDEN',
        c.personId ? '只有该投诉的处理人可以转交当事人' : '该投诉不涉及具体人员，无需转交',
      );
    }
    const set: Partial<ComplaintDoc> = {
      sharedWithId: c.personId,
      sharedWithName: c.personName,
      identityShared: input.revealIdentity,
      sharedAt: now,
      updatedAt: now,
      history: [
        ...c.history,
        {
          at: now,
          by: caller.userId,
          byName: caller.displayName,
          event: 'shared',
          status: c.status,
          note: input.revealIdentity ? '已告知投诉人身份' : '未告知投诉人身份',
        },
      ],
    };
    await tx.updateById('complaints', c._id, { set });
    return { ...c, ...set };
  });
  await ctx.audit('share', after._id, { withId: after.sharedWithId, identity: input.revealIdentity });
  await ctx.notifyAll(sharedNotices(after));
  return complaintView(ctx, after);
});
