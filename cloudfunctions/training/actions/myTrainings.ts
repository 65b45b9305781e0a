/**
 * 我的培训: my sign-ups, latest first, each with its session and whether I checked in (my check-in's
 * id is my sign-up's). Served by the signups (userId, createdAt) index; a page's sessions and
 * check-ins are read by id.
 */
import type { CheckinDoc, SignupDoc, TrainingSessionDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
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
  const items = await Promise.all(
    docs.map(async (s) => {
      const [session, checkin, position] = await Promise.all([
        ctx.store.get<TrainingSessionDoc>('trainings', s.sessionId),
        s.checkedInAt ? null : ctx.store.get<CheckinDoc>('checkins', s._id),
        waitlistPosition(ctx.store, s),
      ]);
      return session
        ? { signup: signupView(s, position), session: sessionView(session), checkedIn: !!(s.checkedInAt ?? checkin) }
        : null;
    }),
  );
  return {
    items: items.filter((i): i is NonNullable<typeof i> => i !== null),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
});
