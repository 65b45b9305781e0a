/**
 * The chief adds someone by hand (a phone call, a paper list): id `<sessionId>:m:<mobile>`, so
 * the same mobile cannot be added twice, and counted against capacity exactly like a sign-up
 * (a seat while seats remain, else the waitlist). Possible until the session ends.
 */
import { AppError } from '../../../core/errors';
import { manualSignupId } from '../../../core/rules/training';
import { submissionId } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { ALREADY_SIGNED_UP, takePlace } from '../seats';
import { loadSession } from '../../_shared/training-sessions';
import { sessionTarget, waitlistPosition } from '../sessions';
import { signupView } from '../views';

export default handler('training', 'addSignup', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize(sessionTarget(session));
  const now = ctx.clock.now();
  const closed = (s: typeof session) =>
    s.status === 'cancelled' ? '该培训已取消' : s.endAt <= now ? '培训已经结束，不能再添加报名' : null;
  try {
    const { signup } = await takePlace(
      ctx.store,
      {
        _id: manualSignupId(session._id, input.mobile),
        sessionId: session._id,
        name: input.name,
        companyName: input.companyName,
        title: input.title ?? '',
        mobile: input.mobile,
        source: 'manual',
        requestKey: submissionId('', caller.userId, input.clientRequestId),
      },
      caller.userId,
      now,
      closed,
    );
    await ctx.audit('add_signup', signup._id, { sessionId: session._id, name: signup.name });
    return signupView(signup, await waitlistPosition(ctx.store, signup));
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT' && e.message.startsWith(ALREADY_SIGNED_UP)) {
      throw new AppError('CONFLICT', `手机号 ${input.mobile} 已在报名名单中`);
    }
    throw e;
  }
});
