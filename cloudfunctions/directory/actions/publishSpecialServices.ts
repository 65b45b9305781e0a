/** Publishes a station's list of a year (published once; later edits stay published). */
import { AppError } from '../../../core/errors';
import type { SpecialServiceListDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { specialListId, specialListView } from '../special-services';

export default handler('directory', 'publishSpecialServices', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const _id = specialListId(input.stationId, input.year);
  const now = ctx.clock.now();
  // Only a draft moves: of two publishes at once, one sets the date, the other finds it set.
  const moved = await ctx.store.update(
    'special_service_lists',
    { _id, status: 'draft' },
    { set: { status: 'published', publishedAt: now, updatedAt: now } },
  );
  const list = await ctx.store.get<SpecialServiceListDoc>('special_service_lists', _id);
  if (!list) throw new AppError('NOT_FOUND', '请先编制本年度的专项服务清单');
  if (moved) await ctx.audit('publishSpecialServices', _id, { items: list.items.length });
  return specialListView(ctx, station, input.year, list);
});
