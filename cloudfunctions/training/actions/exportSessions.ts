/**
 * 培训管理 to Excel: every session of the station (cancelled ones too), latest first, with seats,
 * waitlist, check-ins and walk-ins — the list's rows, read a page at a time over the trainings
 * (stationId, startAt) index. The chief their station's, an admin any station's.
 */
import type { TrainingSessionDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { TRAINING_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';

export default handler('training', 'exportSessions', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, input.stationId)),
    what: '培训',
    columns: TRAINING_COLUMNS,
    rows: scanAll<TrainingSessionDoc>(ctx.store, 'trainings', { stationId: input.stationId }, ['startAt', 'desc']),
    event: 'export_sessions',
  });
});
