import { AppError, isAppError } from '../../../core/errors';
import { ADMIN_APPOINTED_ROLES, INVITABLE_ROLE } from '../../../core/enums';
import { DAY_MS } from '../../../core/rules/time';
import type { InvitationDoc, StationDoc } from '../../../core/store/docs';
import { firstAttempt, mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { invitationView } from '../../_shared/views';

const CODE_LENGTH = 8;

/** Roles whose grant is over the district of the station the code is issued at. */
const AREA_ROLES: ReadonlySet<string> = new Set(['district_admin', 'studio_branch']);

/** A one-time code granting a role at a station, valid for `validDays`. */
export default handler('account', 'createInvitation', async (ctx, input) => {
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  ctx.authorize({ stationId: station._id });
  const caller = ctx.requireCaller();
  if (input.role === 'chief' && caller.acting?.role !== 'admin') {
    throw new AppError('FORBIDDEN', '站长须由管理员任命，请联系管理员发放邀请码');
  }
  if (input.role === 'district_admin' && caller.acting?.role !== 'admin') {
    throw new AppError('FORBIDDEN', '区级管理员须由市级管理员任命');
  }
  if (input.role === 'reviewer' && caller.acting?.role !== 'admin') {
    throw new AppError('FORBIDDEN', '评审专家须由市级管理员邀请');
  }
  if (ADMIN_APPOINTED_ROLES.has(input.role) && caller.acting?.role !== 'admin') {
    throw new AppError('FORBIDDEN', `${INVITABLE_ROLE.labels[input.role]}须由市级管理员任命`);
  }
  const now = ctx.clock.now();
  // The code is the document id, so a collision is refused by the database; draw again.
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc: InvitationDoc = {
      _id: ctx.ids.code(CODE_LENGTH),
      stationId: station._id,
      role: input.role,
      // A district admin (or a town branch's approver) is over the district of the station the
      // code is issued at.
      ...(AREA_ROLES.has(input.role) ? { district: station.district } : {}),
      status: 'active',
      expiresAt: now + input.validDays * DAY_MS,
      createdBy: caller.userId,
      createdByName: caller.displayName,
      createdAt: now,
    };
    try {
      await ctx.store.insert('invitations', doc);
    } catch (e) {
      if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
      // This request's own code, written by an attempt that left no answer: answer with it.
      const first = await firstAttempt<InvitationDoc>(ctx.store, 'invitations', doc._id, caller.userId);
      if (first && first.stationId === doc.stationId && first.role === doc.role && first.district === doc.district) {
        return invitationView(first, now);
      }
      continue;
    }
    await ctx.audit('create', doc._id, { stationId: doc.stationId, role: doc.role });
    return invitationView(doc, now);
  }
  throw new AppError('CONFLICT', '生成邀请码失败，请重试');
});
