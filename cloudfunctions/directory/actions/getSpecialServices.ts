/** A station's special-service list of a year: published to anyone; a draft (and the delivery log) to its keepers. */
import type { SpecialServiceListDoc, StationDoc } from '../../../core/store/docs';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { specialListId, specialListView } from '../special-services';

export default handler('directory', 'getSpecialServices', async (ctx, input) => {
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const list = await ctx.store.get<SpecialServiceListDoc>(
    'special_service_lists',
    specialListId(input.stationId, input.year),
  );
  return specialListView(ctx, station, input.year, list);
});
