/**
 * The city view (admin): every station in service side by side on the headline figures for a
 * period, for the ranking and the drill-down into one station. Each station's figures are a
 * bounded read of its rollup buckets.
 */
import { stationScope } from '../../../core/rules/rollups';
import { HEADLINE, headlineOf } from '../../../core/rules/stat-figures';
import type { StationDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { catchUp, countersFor } from '../../_shared/rollups';
import { handler } from '../../_shared/runtime';
import { comparedRanges } from '../periods';
import { VIEW_CATCH_UP } from '../figures';

export default handler('stats', 'cityStats', async (ctx, input) => {
  ctx.requireCaller();
  await catchUp(ctx, VIEW_CATCH_UP);
  const { period } = comparedRanges(input.period);
  const stations = await findAll<StationDoc>(ctx.store, 'stations', { status: 'active' }, [['order', 'asc']]);
  const rows = await Promise.all(
    stations.map(async (s) => ({
      stationId: s._id,
      name: s.name,
      district: s.district,
      figures: headlineOf(await countersFor(ctx.store, stationScope(s._id), period)),
    })),
  );
  return {
    period,
    columns: HEADLINE.map(({ id, label, unit }) => ({ id, label, unit })),
    rows,
  };
});
