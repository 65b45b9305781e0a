/** The indicator table's versions, newest first (version 1, from seed 000's structure, is written on first use). */
import type { EvalIndicatorSetDoc } from '../../../core/store/docs';
import { handler } from '../../_shared/runtime';
import { ensureDefaultSet } from '../records';
import { setView } from '../views';

export default handler('evaluation', 'listIndicatorSets', async (ctx) => {
  await ensureDefaultSet(ctx.store, ctx.clock.now());
  const sets = await ctx.store.find<EvalIndicatorSetDoc>('eval_indicator_sets', {
    orderBy: [['version', 'desc']],
    limit: 100,
  });
  return sets.map(setView);
});
