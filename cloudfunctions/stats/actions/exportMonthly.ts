/**
 * 月报: a station's month as one workbook, in the order a district office reads it — the figures
 * (本月 / 上月 / 去年同月, then each breakdown) on the first sheet, then every consultation, visit,
 * service request, training, rating and clue referral of the month, one sheet each. Every row is
 * written: each detail sheet streams its records a page at a time (scanAll), whatever their number.
 * A chief exports their station's, an admin any station's. Personal data leaves here: audited.
 */
import { AppError } from '../../../core/errors';
import { periodRange, stationScope } from '../../../core/rules/rollups';
import { formatShanghai, shanghaiInstant, addDays } from '../../../core/rules/time';
import type {
  ClueReferralDoc,
  ConsultationRecordDoc,
  RatingDoc,
  RequestRatingDoc,
  ServiceRequestDoc,
  StationDoc,
  TrainingSessionDoc,
  VisitDoc,
} from '../../../core/store/docs';
import type { StatSection } from '../../../core/rules/stat-figures';
import { safeFileName, sheet, storeExport, streamWorkbook, type Column } from '../../_shared/excel';
import {
  RATING_COLUMNS,
  RECORD_COLUMNS,
  REFERRAL_COLUMNS,
  REQUEST_COLUMNS,
  REQUEST_RATING_COLUMNS,
  TRAINING_COLUMNS,
  VISIT_COLUMNS,
} from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { figuresOf } from '../figures';

interface FigureRow {
  section: string;
  label: string;
  value: string | number;
  previous: string | number;
  lastYear: string | number;
}

const shown = (v: number | null, unit: string) => (v === null ? '—' : unit === '%' ? `${v}%` : v);

/** The first sheet's rows: every figure, then every breakdown item, section by section. */
function figureRows(sections: StatSection[]): FigureRow[] {
  return sections.flatMap((s) => [
    ...s.figures.map((f) => ({
      section: s.title,
      label: f.unit && f.unit !== '%' ? `${f.label}（${f.unit}）` : f.label,
      value: shown(f.value, f.unit),
      previous: shown(f.previous, f.unit),
      lastYear: shown(f.lastYear, f.unit),
    })),
    ...(s.chart?.items ?? []).map((i) => ({
      section: s.title,
      label: `${s.chart!.title}：${i.name}`,
      value: i.value,
      previous: '',
      lastYear: '',
    })),
  ]);
}

const FIGURE_COLUMNS: Column<FigureRow>[] = [
  { header: '板块', width: 12, value: (r) => r.section },
  { header: '指标', width: 30, value: (r) => r.label },
  { header: '本月', width: 12, value: (r) => r.value },
  { header: '上月', width: 12, value: (r) => r.previous },
  { header: '去年同月', width: 12, value: (r) => r.lastYear },
];

export default handler('stats', 'exportMonthly', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const stationId = input.stationId ?? caller.acting?.stationId;
  if (!stationId) throw new AppError('INVALID_INPUT', '请选择要导出月报的站点', { stationId: '站点：请选择站点' });
  ctx.authorize({ stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', stationId);
  const month = periodRange('month', `${input.month}-01`);
  // A report is complete: the rollup catches up entirely before its figures are read.
  const figures = await figuresOf(ctx, stationScope(stationId), { kind: 'month', anchor: month.from }, stationId, true);
  const from = shanghaiInstant(month.from);
  const to = shanghaiInstant(addDays(month.to, 1));
  const within = { $gte: from, $lt: to };
  const { store } = ctx;

  const { body, rows } = await streamWorkbook([
    sheet({
      name: '统计',
      preamble: [
        [`${station.name} ${figures.period.label}月报`],
        [
          `统计期间 ${month.from} 至 ${month.to}，对比 ${figures.previous.label} 与 ${figures.lastYear.label}；生成于 ${formatShanghai(ctx.clock.now())}`,
        ],
      ],
      columns: FIGURE_COLUMNS,
      rows: figureRows(figures.sections),
    }),
    sheet({
      name: '咨询记录',
      columns: RECORD_COLUMNS,
      rows: scanAll<ConsultationRecordDoc>(store, 'consultation_records', { stationId, consultedAt: within }, [
        'consultedAt',
        'asc',
      ]),
    }),
    sheet({
      name: '走访记录',
      columns: VISIT_COLUMNS,
      rows: scanAll<VisitDoc>(store, 'visits', { stationId, visitedAt: within }, ['visitedAt', 'asc']),
    }),
    sheet({
      name: '服务需求',
      columns: REQUEST_COLUMNS,
      rows: scanAll<ServiceRequestDoc>(store, 'service_requests', { stationId, createdAt: within }, [
        'createdAt',
        'asc',
      ]),
    }),
    sheet({
      name: '培训',
      columns: TRAINING_COLUMNS,
      rows: scanAll<TrainingSessionDoc>(store, 'trainings', { stationId, startAt: within }, ['startAt', 'asc']),
    }),
    sheet({
      name: '咨询评价',
      columns: RATING_COLUMNS,
      rows: scanAll<RatingDoc>(store, 'ratings', { stationId, ratedAt: within }, ['ratedAt', 'asc']),
    }),
    sheet({
      name: '需求评价',
      columns: REQUEST_RATING_COLUMNS,
      rows: scanAll<RequestRatingDoc>(store, 'request_ratings', { stationId, ratedAt: within }, ['ratedAt', 'asc']),
    }),
    sheet({
      name: '线索移交',
      columns: REFERRAL_COLUMNS,
      rows: scanAll<ClueReferralDoc>(store, 'clue_referrals', { fromStationId: stationId, createdAt: within }, [
        'createdAt',
        'asc',
      ]),
    }),
  ]);
  const fileName = safeFileName(
    `${station.name}_${figures.period.label}月报_${formatShanghai(ctx.clock.now(), 'YYYYMMDD')}`,
  );
  const result = await storeExport(ctx.files, ctx.ids, stationId, fileName, body);
  await ctx.audit('export_monthly', stationId, { month: input.month, rows });
  return result;
});
