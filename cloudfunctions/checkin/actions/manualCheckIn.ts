/**
 * The chief checks someone in by hand (no phone, or the phone will not scan): a person from the
 * sign-up list, or a walk-in by name, mobile and company. Same rules as a scan: once per person
 * (a second time answers with the first time), in the check-in window, walk-ins only if the
 * session allows them and a seat is free. A walk-in whose mobile is on the list already (signed
 * up in the app) is checked in on that sign-up, not added twice.
 */
import { AppError } from '../../../core/errors';
import { manualSignupId } from '../../../core/rules/training';
import type { SignupDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';
import { checkInPerson, type Person } from '../check-ins';

export default handler('checkin', 'manualCheckIn', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize({ stationId: session.stationId });

  // A sign-up is its own person (its id is the check-in's too).
  let signup: SignupDoc | null;
  let person: Person;
  if (input.signupId) {
    signup = await ctx.store.get<SignupDoc>('signups', input.signupId);
    if (!signup || signup.sessionId !== session._id) {
      throw new AppError('NOT_FOUND', '没有找到该报名记录，请刷新名单后重试');
    }
    person = signup;
  } else {
    const walkIn = input.walkIn!;
    const [listed] = await ctx.store.find<SignupDoc>('signups', {
      where: { sessionId: session._id, mobile: walkIn.mobile, status: { $in: ['confirmed', 'waitlisted'] } },
      limit: 1,
    });
    const id = manualSignupId(session._id, walkIn.mobile);
    signup = listed ?? (await ctx.store.get<SignupDoc>('signups', id));
    person = listed ?? {
      _id: id,
      name: walkIn.name,
      mobile: walkIn.mobile,
      companyName: walkIn.companyName,
      title: walkIn.title ?? '',
    };
  }

  const result = await checkInPerson(ctx, { session, person, signup, by: 'manual' });
  if (!result.already) {
    await ctx.audit('manual', person._id, { sessionId: session._id, walkIn: result.walkIn });
  }
  return result;
});
