import { AppError } from '../../../core/errors';
import { DISTRICT, INVITABLE_ROLE } from '../../../core/enums';
import type { ExpertProfileDoc, InvitationDoc, MembershipDoc, StationDoc } from '../../../core/store/docs';
import { loadCaller } from '../../_shared/caller';
import { describeMe, grantAndAct, newMembership } from '../../_shared/memberships';
import { handler } from '../../_shared/runtime';

/**
 * Uses a code: in one transaction the code is marked used and the role granted, so a code
 * is used once even when two people type it at the same moment. A role held before and revoked
 * (an expert who left the roster) is granted again; an expert removed from the roster is not.
 */
/** Roles granted over no station. */
const STATIONLESS_ROLES: ReadonlySet<string> = new Set(['reviewer', 'studio_section', 'studio_bureau']);

export default handler('account', 'redeemInvitation', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const inv = await ctx.store.transaction(async (tx) => {
    const doc = await tx.get<InvitationDoc>('invitations', input.code);
    if (!doc) throw new AppError('NOT_FOUND', '邀请码不存在，请核对后重新输入');
    if (doc.status === 'used') throw new AppError('CONFLICT', '该邀请码已被使用，请联系站长重新发放');
    if (doc.status === 'revoked') throw new AppError('CONFLICT', '该邀请码已作废，请联系站长重新发放');
    if (doc.expiresAt <= now) throw new AppError('CONFLICT', '该邀请码已过期，请联系站长重新发放');
    // A district admin's (or town branch approver's) grant is over the district; a reviewer's
    // (each round assigns theirs) and the city's studio approvers' over no station; every other
    // over the station.
    const scope = doc.district
      ? { district: doc.district }
      : STATIONLESS_ROLES.has(doc.role)
        ? {}
        : { stationId: doc.stationId };
    const grant = newMembership(caller.userId, doc.role, scope, 'invitation', now);
    const before = await tx.get<MembershipDoc>('memberships', grant._id);
    if (before?.status === 'active') {
      const where = doc.district ? DISTRICT.labels[doc.district] : '该站点';
      throw new AppError('CONFLICT', `您已是${where}的${INVITABLE_ROLE.labels[doc.role]}，无需重复加入`);
    }
    // An expert removed from the roster (除名, 004 §8.5) does not come back by a station's code.
    if (before && doc.role === 'expert') {
      const profile = await tx.get<ExpertProfileDoc>('expert_profiles', caller.userId);
      if (profile?.status === 'removed') {
        throw new AppError('FORBIDDEN', '您已被移出专家库，不能凭邀请码重新加入，如有疑问请联系专家管理机构');
      }
    }
    await tx.updateById('invitations', doc._id, {
      set: { status: 'used', usedBy: caller.userId, usedByName: caller.displayName, usedAt: now },
    });
    if (before) {
      // Someone who held this role before (a liaison moved on, an expert who left) is welcomed back.
      await tx.updateById('memberships', grant._id, { set: { status: 'active', via: 'invitation', createdAt: now } });
      await tx.updateById('users', caller.userId, { set: { actingMembershipId: grant._id } });
    } else {
      await grantAndAct(tx, grant);
    }
    return doc;
  });
  const station = await ctx.store.get<StationDoc>('stations', inv.stationId);
  await ctx.audit('redeem', inv._id, { role: inv.role, stationId: inv.stationId });
  await ctx.notifyAll([
    {
      userId: inv.createdBy,
      kind: 'invitation.used',
      title: '邀请码已被使用',
      body: `${caller.displayName} 已加入${inv.district ? DISTRICT.labels[inv.district] : (station?.name ?? '站点')}，身份：${INVITABLE_ROLE.labels[inv.role]}`,
    },
  ]);
  const fresh = await loadCaller(ctx.store, caller.userId);
  return describeMe(ctx.store, fresh ?? caller);
});
