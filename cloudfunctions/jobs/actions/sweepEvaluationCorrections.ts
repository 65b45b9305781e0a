import { handler } from '../../_shared/runtime';
import { sweepEvaluationCorrections } from '../../_shared/evaluation-corrections';

/** The timer's job (policy: the 'system' caller only): corrections not made in time lapse, per the round's rule. */
export default handler('jobs', 'sweepEvaluationCorrections', async (ctx) => {
  ctx.requireCaller();
  return sweepEvaluationCorrections(ctx);
});
