import { AppError } from '../../../core/errors';
import { INVITABLE_ROLE } from '../../../core/enums';
import type { InvitationDoc, StationDoc } from '../../../core/store/docs';
import { loadCaller } from '../../_shared/caller';
import { describeMe, grantAndAct, newMembership } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

/**
 * Uses a code: in one transaction the code is marked used and the role granted, so a code
 * is used once even when two people type it at the same moment.
 */
export default handler('account', 'redeemInvitation', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const inv = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get<InvitationDoc>('invitations', input.code);
    if (!doc) throw new AppError('NOT_FOUND', '邀请码不存在，请核对后重新输入');
    if (doc.status === 'used') throw new AppError('CONFLICT', '该邀请码已被使用，请联系站长重新发放');
    if (doc.status === 'revoked') throw new AppError('CONFLICT', '该邀请码已作废，请联系站长重新发放');
    if (doc.expiresAt <= now) throw new AppError('CONFLICT', '该邀请码已过期，请联系站长重新发放');
    const grant = newMembership(caller.userId, doc.role, { stationId: doc.stationId }, 'invitation', now);
    if (await tx.get('memberships', grant._id)) {
      throw new AppError('CONFLICT', `您已是该站点的${INVITABLE_ROLE.labels[doc.role]}，无需重复加入`);
    }
    await tx.updateById('invitations', doc._id, {
      set: { status: 'used', usedBy: caller.userId, usedByName: caller.displayName, usedAt: now },
    });
    await grantAndAct(tx, grant);
    return doc;
  });
  const station = await ctx.store.get<StationDoc>('stations', inv.stationId);
  await ctx.audit('redeem', inv._id, { role: inv.role, stationId: inv.stationId });
  await ctx.notifyAll([
    {
      userId: inv.createdBy,
      kind: 'invitation.used',
      title: '邀请码已被使用',
      body: `${caller.displayName} 已加入${station?.name ?? '站点'}，身份：${INVITABLE_ROLE.labels[inv.role]}`,
    },
  ]);
  const fresh = await loadCaller(ctx.store, caller.userId);
  return describeMe(ctx.store, fresh ?? caller);
});
