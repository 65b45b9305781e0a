/**
 * One session, for everyone. Signed in: the caller's own sign-up (with their place on the
 * waitlist), and whether they may manage the session (its station's chief, an admin).
 */
import { signupId } from '../../../core/rules/training';
import type { SignupDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';
import { sessionTarget, waitlistPosition } from '../sessions';
import { sessionView, signupView } from '../views';

export default handler('training', 'getSession', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  const caller = ctx.caller;
  const mine = caller ? await ctx.store.get<SignupDoc>('signups', signupId(session._id, caller.userId)) : null;
  return {
    session: sessionView(session),
    mySignup: mine ? signupView(mine, await waitlistPosition(ctx.store, mine)) : null,
    canManage: ctx.may('training', 'updateSession', sessionTarget(session)),
  };
});
