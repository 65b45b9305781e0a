/**
 * A station's evaluation report as a PDF (report-pdf.ts): the station's chief once the round is
 * published (nothing of the score before: 000's confidentiality), the admin at any time.
 */
import { AppError } from '../../../core/errors';
import { safeFileName, storeExport } from '../../_shared/excel';
import { handler } from '../../_shared/runtime';
import { stationOf } from '../access';
import { authorizedStation } from '../load';
import { loadSet, loadSubmission, reviewsOf, vetoesOf } from '../records';
import { stationReportPdf } from '../report-pdf';
import { resultOf } from '../../_shared/evaluation-results';

export default handler('evaluation', 'stationReport', async (ctx, input) => {
  const stationId = stationOf(ctx, input.stationId);
  const { round, side } = await authorizedStation(ctx, input.roundId, stationId);
  if (side !== 'admin' && round.status !== 'published') {
    throw new AppError('FORBIDDEN', '评价结果公布后才能查看评价报告');
  }
  const [set, submission, reviews, vetoes] = await Promise.all([
    loadSet(ctx.store, round.setId),
    loadSubmission(ctx.store, round._id, stationId),
    reviewsOf(ctx.store, round._id, stationId),
    vetoesOf(ctx.store, round._id, stationId),
  ]);
  const result = resultOf(round, set.sections, reviews, vetoes);
  const body = await stationReportPdf({
    round,
    set,
    submission,
    reviews,
    vetoes,
    result,
    generatedAt: ctx.clock.now(),
  });
  const fileName = safeFileName(`${submission.stationName}_${round.title}_评价报告`, 'pdf');
  const stored = await storeExport(ctx.files, ctx.ids, `evaluation/${stationId}`, fileName, body, 'application/pdf');
  await ctx.audit('report', `${round._id}:${stationId}`, {});
  return stored;
});
