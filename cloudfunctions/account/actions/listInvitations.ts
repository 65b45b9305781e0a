import type { InvitationDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { invitationView } from '../../_shared/views';

export default handler('account', 'listInvitations', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const now = ctx.clock.now();
  return findPage<InvitationDoc, ReturnType<typeof invitationView>>(
    ctx.store,
    'invitations',
    { stationId: input.stationId },
    [['createdAt', 'desc']],
    input,
    (d) => invitationView(d, now),
  );
});
