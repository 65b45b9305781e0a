/**
 * 我的培训: my sign-ups, latest first, each with its session and whether I checked in (my check-in's
 * id is my sign-up's). Served by the signups (userId, createdAt) index; the page's sessions and
 * check-ins are read by id, a query per collection.
 */
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { checkedInAt } from '../attendance';
import { docsById } from '../by-id';
import { waitlistPosition } from '../sessions';
import { sessionView, signupView } from '../views';

export default handler('training', 'myTrainings', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const where = { userId: caller.userId };
  const [docs, total] = await Promise.all([
    ctx.store.find<SignupDoc>('signups', {
      where,
      orderBy: [['createdAt', 'desc']],
      skip: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    }),
    ctx.store.count('signups', where),
  ]);
  const [sessions, checkins, positions] = await Promise.all([
    docsById<TrainingSessionDoc>(
      ctx.store,
      'trainings',
      docs.map((s) => s.sessionId),
    ),
    // Only where the sign-up was not marked (a check-in interrupted before it, see checkin/check-ins.ts).
    docsById<CheckinDoc>(
      ctx.store,
      'checkins',
      docs.filter((s) => s.checkedInAt === undefined).map((s) => s._id),
    ),
    Promise.all(docs.map((s) => waitlistPosition(ctx.store, s))),
  ]);
  const items = docs.flatMap((s, i) => {
    const session = sessions.get(s.sessionId);
    if (!session) return [];
    const signup = signupView(s, positions[i]);
    return [{ signup, session: sessionView(session), checkedIn: checkedInAt(s, checkins) !== undefined }];
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
});
