import { AppError } from '../../../core/errors';
import type { ServiceItemDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexServiceItem } from '../../_shared/search-index';
import { serviceItemView } from '../../_shared/views';

/** Withdraws an item from the public list, or publishes it again. Nothing is deleted. */
export default handler('directory', 'setServiceItemStatus', async (ctx, input) => {
  const before = await mustGet<ServiceItemDoc>(ctx.store, 'service_items', input.itemId);
  if (before.stationId !== input.stationId) throw new AppError('NOT_FOUND', '该服务事项不属于此站点');
  ctx.authorize({ stationId: before.stationId });
  const set = { status: input.status, updatedAt: ctx.clock.now(), updatedBy: ctx.requireCaller().userId };
  await ctx.store.update('service_items', { _id: before._id }, { set });
  await ctx.audit(input.status, before._id, { stationId: before.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', before.stationId);
  await indexServiceItem(ctx.store, { ...before, ...set }, station);
  return serviceItemView({ ...before, ...set });
});
