import { handler } from '../../_shared/runtime';
import { rollUp } from '../../_shared/rollups';

/** The timer's job (policy: the 'system' caller only): the statistics catch up with what changed. */
export default handler('jobs', 'rollUpStats', async (ctx) => {
  ctx.requireCaller();
  return rollUp(ctx);
});
