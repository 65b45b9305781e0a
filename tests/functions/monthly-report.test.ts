/**
 * 月报 through the host (stats.exportMonthly): the chief's station's month as a workbook that
 * reads back — the figures first (本月 / 上月 / 去年同月 and each breakdown), then every record of
 * the month on its own sheet, with Chinese headers and Shanghai times. Every row is written: a
 * month of 1,205 consultations (more than a CloudBase page of 1,000) comes back whole, and another
 * month's records stay out.
 */
import { Workbook, type Worksheet } from 'exceljs';
import { stampedStore } from '../../cloudfunctions/_shared/change-stamps';
import type { Me } from '../../core/contract';
import type { Store } from '../../core/ports';
import { shanghaiInstant } from '../../core/rules/time';
import { seedRecord } from '../support/archive-seed';
import { expectError, expectOk, startTestHost, type TestHost } from '../support/host';
import { seedVisit } from '../support/visit-seed';

let t: TestHost;
let chief: string;
let stationId: string;
let store: Store;
/** A month long before the demo data: only what this test writes is in it. */
const MONTH = '2023-06';
const RECORDS = 1205;

beforeAll(async () => {
  t = await startTestHost();
  chief = await t.login('chief');
  const me = expectOk<Me>(await t.call('account', 'me', {}, chief));
  stationId = me.memberships.find((m) => m.id === me.actingId)!.stationId!;
  store = stampedStore(t.host.store, t.clock);
  const company = (await t.host.store.find<{ _id: string }>('companies', { where: { stationId }, limit: 1 }))[0]!._id;
  const start = shanghaiInstant('2023-06-01', '09:00');
  for (let i = 0; i < RECORDS; i++) {
    await seedRecord(store, t.clock.now(), stationId, company, {
      consultedAt: start + (i % 29) * 86_400_000 + i * 1000,
      channel: i % 3 === 0 ? 'onsite' : 'phone',
    });
  }
  await seedRecord(store, t.clock.now(), stationId, company, { consultedAt: shanghaiInstant('2023-05-31', '23:30') });
  await seedVisit(store, t.clock.now(), stationId, company, { visitedAt: shanghaiInstant('2023-06-30', '23:59') });
}, 60_000);
afterAll(() => t.close());

async function download(url: string): Promise<Workbook> {
  const res = await fetch(t.baseUrl + url);
  expect(res.status).toBe(200);
  const workbook = new Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

/** A sheet's rows as arrays of cell values (exceljs rows are 1-based). */
const rowsOf = (sheet: Worksheet) => {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('月报', () => {
  let workbook: Workbook;
  let fileName: string;
  beforeAll(async () => {
    const out = expectOk(await t.call('stats', 'exportMonthly', { month: MONTH }, chief));
    fileName = out.fileName;
    workbook = await download(out.url);
  }, 60_000);

  it('is named for the station and the month', () => {
    expect(fileName).toMatch(/_2023年6月月报_\d{8}\.xlsx$/);
  });

  it('puts the figures first, then each kind of record, in the order the district reads them', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '统计',
      '咨询记录',
      '走访记录',
      '服务需求',
      '培训',
      '咨询评价',
      '需求评价',
      '线索移交',
    ]);
    const figures = rowsOf(workbook.getWorksheet('统计')!);
    expect(String(figures[0]![0])).toContain('2023年6月月报');
    expect(figures[2]).toEqual(['板块', '指标', '本月', '上月', '去年同月']);
    expect(figures.find((r) => r[1] === '咨询次数（次）')).toEqual(['咨询', '咨询次数（次）', RECORDS, 1, 0]);
    // Every third consultation (i = 0, 3, …, 1203: 402 of them) was on site, the other 803 by phone.
    expect(figures.find((r) => r[1] === '按渠道：电话')?.[2]).toBe(803);
    expect(figures.find((r) => r[1] === '按渠道：现场')?.[2]).toBe(402);
  });

  it('writes every consultation of the month, past the 1,000-row page, and none of another month', () => {
    const rows = rowsOf(workbook.getWorksheet('咨询记录')!);
    expect(rows[0]!.slice(0, 5)).toEqual(['咨询时间', '企业', '咨询人员', '方式', '类别']);
    expect(rows).toHaveLength(RECORDS + 1);
    // Shanghai time, oldest first: the first is 1 June 09:00, none from 31 May.
    expect(rows[1]![0]).toBe('2023-06-01 09:00');
    expect(rows.slice(1).every((r) => String(r[0]).startsWith('2023-06'))).toBe(true);
  });

  it('counts a visit at 23:59 Shanghai on the last day in the month', () => {
    const visits = rowsOf(workbook.getWorksheet('走访记录')!);
    expect(visits).toHaveLength(2);
    expect(visits[1]![0]).toBe('2023-06-30 23:59');
  });

  it('refuses a month that is not one', async () => {
    expectError(await t.call('stats', 'exportMonthly', { month: '2023-6' }, chief), 'INVALID_INPUT');
  });
});
