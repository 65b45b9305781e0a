/**
 * The round as an Excel workbook (the admin's): the ranking with grades and vetoes, then every
 * reviewer's score of every item, station by station — the figures a funding decision reads.
 */
import { EVAL_VETO } from '../../../core/enums';
import { itemsOf } from '../../../core/rules/evaluation';
import { formatShanghai } from '../../../core/rules/time';
import type { EvalReviewDoc, EvalVetoDoc } from '../../../core/store/docs';
import { safeFileName, sheet, storeExport, streamWorkbook, type Column } from '../../_shared/excel';
import { findAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import type { ResultRow } from '../../../core/contract';
import { rankedResults } from '../ranking';
import { loadRound, loadSet } from '../records';
import { reviewTotal } from '../../_shared/evaluation-results';

const RESULT_COLUMNS: Column<ResultRow>[] = [
  { header: '排名', width: 6, value: (r) => r.rank ?? '' },
  { header: '站点', width: 34, value: (r) => r.stationName },
  { header: '得分', width: 8, value: (r) => r.score ?? '' },
  { header: '等级', width: 8, value: (r) => r.gradeLabel },
  { header: '有效评审人数', width: 12, value: (r) => r.reviewers },
];

export default handler('evaluation', 'exportRound', async (ctx, input) => {
  const round = await loadRound(ctx.store, input.roundId);
  const set = await loadSet(ctx.store, round.setId);
  const items = itemsOf(set.sections);
  const names = new Map(round.stations.map((s) => [s.id, s.name]));
  const reviews = await findAll<EvalReviewDoc>(ctx.store, 'eval_reviews', { roundId: round._id });
  const vetoes = (
    await Promise.all(
      round.stationIds.map((s) => findAll<EvalVetoDoc>(ctx.store, 'eval_vetoes', { roundId: round._id, stationId: s })),
    )
  ).flat();
  const scoreColumns: Column<EvalReviewDoc>[] = [
    { header: '站点', width: 34, value: (r) => names.get(r.stationId) ?? r.stationId },
    { header: '评审专家', width: 12, value: (r) => r.reviewerName },
    {
      header: '状态',
      width: 8,
      value: (r) => ({ pending: '待评审', submitted: '已提交', conflict: '已回避' })[r.status],
    },
    { header: '合计', width: 8, value: (r) => (r.status === 'submitted' ? reviewTotal(set.sections, r.scores) : '') },
    ...items.map((i): Column<EvalReviewDoc> => ({
      header: `${i.title}（${i.maxScore}）`,
      width: 14,
      value: (r) => new Map(Object.entries(r.scores)).get(i.id) ?? '',
    })),
    { header: '评审意见', width: 40, value: (r) => r.comment },
  ];
  const { body } = await streamWorkbook([
    sheet({
      name: '评价结果',
      preamble: [
        [`${round.title}（${round.year}年度，指标表第${round.setVersion}版）`],
        [`导出于 ${formatShanghai(ctx.clock.now())}`],
      ],
      columns: RESULT_COLUMNS,
      rows: await rankedResults(ctx, round),
    }),
    sheet({ name: '专家评分', columns: scoreColumns, rows: reviews }),
    sheet({
      name: '一票否决',
      columns: [
        { header: '站点', width: 34, value: (v: EvalVetoDoc) => names.get(v.stationId) ?? v.stationId },
        { header: '否决情形', width: 36, value: (v: EvalVetoDoc) => EVAL_VETO.labels[v.condition] },
        { header: '事实与证据', width: 50, value: (v: EvalVetoDoc) => v.evidence },
        { header: '记录人', width: 12, value: (v: EvalVetoDoc) => (v.automatic ? '系统（逾期未补正）' : v.byName) },
        { header: '记录时间', width: 18, value: (v: EvalVetoDoc) => formatShanghai(v.at) },
      ],
      rows: vetoes,
    }),
  ]);
  const fileName = safeFileName(`${round.title}_评价结果_${formatShanghai(ctx.clock.now(), 'YYYYMMDD')}`);
  const result = await storeExport(ctx.files, ctx.ids, 'evaluation', fileName, body);
  await ctx.audit('export_round', round._id, { stations: round.stationIds.length });
  return result;
});
