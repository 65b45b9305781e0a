/** The admin's ranking of a round (000: results inform funding), published or not. */
import { handler } from '../../_shared/runtime';
import { rankedResults } from '../ranking';
import { loadRound } from '../records';
import { roundView } from '../views';

export default handler('evaluation', 'roundResults', async (ctx, input) => {
  const round = await loadRound(ctx.store, input.roundId);
  return { round: roundView(round), rows: await rankedResults(ctx, round) };
});
