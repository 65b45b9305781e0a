/**
 * The city view (admin): every station in service side by side on the headline figures for a
 * period, for the ranking and the drill-down into one station; a district admin sees the
 * district's stations only (the policy's 'district' scope, as every list derives it). Each
 * station's figures are a bounded read of its rollup buckets.
 */
import { DISTRICT } from '../../../core/enums';
import { stationScope } from '../../../core/rules/rollups';
import { HEADLINE, headlineOf } from '../../../core/rules/stat-figures';
import type { StationDoc } from '../../../core/store/docs';
import { findAll } from '../../_shared/paging';
import { scopeWhere } from '../../_shared/scope';
import { catchUp, countersFor } from '../../_shared/rollups';
import { handler } from '../../_shared/runtime';
import { comparedRanges } from '../periods';
import { VIEW_CATCH_UP } from '../figures';

export default handler('stats', 'cityStats', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const scope = scopeWhere('stats', 'cityStats', caller, { station: '_id' });
  await catchUp(ctx, VIEW_CATCH_UP);
  const { period } = comparedRanges(input.period);
  const stations = await findAll<StationDoc>(ctx.store, 'stations', { ...scope, status: 'active' }, [['order', 'asc']]);
  const rows = await Promise.all(
    stations.map(async (s) => ({
      stationId: s._id,
      name: s.name,
      district: s.district,
      figures: headlineOf(await countersFor(ctx.store, stationScope(s._id), period)),
    })),
  );
  const district = caller.acting?.role === 'district_admin' ? caller.acting.district : undefined;
  return {
    scopeName: district ? DISTRICT.labels[district] : '全市',
    period,
    columns: HEADLINE.map(({ id, label, unit }) => ({ id, label, unit })),
    rows,
  };
});
