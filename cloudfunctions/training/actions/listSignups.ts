/**
 * The chief's sign-up list: one status at a time (已报名 / 候补中 / 已取消) in arrival order, with
 * how many there are of each. Served by the signups (sessionId, status, seq) index.
 */
import type { SignupDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';
import { sessionTarget } from '../sessions';
import { signupView } from '../views';

export default handler('training', 'listSignups', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize(sessionTarget(session));
  const where = { sessionId: session._id, status: input.status };
  const skip = (input.page - 1) * input.pageSize;
  const count = (status: SignupDoc['status']) => ctx.store.count('signups', { sessionId: session._id, status });
  const [docs, confirmed, waitlisted, cancelled] = await Promise.all([
    ctx.store.find<SignupDoc>('signups', { where, orderBy: [['seq', 'asc']], skip, limit: input.pageSize }),
    count('confirmed'),
    count('waitlisted'),
    count('cancelled'),
  ]);
  const counts = { confirmed, waitlisted, cancelled };
  return {
    // In arrival order, a waiting person's place on the waitlist is their place in this list.
    items: docs.map((d, i) => signupView(d, skip + i + 1)),
    total: counts[input.status],
    page: input.page,
    pageSize: input.pageSize,
    counts,
  };
});
