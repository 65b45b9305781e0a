/**
 * The caller cancels their own sign-up, until the sign-up deadline. A seat given back goes at
 * once, in the same transaction, to the first on the waitlist, who is told.
 */
import { AppError } from '../../../core/errors';
import { signupId } from '../../../core/rules/training';
import { formatShanghai } from '../../../core/rules/time';
import { handler } from '../../_shared/runtime';
import { promotedNotices } from '../notices';
import { givePlaceBack } from '../seats';
import { signupView } from '../views';

export default handler('training', 'cancelSignup', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const { signup, promoted, session } = await givePlaceBack(
    ctx.store,
    signupId(input.sessionId, caller.userId),
    caller.userId,
    now,
    (s) => {
      if (s.status === 'cancelled') throw new AppError('CONFLICT', '该培训已取消，无需再取消报名');
      if (now > s.signupDeadline) {
        throw new AppError(
          'CONFLICT',
          `报名已于 ${formatShanghai(s.signupDeadline)} 截止，不能在线取消；如不能参加请联系工作站`,
        );
      }
    },
  );
  await ctx.notifyAll(promotedNotices(session, promoted ? [promoted] : []));
  return signupView(signup);
});
