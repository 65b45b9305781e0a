/** The talent pool (as searched) as an Excel workbook; personal data leaves here, so it is audited. */
import type { Talent } from '../../../core/contract';
import { formatShanghai } from '../../../core/rules/time';
import type { StationDoc } from '../../../core/store/docs';
import { buildWorkbook, safeFileName, storeExport, type Column } from '../../_shared/excel';
import { mustGet } from '../../_shared/records';
import { handler } from '../../_shared/runtime';
import { matchesKeyword, talentPool } from '../talent';

const COLUMNS: Column<Talent>[] = [
  { header: '姓名', width: 12, value: (t) => t.name },
  { header: '单位', width: 28, value: (t) => t.companyName },
  { header: '职务', width: 14, value: (t) => t.title },
  { header: '手机号', width: 14, value: (t) => t.mobile },
  { header: '参训次数', width: 10, value: (t) => t.attended },
  { header: '参加课程', width: 48, value: (t) => t.courses.join('；') },
  { header: '最近参训', width: 18, value: (t) => formatShanghai(t.lastAttendedAt) },
];

export default handler('training', 'exportTalentPool', async (ctx, input) => {
  ctx.authorize({ stationId: input.stationId });
  const station = await mustGet<StationDoc>(ctx.store, 'stations', input.stationId);
  const rows = (await talentPool(ctx.store, input.stationId)).filter((t) => matchesKeyword(t, input.keyword));
  const body = await buildWorkbook('人才库', COLUMNS, rows);
  const fileName = safeFileName(`${station.name}_培训人才库_${formatShanghai(ctx.clock.now(), 'YYYYMMDD')}`);
  const result = await storeExport(ctx.files, ctx.ids, station._id, fileName, body);
  await ctx.audit('export_talent_pool', station._id, { rows: rows.length, keyword: input.keyword ?? '' });
  return result;
});
