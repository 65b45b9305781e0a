/**
 * Publishes the round: from now on each station reads its grade, score and report, and no score,
 * correction or veto is taken any more. Once: publishing again is refused. The chiefs are told.
 */
import { AppError } from '../../../core/errors';
import type { EvalRoundDoc } from '../../../core/store/docs';
import { stationChiefIds } from '../../_shared/people';
import { handler } from '../../_shared/runtime';
import { loadRound } from '../records';
import { roundView } from '../views';

export default handler('evaluation', 'publishRound', async (ctx, input) => {
  const now = ctx.clock.now();
  const round = await ctx.store.transaction(async (tx) => {
    const r = await tx.get<EvalRoundDoc>('eval_rounds', input.roundId);
    if (!r) throw new AppError('NOT_FOUND', '评价轮次不存在或已被删除，请刷新后重试');
    if (r.status === 'published') throw new AppError('CONFLICT', '本轮评价已公布');
    await tx.updateById('eval_rounds', r._id, { set: { status: 'published', publishedAt: now } });
    return { ...r, status: 'published' as const, publishedAt: now };
  });
  await ctx.audit('publish', round._id, {});
  const chiefs = (await Promise.all(round.stationIds.map((s) => stationChiefIds(ctx.store, s)))).flat();
  await ctx.notifyAll(
    [...new Set(chiefs)].map((userId) => ({
      userId,
      kind: 'evaluation.published',
      title: '评价结果已公布',
      body: `${round.title}结果已公布，请在“年度评价”中查看本站等级与评价报告`,
    })),
  );
  return roundView((await loadRound(ctx.store, round._id)) as EvalRoundDoc);
});
