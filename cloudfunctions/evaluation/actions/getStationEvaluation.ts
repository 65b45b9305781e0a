/** One station's evaluation as the caller may see it (views.ts): the station's own, an assigned reviewer's, the admin's. */
import { handler } from '../../_shared/runtime';
import { stationOf } from '../access';
import { authorizedStation, presentStation } from '../load';

export default handler('evaluation', 'getStationEvaluation', async (ctx, input) => {
  const stationId = stationOf(ctx, input.stationId);
  const { round, side } = await authorizedStation(ctx, input.roundId, stationId);
  return presentStation(ctx, round, stationId, side);
});
