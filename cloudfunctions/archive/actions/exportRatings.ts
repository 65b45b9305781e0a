/**
 * 本站评价 to Excel: every rating of the station the list shows as filtered (one consultant's, or
 * only 2 stars or fewer; the list's own query), newest first. The chief their station's, an admin
 * any station's.
 */
import type { RatingDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { RATING_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { ratingsQuery } from '../ratings';

export default handler('archive', 'exportRatings', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const { where, orderBy } = ratingsQuery(input);
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, input.stationId)),
    what: '咨询评价',
    columns: RATING_COLUMNS,
    rows: scanAll<RatingDoc>(ctx.store, 'ratings', where, orderBy[0]!),
    event: 'export_ratings',
    detail: input,
  });
});
