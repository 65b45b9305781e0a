/**
 * The export figures of `npm run bench`, in a process of its own so its RSS is the export's: a
 * month of SMALL then LARGE consultations of one station streamed to .xlsx with the export code
 * (scanAll → streamWorkbook, the 月报's detail sheet), timed, with the RSS before and its peak
 * while each runs (sampled every 5 ms); the large file is read back and compared with the
 * records. Prints JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { shanghaiInstant } from '../core/rules/time';
import type { ConsultationRecordDoc } from '../core/store/docs';
import { sheet, streamWorkbook } from '../cloudfunctions/_shared/excel';
import { RECORD_COLUMNS } from '../cloudfunctions/_shared/export-columns';
import { scanAll } from '../cloudfunctions/_shared/paging';
import { openSqliteStore } from '../server/store/sqlite-store';
import { rawInserter } from './bench-raw-insert';

const SMALL = Number(process.env.BENCH_EXPORT_SMALL ?? 5_000);
const LARGE = Number(process.env.BENCH_EXPORT_LARGE ?? 50_000);
const mb = (bytes: number) => bytes / 1024 / 1024;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const store = openSqliteStore(join(dir, 'export.db'));
  const db = store.rawDatabase();
  const insert = rawInserter(store, 'consultation_records');
  const seed = (station: string, n: number) =>
    db.transaction(() => {
      const start = shanghaiInstant('2026-06-01', '08:00');
      for (let i = 0; i < n; i++) {
        const doc = {
          _id: `rec-${station}-${i}`,
          stationId: station,
          stationName: '基准工作站',
          companyId: `co-${i % 3000}`,
          companyName: `北京基准${i % 3000}科技有限公司`,
          consultantId: `u-${i % 30}`,
          consultantName: `咨询人员${i % 30}`,
          consultedAt: start + Math.floor((i / n) * 29 * 86_400_000),
          channel: 'phone',
          category: 'application',
          summary: `企业咨询第${i}个问题：发明专利申请的流程、费用和审查周期，以及如何提高授权率。`,
          answer: '介绍了申请流程、费用减缴政策和优先审查条件，建议先做查新检索。',
          durationMinutes: 10 + (i % 50),
          followUp: false,
          attachments: [],
          rightsClue: false,
          createdBy: `u-${i % 30}`,
          createdByName: `咨询人员${i % 30}`,
          createdAt: start,
        };
        insert(doc);
      }
    })();
  seed('st-small', SMALL);
  seed('st-large', LARGE);
  const within = { $gte: shanghaiInstant('2026-06-01'), $lt: shanghaiInstant('2026-07-01') };

  /** Exports one station's month, sampling the RSS every 5 ms while it runs (its own peak, not the seeding's). */
  const run = async (station: string) => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const t0 = process.hrtime.bigint();
    const out = await streamWorkbook([
      sheet({
        name: '咨询记录',
        columns: RECORD_COLUMNS,
        rows: scanAll<ConsultationRecordDoc>(
          store,
          'consultation_records',
          { stationId: station, consultedAt: within },
          ['consultedAt', 'asc'],
        ),
      }),
    ]);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { out, seconds, rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak) };
  };
  const small = await run('st-small');
  const large = await run('st-large');

  const workbook = new Workbook();
  await workbook.xlsx.load(large.out.body as unknown as ArrayBuffer);
  let rows = 0;
  let minutes = 0;
  workbook.getWorksheet('咨询记录')!.eachRow((row, i) => {
    if (i === 1) return;
    rows++;
    minutes += Number(row.getCell(8).value);
  });
  let expected = 0;
  for (let i = 0; i < LARGE; i++) expected += 10 + (i % 50);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    JSON.stringify({
      small: {
        rows: small.out.rows,
        seconds: small.seconds,
        rssBeforeMb: small.rssBeforeMb,
        peakRssMb: small.peakRssMb,
      },
      large: {
        rows: large.out.rows,
        seconds: large.seconds,
        rssBeforeMb: large.rssBeforeMb,
        peakRssMb: large.peakRssMb,
      },
      readBackEqual: rows === LARGE && minutes === expected,
      bytes: large.out.body.byteLength,
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
