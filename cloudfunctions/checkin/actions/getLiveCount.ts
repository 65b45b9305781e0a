/** The chief's live count on the check-in screen (polled every few seconds): the session's counters. */
import { seatsLeft } from '../../../core/rules/training';
import type { CheckinDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { loadSession } from '../../_shared/training-sessions';

const RECENT = 5;

export default handler('checkin', 'getLiveCount', async (ctx, input) => {
  const session = await loadSession(ctx.store, input.sessionId);
  ctx.authorize({ stationId: session.stationId });
  // The (sessionId, at) index, read backwards: the latest arrivals.
  const recent = await ctx.store.find<CheckinDoc>('checkins', {
    where: { sessionId: session._id },
    orderBy: [['at', 'desc']],
    limit: RECENT,
  });
  return {
    sessionId: session._id,
    checkedIn: session.checkedInCount,
    signedUp: Math.max(0, session.confirmedCount - session.walkInCount),
    walkIns: session.walkInCount,
    notYet: Math.max(0, session.confirmedCount - session.checkedInCount),
    capacity: session.capacity,
    seatsLeft: seatsLeft(session),
    recent: recent.map((c) => ({ name: c.name, companyName: c.companyName, at: c.at, late: c.late, walkIn: c.walkIn })),
  };
});
