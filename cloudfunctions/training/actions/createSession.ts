/**
 * A station chief (or an admin, for any station) publishes a training session: open for
 * sign-up at once, with every counter at zero. The id derives from the creator and the client
 * request id, so a replayed submission cannot publish the session twice.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { StationDoc, TrainingSessionDoc } from '../../../core/store/docs';
import { firstAttempt, mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { sessionContent } from '../form';
import { newSessionId } from '../sessions';
import { sessionView } from '../views';

export default handler('training', 'createSession', async (ctx, input) => {
  const caller = ctx.requireCaller();
  ctx.authorize({ stationId: input.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const now = ctx.clock.now();
  const { clientRequestId, stationId: _s, ...form } = input;
  const content = await sessionContent(ctx.store, station._id, form, now, true);
  const doc: TrainingSessionDoc = {
    _id: newSessionId(caller.userId, clientRequestId),
    stationId: station._id,
    stationName: station.name,
    ...content,
    status: 'published',
    confirmedCount: 0,
    waitlistCount: 0,
    checkedInCount: 0,
    walkInCount: 0,
    signupSeq: 0,
    createdBy: caller.userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.store.insert('trainings', doc);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    // The id derives from the request: the same submission again gets the session it published.
    const first = await firstAttempt<TrainingSessionDoc>(ctx.store, 'trainings', doc._id, caller.userId);
    if (first) return sessionView(first);
    throw new AppError('CONFLICT', '该培训已发布，请勿重复提交');
  }
  await ctx.audit('create', doc._id, { stationId: doc.stationId, title: doc.title });
  return sessionView(doc);
});
