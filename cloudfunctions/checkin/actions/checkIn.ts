/**
 * A trainee scans the code on the chief's screen (any signed-in person): checked in once with the
 * time; a second scan answers with the first time (`already`), never an error.
 *
 * Refused, with what to do: a code that is not ours or was altered (二维码无效), another session's
 * code when the page was opened for a session (这不是本场培训的签到码), a code older than the
 * previous 30 s window (二维码已过期), outside 30 min before the start … the end.
 */
import { signupId } from '../../../core/rules/training';
import type { CompanyDoc, SignupDoc, UserDoc } from '../../../core/store/docs';
import type { Caller } from '../../../core/ports';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { checkInPerson, type Person } from '../check-ins';
import { verifyToken } from '../token';

/**
 * Who the caller is: their sign-up for this session; for a walk-in, the details of their latest
 * sign-up anywhere (what they typed last time), else their display name and the company they act for.
 */
async function personOf(
  ctx: HandlerContext,
  caller: Caller,
  own: SignupDoc | null,
  sessionId: string,
): Promise<Person> {
  if (own) return own;
  const base = { _id: signupId(sessionId, caller.userId), userId: caller.userId };
  const [latest] = await ctx.store.find<SignupDoc>('signups', {
    where: { userId: caller.userId },
    orderBy: [['createdAt', 'desc']],
    limit: 1,
  });
  if (latest) {
    return {
      ...base,
      name: latest.name,
      mobile: latest.mobile,
      ...(latest.companyId ? { companyId: latest.companyId } : {}),
      companyName: latest.companyName,
      title: latest.title,
    };
  }
  const companyId = caller.acting?.role === 'company' ? caller.acting.companyId : undefined;
  const [user, company] = await Promise.all([
    ctx.store.get<UserDoc>('users', caller.userId),
    companyId ? ctx.store.get<CompanyDoc>('companies', companyId) : Promise.resolve(null),
  ]);
  return {
    ...base,
    name: user?.displayName ?? caller.displayName,
    mobile: '',
    ...(company ? { companyId: company._id } : {}),
    companyName: company?.name ?? '',
    title: '',
  };
}

export default handler('checkin', 'checkIn', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const session = await verifyToken(ctx.store, ctx.clock, input.token, input.sessionId);
  const own = await ctx.store.get<SignupDoc>('signups', signupId(session._id, caller.userId));
  const person = await personOf(ctx, caller, own, session._id);
  return checkInPerson(ctx, { session, person, signup: own, by: 'scan' });
});
