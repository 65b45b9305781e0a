import type { StationDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
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
  await ctx.store.insert('stations', doc);
  await ctx.audit('create', doc._id, { name: doc.name });
  return stationView(doc);
});
