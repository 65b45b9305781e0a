/**
 * Opens a round of the annual evaluation: the year, the stations evaluated, the indicator table
 * version, the reviewers (each assigned stations), the deadlines, what a missed correction means
 * (000's veto, or review as submitted) and the grade thresholds. Each station gets its empty
 * self-evaluation and each (station, reviewer) pair its review document — the assignment the
 * policy's 'assigned' scope reads. Reviewers must hold the 评审专家 role; the stations must exist.
 */
import { AppError, isAppError } from '../../../core/errors';
import { DEFAULT_GRADES } from '../../../core/rules/evaluation';
import type {
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  MembershipDoc,
  StationDoc,
  UserDoc,
} from '../../../core/store/docs';
import { invalidField } from '../../_shared/errors';
import { firstAttempt, mustGet, submissionId as requestKey } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { ensureDefaultSet, loadSet, reviewId, submissionId } from '../records';
import { roundView } from '../views';

export default handler('evaluation', 'createRound', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const now = ctx.clock.now();
  if (input.reviewDeadline < input.selfDeadline) {
    throw invalidField('reviewDeadline', '评审截止日期', '不能早于自评截止日期');
  }
  const grades = input.grades ?? DEFAULT_GRADES;
  if (!(grades.excellent > grades.good && grades.good > grades.pass)) {
    throw invalidField('grades', '等级分数线', '应依次为 优秀 > 良好 > 合格');
  }
  await ensureDefaultSet(ctx.store, now);
  const set = await loadSet(ctx.store, input.setId);
  const stationIds = [...new Set(input.stationIds)];
  const stations = await Promise.all(stationIds.map((id) => mustGet<StationDoc>(ctx.store, 'stations', id)));
  const reviewers = await Promise.all(
    input.reviewers.map(async (r) => {
      const grant = await ctx.store.get<MembershipDoc>('memberships', `${r.userId}:reviewer:all`);
      const user = await ctx.store.get<UserDoc>('users', r.userId);
      if (!grant || grant.status !== 'active' || !user) {
        throw invalidField('reviewers', '评审专家', '所选人员不是评审专家，请先发放评审专家邀请码');
      }
      const outside = r.stationIds.find((s) => !stationIds.includes(s));
      if (outside) throw invalidField('reviewers', '评审专家', '分配的站点须在参评站点之内');
      return { userId: r.userId, name: user.displayName, stationIds: [...new Set(r.stationIds)] };
    }),
  );
  const round: EvalRoundDoc = {
    _id: requestKey(`round:${input.year}-`, caller.userId, input.clientRequestId, 16),
    year: input.year,
    title: input.title,
    setId: set._id,
    setVersion: set.version,
    status: 'open',
    stations: stations.map((s) => ({ id: s._id, name: s.name })),
    stationIds,
    selfDeadline: input.selfDeadline,
    reviewDeadline: input.reviewDeadline,
    correctionDays: input.correctionDays,
    lapse: input.lapse,
    grades,
    createdAt: now,
    createdBy: caller.userId,
  };
  try {
    await ctx.store.insert('eval_rounds', round);
  } catch (e) {
    if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    const first = await firstAttempt<EvalRoundDoc>(ctx.store, 'eval_rounds', round._id, caller.userId);
    if (first) return roundView(first);
    throw new AppError('CONFLICT', '提交冲突，请重新提交');
  }
  for (const s of stations) {
    const submission: EvalSubmissionDoc = {
      _id: submissionId(round._id, s._id),
      roundId: round._id,
      stationId: s._id,
      stationName: s.name,
      status: 'draft',
      answers: {},
      updatedAt: now,
    };
    await ctx.store.insert('eval_submissions', submission);
  }
  for (const r of reviewers) {
    for (const stationId of r.stationIds) {
      const review: EvalReviewDoc = {
        _id: reviewId(round._id, stationId, r.userId),
        roundId: round._id,
        stationId,
        reviewerId: r.userId,
        reviewerName: r.name,
        status: 'pending',
        scores: {},
        comment: '',
        updatedAt: now,
      };
      await ctx.store.insert('eval_reviews', review);
    }
  }
  await ctx.audit('open-round', round._id, {
    year: round.year,
    stations: stationIds.length,
    reviewers: reviewers.length,
  });
  await ctx.notifyAll(
    reviewers.map((r) => ({
      userId: r.userId,
      kind: 'evaluation.assigned',
      title: '评价评审任务',
      body: `${round.title}：请于${round.reviewDeadline}前完成 ${r.stationIds.length} 个站点的评审`,
    })),
  );
  return roundView(round);
});
