/** 人才库: who attended the station's trainings, latest first, by name, company or course. */
import { handler } from '../../_shared/runtime';
import { matchesKeyword, talentPool } from '../talent';

export default handler('training', 'talentPool', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const all = (await talentPool(ctx.store, input.stationId)).filter((t) => matchesKeyword(t, input.keyword));
  const start = (input.page - 1) * input.pageSize;
  return {
    items: all.slice(start, start + input.pageSize),
    total: all.length,
    page: input.page,
    pageSize: input.pageSize,
  };
});
