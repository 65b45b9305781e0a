/**
 * 服务评价档案 (004 §9.3): one station's year in one place — its published annual evaluations
 * (grade, score, veto), its kept 服务评价 records (internal and external evaluation), its
 * complaints (by status, each listed), the satisfaction per service kind from the statistics
 * rollups, and its improvement actions (open, overdue, done). Each part is a
 * bounded read of one station's year.
 */
import { periodRange, stationScope } from '../../../core/rules/rollups';
import { shanghaiDate, shanghaiInstant } from '../../../core/rules/time';
import type {
  ComplaintDoc,
  EvalIndicatorSetDoc,
  EvalReviewDoc,
  EvalRoundDoc,
  EvalSubmissionDoc,
  EvalVetoDoc,
  ImprovementDoc,
  ServiceReviewDoc,
  StationDoc,
} from '../../../core/store/docs';
import type { ServiceReview } from '../../../core/contract';
import { resultOf } from '../../_shared/evaluation-results';
import { invalidField } from '../../_shared/errors';
import { findAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { catchUp, countersFor } from '../../_shared/rollups';
import { handler, type HandlerContext } from '../../_shared/runtime';
import { complaintsByStatus, ratingsOf } from '../figures';
import { improvementView } from '../views';

async function publishedEvaluations(ctx: Pick<HandlerContext, 'store'>, stationId: string, year: number) {
  const submissions = await findAll<EvalSubmissionDoc>(ctx.store, 'eval_submissions', { stationId });
  const rounds = (
    await Promise.all(submissions.map((s) => ctx.store.get<EvalRoundDoc>('eval_rounds', s.roundId)))
  ).filter((r): r is EvalRoundDoc => !!r && r.year === year && r.status === 'published');
  return Promise.all(
    rounds.map(async (round) => {
      const set = await mustGet<EvalIndicatorSetDoc>(ctx.store, 'eval_indicator_sets', round.setId);
      const [reviews, vetoes] = await Promise.all([
        findAll<EvalReviewDoc>(ctx.store, 'eval_reviews', { roundId: round._id, stationId }),
        findAll<EvalVetoDoc>(ctx.store, 'eval_vetoes', { roundId: round._id, stationId }),
      ]);
      const r = resultOf(round, set.sections, reviews, vetoes);
      return { roundId: round._id, title: round.title, gradeLabel: r.gradeLabel, score: r.score, vetoed: r.vetoed };
    }),
  );
}

export default handler('quality', 'stationArchive', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw invalidField('stationId', '服务站点', '请选择服务站点');
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const from = `${input.year}-01-01`;
  const to = `${input.year}-12-31`;
  const within = { $gte: shanghaiInstant(from), $lt: shanghaiInstant(`${input.year + 1}-01-01`) };

  const complaints = await findAll<ComplaintDoc>(ctx.store, 'complaints', { stationId, createdAt: within }, [
    ['createdAt', 'desc'],
  ]);
  await catchUp(ctx, 2000);
  const c = await countersFor(ctx.store, stationScope(stationId), periodRange('year', from));
  const improvements = await findAll<ImprovementDoc>(
    ctx.store,
    'improvements',
    { stationId, dueDate: { $gte: from, $lte: to } },
    [['dueDate', 'asc']],
  );
  const kept = await findAll<ServiceReviewDoc>(
    ctx.store,
    'service_reviews',
    { stationId, from: { $gte: from, $lte: to } },
    [['from', 'asc']],
  );
  const today = shanghaiDate(ctx.clock.now());
  const items = await Promise.all(improvements.map((d) => improvementView(ctx.files, d, today)));
  return {
    stationId,
    stationName: station.name,
    year: input.year,
    evaluations: await publishedEvaluations(ctx, stationId, input.year),
    complaints: {
      total: complaints.length,
      byStatus: complaintsByStatus(complaints),
      items: complaints.map((x) => ({ id: x._id, label: x.subjectLabel, status: x.status, createdAt: x.createdAt })),
    },
    ratings: ratingsOf(c),
    reviews: kept.map((k) => {
      const r = k.review as unknown as ServiceReview;
      return {
        id: k._id,
        label: k.label,
        savedAt: k.savedAt,
        savedByName: k.savedByName,
        findings: r.findings.map((f) => f.text),
        checks: r.internal.map((c) => ({ title: c.title, rate: c.rate })),
      };
    }),
    improvements: {
      total: items.length,
      open: items.filter((i) => i.status === 'open').length,
      overdue: items.filter((i) => i.overdue).length,
      items,
    },
  };
});
