/**
 * Cancels a session (its station's chief, or an admin): the status changes, nothing is
 * deleted. A conditional update on the published status settles two cancellations at once.
 * Everyone signed up, seated or waiting, is told why.
 */
import { AppError } from '../../../core/errors';
import type { SignupDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { cancelledNotices } from '../notices';
import { loadSession } from '../../_shared/training-sessions';
import { sessionTarget } from '../sessions';
import { sessionView } from '../views';

export default handler('training', 'cancelSession', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const before = await loadSession(ctx.store, input.sessionId);
  ctx.authorize(sessionTarget(before));
  const now = ctx.clock.now();
  if (before.endAt <= now) throw new AppError('CONFLICT', '培训已经结束，不能取消');
  const changed = await ctx.store.update(
    'trainings',
    { _id: before._id, status: 'published' },
    { set: { status: 'cancelled', cancelledAt: now, cancelledBy: caller.userId, cancelReason: input.reason } },
  );
  if (changed === 0) throw new AppError('CONFLICT', '该培训已取消');
  const after = await loadSession(ctx.store, before._id);
  await ctx.audit('cancel', after._id, { reason: input.reason });
  const signedUp = await findAll<SignupDoc>(ctx.store, 'signups', {
    sessionId: after._id,
    status: { $in: ['confirmed', 'waitlisted'] },
  });
  await ctx.notifyAll(cancelledNotices(after, signedUp, input.reason));
  return sessionView(after);
});
