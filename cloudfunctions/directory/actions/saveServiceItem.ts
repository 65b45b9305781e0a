import { AppError, isAppError } from '../../../core/errors';
import type { ServiceItemDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { indexServiceItem } from '../../_shared/search-index';
import { serviceItemView } from '../../_shared/views';

/** Adds an item to a station's public list, or edits one (with `itemId`). */
export default handler('directory', 'saveServiceItem', async (ctx, input) => {
  const { stationId, itemId, clientRequestId, order, ...fields } = input;
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  ctx.authorize({ stationId });
  const userId = ctx.requireCaller().userId;
  const now = ctx.clock.now();

  if (itemId) {
    const before = await mustGet<ServiceItemDoc>(ctx.store, 'service_items', itemId);
    if (before.stationId !== stationId) throw new AppError('NOT_FOUND', '该服务事项不属于此站点');
    const set = { ...fields, order: order ?? before.order, updatedAt: now, updatedBy: userId };
    await ctx.store.update('service_items', { _id: itemId }, { set });
    await ctx.audit('update', itemId, { stationId });
    await indexServiceItem(ctx.store, { ...before, ...set }, station);
    return serviceItemView({ ...before, ...set });
  }

  if (!clientRequestId) {
    throw new AppError('INVALID_INPUT', '新增事项缺少请求编号，请刷新页面后重试', { clientRequestId: '必填' });
  }
  const count = await ctx.store.count('service_items', { stationId });
  const doc: ServiceItemDoc = {
    _id: ctx.ids.id(),
    stationId,
    ...fields,
    order: order ?? (count + 1) * 10,
    status: 'published',
    createdAt: now,
    updatedAt: now,
    updatedBy: userId,
  };
  try {
    await ctx.store.insert('service_items', doc);
  } catch (e) {
    // The id is drawn from the request key (no other request draws it): this request's first
    // attempt wrote it and died before answering; answer with what it wrote.
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await ctx.store.get<ServiceItemDoc>('service_items', doc._id);
    if (!first) throw e;
    return serviceItemView(first);
  }
  await ctx.audit('create', doc._id, { stationId });
  await indexServiceItem(ctx.store, doc, station);
  return serviceItemView(doc);
});
