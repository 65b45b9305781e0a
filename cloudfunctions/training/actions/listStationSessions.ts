/**
 * 培训管理: every session of a station (cancelled ones too), latest first, with seats, waitlist
 * and attendance. Served by the trainings (stationId, startAt) index.
 */
import type { TrainingSessionDoc } from '../../../core/store/docs';
import { findPage } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { sessionView } from '../views';

export default handler('training', 'listStationSessions', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  return findPage<TrainingSessionDoc, ReturnType<typeof sessionView>>(
    ctx.store,
    'trainings',
    { stationId: input.stationId },
    [['startAt', 'desc']],
    input,
    sessionView,
  );
});
