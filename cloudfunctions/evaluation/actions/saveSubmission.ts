/**
 * The station's self-evaluation (自评): each item's own score, note and evidence; a figure the
 * records give may be typed over only with a written justification. Kept as a draft until
 * submitted; then read-only, unless a reviewer returns it for correction (补正) — resubmitting
 * in time answers the correction. Every item needs a self-score to submit, and the figures from
 * the records are kept as they were at that moment. Only items of the round's table are taken.
 */
import { AppError } from '../../../core/errors';
import { itemsOf } from '../../../core/rules/evaluation';
import type { EvalAnswer, EvalSubmissionDoc } from '../../../core/store/docs';
import { claimAttachments } from '../../_shared/attachments';
import { invalidField } from '../../_shared/errors';
import { handler } from '../../_shared/runtime';
import { stationOf } from '../access';
import { autoFigures } from '../auto-fill';
import { authorizedStation, presentStation } from '../load';
import { loadSet, submissionId } from '../records';
import { editable } from '../views';

export default handler('evaluation', 'saveSubmission', async (ctx, input) => {
  const stationId = stationOf(ctx, undefined);
  const { round, side } = await authorizedStation(ctx, input.roundId, stationId);
  const set = await loadSet(ctx.store, round.setId);
  const items = new Map(itemsOf(set.sections).map((i) => [i.id, i]));
  const id = submissionId(round._id, stationId);
  const current = (await ctx.store.get<EvalSubmissionDoc>('eval_submissions', id))!;
  const kept = new Map(Object.entries(current.answers));
  const answers: Record<string, EvalAnswer> = {};
  for (const [itemId, a] of Object.entries(input.answers)) {
    const item = items.get(itemId);
    if (!item) throw invalidField('answers', '自评内容', `指标 ${itemId} 不在本轮指标表中`);
    if (a.selfScore !== undefined && a.selfScore > item.maxScore) {
      throw invalidField('answers', '自评内容', `「${item.title}」自评分不能超过 ${item.maxScore} 分`);
    }
    if (a.value !== undefined && item.auto && !a.justification) {
      throw invalidField('answers', '自评内容', `「${item.title}」修改系统数据须填写修改理由`);
    }
    answers[itemId] = {
      ...(a.selfScore !== undefined ? { selfScore: a.selfScore } : {}),
      ...(a.value !== undefined ? { value: a.value } : {}),
      ...(a.justification ? { justification: a.justification } : {}),
      ...(a.note ? { note: a.note } : {}),
      attachments: await claimAttachments(ctx, a.attachments ?? [], kept.get(itemId)?.attachments ?? [], '佐证材料'),
    };
  }
  if (input.submit) {
    const missing = [...items.values()].find((i) => answers[i.id]?.selfScore === undefined);
    if (missing) throw invalidField('answers', '自评内容', `请填写「${missing.title}」的自评分后再提交`);
  }
  const figures = input.submit ? await autoFigures(ctx, stationId, round.year) : undefined;
  const now = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    const s = (await tx.get<EvalSubmissionDoc>('eval_submissions', id))!;
    if (!editable(round, s, now)) {
      throw new AppError('CONFLICT', s.status === 'submitted' ? '自评已提交，不能再修改' : '自评已截止，不能再修改');
    }
    await tx.updateById('eval_submissions', id, {
      set: {
        answers,
        updatedAt: now,
        ...(input.submit ? { status: 'submitted', submittedAt: now, figures } : {}),
      },
    });
  });
  if (input.submit) await ctx.audit('submit', id, { roundId: round._id, stationId });
  return presentStation(ctx, round, stationId, side);
});
