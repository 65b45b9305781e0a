/**
 * Signs the caller up for a session (anyone signed in): a seat while seats remain, after that
 * the waitlist in arrival order — settled in one transaction (seats.ts), never by reading first.
 *
 * Company staff sign up for the company they act for (its ledger name); anyone else names their
 * own. A session for the station's companies only admits staff acting for a company of that
 * station. Sign-up closes at the deadline or when the session is cancelled.
 * The sign-up keeps the submission's request key, so a replay is answered with the place it took
 * (seats.ts); the action runs without the runtime's request log (replaySafeHandler).
 */
import { AppError } from '../../../core/errors';
import type { Caller } from '../../../core/ports';
import { signupClosedReason, signupId } from '../../../core/rules/training';
import { formatShanghai } from '../../../core/rules/time';
import type { CompanyDoc, TrainingSessionDoc } from '../../../core/store/docs';
import { submissionId } from '../../_shared/records';
import { replaySafeHandler, type HandlerContext } from '../../_shared/runtime';
import { invalidField } from '../../_shared/errors';
import { promotedNotices } from '../notices';
import { fillSeats, takePlace } from '../seats';
import { waitlistPosition } from '../sessions';
import { signupView } from '../views';

/** The reason sign-up is closed, in words that say what happened and when. */
function closedForSignup(s: TrainingSessionDoc, now: number): string | null {
  const reason = signupClosedReason(s, now);
  if (reason === '报名已截止') return `报名已截止（截止时间 ${formatShanghai(s.signupDeadline)}）`;
  return reason;
}

/** The company the caller signs up for: the one they act for, if any. */
async function actingCompany(ctx: HandlerContext, caller: Caller): Promise<CompanyDoc | null> {
  const companyId = caller.acting?.role === 'company' ? caller.acting.companyId : undefined;
  return companyId ? ctx.store.get<CompanyDoc>('companies', companyId) : null;
}

export default replaySafeHandler('training', 'signUp', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  const company = await actingCompany(ctx, caller);
  const companyName = company?.name ?? input.companyName?.trim();
  // Judged on the session as the sign-up's transaction reads it: its one read of the session.
  const mayTakePlace = (session: TrainingSessionDoc): string | null => {
    const closed = closedForSignup(session, now);
    if (closed) return closed;
    if (
      session.audience === 'station' &&
      !(company?.stationId === session.stationId && company.status === 'confirmed')
    ) {
      throw new AppError(
        'FORBIDDEN',
        `该培训仅限${session.stationName}服务的企业员工报名；如您是其服务企业的员工，请在"我的"中切换为企业身份后报名`,
      );
    }
    if (!companyName) throw invalidField('companyName', '单位名称', '请填写单位名称');
    return null;
  };

  const { signup, session: after } = await takePlace(
    ctx.store,
    {
      _id: signupId(input.sessionId, caller.userId),
      sessionId: input.sessionId,
      userId: caller.userId,
      name: input.name,
      ...(company ? { companyId: company._id } : {}),
      companyName: companyName ?? '',
      title: input.title ?? '',
      mobile: input.mobile,
      source: 'self',
      requestKey: submissionId('', caller.userId, input.clientRequestId),
    },
    caller.userId,
    now,
    mayTakePlace,
  );
  // Free seats while people wait (left by an interrupted promotion): give them out in order,
  // perhaps to this very sign-up.
  let current = signup;
  if (after.waitlistCount > 0 && after.confirmedCount < after.capacity) {
    const promoted = await fillSeats(ctx.store, after._id, now);
    await ctx.notifyAll(promotedNotices(after, promoted));
    current = promoted.find((p) => p._id === signup._id) ?? signup;
  }
  return signupView(current, await waitlistPosition(ctx.store, current));
});
