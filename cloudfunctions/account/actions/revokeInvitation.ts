import { AppError } from '../../../core/errors';
import type { InvitationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { invitationView } from '../../_shared/views';

/** Voids an unused code. The conditional update loses cleanly to a redemption in flight. */
export default handler('account', 'revokeInvitation', async (ctx, input) => {
  const code = input.code.toUpperCase();
  const before = await mustGet<InvitationDoc>(ctx.store, 'invitations', code);
  ctx.authorize({ stationId: before.stationId });
  const changed = await ctx.store.update(
    'invitations',
    { _id: code, status: 'active' },
    { set: { status: 'revoked' } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '该邀请码已使用或已作废，无需再作废');
  await ctx.audit('revoke', code, { stationId: before.stationId });
  return invitationView({ ...before, status: 'revoked' }, ctx.clock.now());
});
