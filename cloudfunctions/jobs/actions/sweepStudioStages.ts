import { handler } from '../../_shared/runtime';
import { sweepStudioStages } from '../../_shared/studio-stages';

/** The timer's job (policy: the 'system' caller only): studio applications past their stage's time remind its approvers, once. */
export default handler('jobs', 'sweepStudioStages', async (ctx) => {
  ctx.requireCaller();
  return sweepStudioStages(ctx);
});
