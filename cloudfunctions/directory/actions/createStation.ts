import type { StationDoc } from '../../../core/store/docs';
import { isAppError } from '../../../core/errors';
import { handler } from '../../_shared/runtime';
import { indexStation } from '../../_shared/search-index';
import { stationView } from '../../_shared/views';

/** Admin: adds a service point; it is listed after the existing ones. */
export default handler('directory', 'createStation', async (ctx, input) => {
  const now = ctx.clock.now();
  const { clientRequestId: _crid, ...fields } = input;
  const doc: StationDoc = {
    _id: ctx.ids.id(),
    ...fields,
    status: 'active',
    order: now,
    createdAt: now,
    updatedAt: now,
    updatedBy: ctx.requireCaller().userId,
  };
  try {
    await ctx.store.insert('stations', doc);
  } catch (e) {
    // The id is drawn from the request key (no other request draws it): this request's first
    // attempt wrote it and died before answering; answer with what it wrote.
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await ctx.store.get<StationDoc>('stations', doc._id);
    if (!first) throw e;
    return stationView(first);
  }
  await ctx.audit('create', doc._id, { name: doc.name });
  await indexStation(ctx.store, doc);
  return stationView(doc);
});
