/**
 * The evaluation's correction deadline (补正, seed 000), run by the timer: a self-evaluation
 * returned for correction and not resubmitted by its due time lapses. What that means is the
 * round's setting (EVAL_LAPSE): 000's one-vote veto (an automatic 'materials' veto is recorded),
 * or — as Shenzhen's 2025 round did — review on what was submitted (the self-evaluation goes back
 * to 已提交). Each is marked once in a transaction on the submission as it is then; the veto's id
 * is deterministic, so overlapping runs record it once. The station's chiefs are told.
 */
import { EVAL_VETO } from '../../core/enums';
import type { Notice } from '../../core/ports';
import { formatShanghai } from '../../core/rules/time';
import type { EvalRoundDoc, EvalSubmissionDoc, EvalVetoDoc } from '../../core/store/docs';
import { stationChiefIds } from './people';
import { insertIfAbsent } from './records';
import type { HandlerContext } from './runtime';
import { SYSTEM_CALLER } from './system';

const PAGE = 100;

async function lapse(ctx: HandlerContext, seen: EvalSubmissionDoc, now: number): Promise<EvalSubmissionDoc | null> {
  const round = await ctx.store.get<EvalRoundDoc>('eval_rounds', seen.roundId);
  return ctx.store.transaction(async (tx) => {
    const s = await tx.get<EvalSubmissionDoc>('eval_submissions', seen._id);
    if (!s || s.status !== 'returned' || !s.correction || (s.lapsedAt ?? null) !== null) return null;
    if (s.correction.dueAt !== seen.correction?.dueAt) return null;
    const correction = { ...s.correction, lapsed: true };
    // Review as submitted: back to 已提交; under 000's veto it stays returned (the veto decides).
    const status = round?.lapse === 'review' ? 'submitted' : s.status;
    await tx.updateById('eval_submissions', s._id, { set: { lapsedAt: now, correction, status, updatedAt: now } });
    return { ...s, lapsedAt: now, correction, status };
  });
}

export async function sweepEvaluationCorrections(ctx: HandlerContext): Promise<{ checked: number; lapsed: number }> {
  const now = ctx.clock.now();
  let checked = 0;
  let lapsed = 0;
  for (;;) {
    const page = await ctx.store.find<EvalSubmissionDoc>('eval_submissions', {
      where: { status: 'returned', lapsedAt: null, 'correction.dueAt': { $lt: now } },
      orderBy: [
        ['correction.dueAt', 'asc'],
        ['_id', 'asc'],
      ],
      limit: PAGE,
    });
    checked += page.length;
    let progress = 0;
    for (const seen of page) {
      const s = await lapse(ctx, seen, now);
      if (!s) continue;
      progress++;
      const round = await ctx.store.get<EvalRoundDoc>('eval_rounds', s.roundId);
      const vetoed = round?.lapse !== 'review';
      if (vetoed) {
        const veto: EvalVetoDoc = {
          _id: `${s.roundId}:${s.stationId}:materials`,
          roundId: s.roundId,
          stationId: s.stationId,
          condition: 'materials',
          evidence: `补正期限 ${formatShanghai(s.correction!.dueAt)} 前未补正：${s.correction!.reasons}`,
          by: SYSTEM_CALLER.userId,
          byName: SYSTEM_CALLER.displayName,
          at: now,
          automatic: true,
        };
        await insertIfAbsent(ctx.store, 'eval_vetoes', veto);
      }
      const notices: Notice[] = (await stationChiefIds(ctx.store, s.stationId)).map((userId) => ({
        userId,
        kind: 'evaluation.lapsed',
        title: '评价材料补正已逾期',
        body: vetoed
          ? `${round?.title ?? '年度评价'}：未在期限内补正，按规定记录为“${EVAL_VETO.labels.materials}”`
          : `${round?.title ?? '年度评价'}：未在期限内补正，将按已提交的材料评审`,
      }));
      await ctx.notifyAll(notices);
    }
    lapsed += progress;
    if (page.length < PAGE || progress === 0) break;
  }
  if (lapsed) ctx.log.info('evaluation corrections lapsed', { lapsed });
  return { checked, lapsed };
}
