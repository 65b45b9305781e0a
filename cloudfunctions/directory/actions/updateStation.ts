import { AppError } from '../../../core/errors';
import type { ServiceItemDoc, StationDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexServiceItem, indexStation } from '../../_shared/search-index';
import { stationView } from '../../_shared/views';

/** The station's chief or an admin edits its details; only an admin suspends or resumes it. */
export default handler('directory', 'updateStation', async (ctx, input) => {
  const { stationId, status, ...fields } = input;
  const before = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  ctx.authorize({ stationId });
  const caller = ctx.requireCaller();
  if (status && status !== before.status && caller.acting?.role !== 'admin') {
    throw new AppError('FORBIDDEN', '暂停或恢复服务需由管理员操作');
  }
  const now = ctx.clock.now();
  const set = { ...fields, status: status ?? before.status, updatedAt: now, updatedBy: caller.userId };
  await ctx.store.update('stations', { _id: stationId }, { set });
  await ctx.audit('update', stationId, { fields: Object.keys(fields) });
  const after = { ...before, ...set };
  await indexStation(ctx.store, after);
  // Its items' hits name the station: a new name reaches them too.
  if (after.name !== before.name) {
    const items = await findAll<ServiceItemDoc>(ctx.store, 'service_items', { stationId });
    for (const item of items) await indexServiceItem(ctx.store, item, after);
  }
  return stationView(after);
});
