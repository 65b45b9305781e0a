import { handler } from '../../_shared/runtime';
import { findPage } from '../../_shared/paging';
import { stationView } from '../../_shared/views';
import type { StationDoc } from '../../../core/store/docs';
import type { Where } from '../../../core/store/query';

/** Public: active stations, filtered by district / kind / level, in display order. */
export default handler('directory', 'listStations', async (ctx, input) => {
  const where: Where = { status: 'active' };
  if (input.district) where.district = input.district;
  if (input.kind) where.kind = input.kind;
  if (input.level) where.level = input.level;
  return findPage<StationDoc, ReturnType<typeof stationView>>(
    ctx.store,
    'stations',
    where,
    [['order', 'asc']],
    input,
    stationView,
  );
});
