import { AppError } from '../../../core/errors';
import type { ServiceItemDoc, StationDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { serviceItemView, stationView } from '../../_shared/views';

/** Public: a station with its published service items; its editors also see withdrawn ones. */
export default handler('directory', 'getStation', async (ctx, input) => {
  const doc = await ctx.store.get<StationDoc>('stations', input.stationId);
  const canEdit = !!doc && ctx.may('directory', 'updateStation', { stationId: doc._id });
  if (!doc || (doc.status !== 'active' && !canEdit)) {
    throw new AppError('NOT_FOUND', '该服务站点不存在或已暂停服务');
  }
  const items = await ctx.store.find<ServiceItemDoc>('service_items', {
    where: canEdit ? { stationId: doc._id } : { stationId: doc._id, status: 'published' },
    orderBy: [['order', 'asc']],
    limit: 200,
  });
  return { station: stationView(doc), items: items.map(serviceItemView), canEdit };
});
