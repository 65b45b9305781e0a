/** The people holding the 评审专家 role (granted by an admin's code), to assign to a round's stations. */
import type { MembershipDoc, UserDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';

export default handler('evaluation', 'listReviewers', async (ctx) => {
  const grants = await findAll<MembershipDoc>(ctx.store, 'memberships', {
    stationId: null,
    role: 'reviewer',
    status: 'active',
  });
  const users = await Promise.all(grants.map((g) => ctx.store.get<UserDoc>('users', g.userId)));
  return users.flatMap((u) => (u ? [{ userId: u._id, name: u.displayName }] : []));
});
