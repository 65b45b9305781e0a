/**
 * Statistics in Chromium against the H5 build and the demo data (issue 13):
 *  - the demo chief opens 工作台 → 统计分析: the station's month with the previous month and last
 *    year beside it, the trend and breakdown charts drawn (SVG), the numbers equal to what the
 *    server answers; exports the 月报 and reads the file back; switching to 年 shows the year,
 *    and stepping back shows the year before;
 *  - the admin opens 全市统计, ranks the stations, picks two and compares them on one chart and
 *    table, then drills down into one station's statistics;
 *  - 海淀区's district admin opens 全区统计: only the district's stations, titled for the district;
 *    drills into the demo station and opens its visits (the picker's district filter:
 *    tests/ui/ledger-pages.test.tsx).
 */
import type { Page } from 'playwright-core';
import { Workbook } from 'exceljs';
import type { CityRow, StationStats } from '../../core/contract';
import { shanghaiDate } from '../../core/rules/time';
import { apiCall, apiLogin, current, logIn, openTool, openStage, phone, type Stage } from './browser-support';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

const figureCell = (page: Page, id: string) =>
  current(page).locator(`[data-testid="stat-figure"][data-figure="${id}"] .stat-table__cell--now`);

test('the chief reads the month’s statistics with charts, then the year and the year before', async () => {
  const today = shanghaiDate(Date.now());
  const token = await apiLogin(stage, 'chief');
  const month = await apiCall<StationStats>(stage, token, 'stats', 'stationStats', {
    period: { kind: 'month', anchor: today },
  });
  const consults = month.sections.flatMap((s) => s.figures).find((f) => f.id === 'consult')!;
  expect(consults.value).toBeGreaterThan(0); // the demo has consultations this month

  const chief = await phone(stage);
  await logIn(chief, stage, 'chief', '王站长');
  await openTool(chief, '统计分析');
  const view = current(chief);
  await view.locator('[data-testid="stat-scope"]', { hasText: month.scopeName }).waitFor();
  expect(await view.locator('[data-testid="period-label"]').innerText()).toBe(month.period.label);
  expect(await view.locator('[data-testid="stat-scope"]').innerText()).toContain(
    `对比 ${month.previous.label} 与 ${month.lastYear.label}`,
  );
  expect(await figureCell(chief, 'consult').innerText()).toBe(`${consults.value} 次`);
  // The trend and the breakdowns are drawn: each chart holds an SVG with marks.
  await view
    .locator('[data-testid="stat-trend"] [data-testid="stat-chart"] svg path')
    .first()
    .waitFor({ state: 'attached' });
  expect(await view.locator('[data-testid="stat-chart"] svg').count()).toBeGreaterThanOrEqual(3);
  // A drawn chart has its axes, grid and the series: many marks, and a visible size.
  expect(await view.locator('[data-testid="stat-trend"] svg path').count()).toBeGreaterThan(10);
  expect((await view.locator('[data-testid="stat-trend"] svg').boundingBox())!.height).toBeGreaterThan(100);

  // 导出月报: the download reads back with the month's figures first.
  const [download] = await Promise.all([
    chief.waitForEvent('download'),
    view.locator('[data-testid="export-monthly"]').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`_${month.period.label}月报_\\d{8}\\.xlsx$`));
  const workbook = new Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  expect(workbook.worksheets.map((s) => s.name).slice(0, 3)).toEqual(['统计', '咨询记录', '走访记录']);
  const figures: unknown[][] = [];
  workbook.getWorksheet('统计')!.eachRow((row) => figures.push((row.values as unknown[]).slice(1)));
  expect(figures.find((r) => r[1] === '咨询次数（次）')?.[2]).toBe(consults.value);
  let records = 0;
  workbook.getWorksheet('咨询记录')!.eachRow(() => records++);
  expect(records - 1).toBe(consults.value); // every consultation of the month, one row each

  await view.locator('[data-testid="period-kind"][data-value="year"]').click();
  const year = today.slice(0, 4);
  await view.locator('[data-testid="period-label"]', { hasText: `${year}年` }).waitFor();
  const yearly = await apiCall<StationStats>(stage, token, 'stats', 'stationStats', {
    period: { kind: 'year', anchor: today },
  });
  const yearConsults = yearly.sections.flatMap((s) => s.figures).find((f) => f.id === 'consult')!;
  await figureCell(chief, 'consult')
    .filter({ hasText: `${yearConsults.value} 次` })
    .waitFor();
  expect(yearConsults.value).toBeGreaterThanOrEqual(consults.value!);

  await view.locator('[data-testid="period-prev"]').click();
  await view.locator('[data-testid="period-label"]', { hasText: `${Number(year) - 1}年` }).waitFor();
  // Nothing can be later than the current year: 下一年 is off there.
  await view.locator('[data-testid="period-next"]').click();
  await view.locator('[data-testid="period-label"]', { hasText: `${year}年` }).waitFor();
  await view.locator('[data-testid="period-next"]').click();
  expect(await view.locator('[data-testid="period-label"]').innerText()).toBe(`${year}年`);
});

test('the admin ranks the stations, compares two and drills down into one', async () => {
  const today = shanghaiDate(Date.now());
  const token = await apiLogin(stage, 'admin');
  const city = await apiCall<{ rows: CityRow[] }>(stage, token, 'stats', 'cityStats', {
    period: { kind: 'month', anchor: today },
  });
  const byConsults = [...city.rows].sort((a, b) => (b.figures.consult ?? 0) - (a.figures.consult ?? 0));
  const [first, second] = byConsults as [CityRow, CityRow];

  const admin = await phone(stage);
  await logIn(admin, stage, 'admin', '市中心管理员');
  await openTool(admin, '全市统计');
  const view = current(admin);
  await view.locator('[data-testid="city-row"]').first().waitFor();
  expect(await view.locator('[data-testid="city-row"]').count()).toBe(city.rows.length);
  // Ranked by 咨询 first: the busiest station leads.
  expect(await view.locator('[data-testid="city-row"]').first().getAttribute('data-station')).toBe(first.stationId);

  await view
    .locator(`[data-testid="city-row"][data-station="${first.stationId}"] [data-testid="compare-pick"]`)
    .click();
  await view
    .locator(`[data-testid="city-row"][data-station="${second.stationId}"] [data-testid="compare-pick"]`)
    .click();
  const compare = view.locator('[data-testid="stat-compare"]');
  await compare.waitFor();
  expect(await compare.innerText()).toContain(first.name);
  expect(await compare.innerText()).toContain(second.name);
  expect(await compare.locator('[data-figure="consult"]').innerText()).toContain(`${first.figures.consult} 次`);
  await compare.locator('[data-testid="stat-chart"] svg path').first().waitFor({ state: 'attached' });

  // Drill-down: the station's own statistics, named.
  await view.locator(`[data-testid="city-row"][data-station="${first.stationId}"] .stat-rank__name`).click();
  await current(admin).locator('[data-testid="stat-scope"]', { hasText: first.name }).waitFor();
});

test('the district admin sees the district’s stations only and drills into one’s visits', async () => {
  const today = shanghaiDate(Date.now());
  const token = await apiLogin(stage, 'district');
  const city = await apiCall<{ rows: CityRow[] }>(stage, token, 'stats', 'cityStats', {
    period: { kind: 'month', anchor: today },
  });
  const visits = await apiCall<{ total: number }>(stage, token, 'visit', 'listVisits', {
    stationId: 'st-haidian-zgc',
    pageSize: 1,
  });

  const district = await phone(stage);
  await logIn(district, stage, 'district', '海淀区管理员');
  await openTool(district, '全区统计');
  const view = current(district);
  await view.locator('[data-testid="city-row"]').first().waitFor();
  expect(await view.locator('[data-testid="city-row"]').count()).toBe(city.rows.length);
  const shown = await view
    .locator('[data-testid="city-row"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-station')));
  expect(shown.every((id) => id?.startsWith('st-haidian'))).toBe(true);
  expect(await view.locator('.stat-page__range').innerText()).toContain('海淀区');
  await district.waitForFunction(
    () => document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === '海淀区统计',
  );

  // Drill-down: the station's statistics, then its visits, all of them.
  await view.locator('[data-testid="city-row"][data-station="st-haidian-zgc"] .stat-rank__name').click();
  const stats = current(district);
  await stats.locator('[data-testid="stat-scope"]', { hasText: '中关村' }).waitFor();
  await stats.locator('[data-testid="station-links"]').getByText('走访记录').click();
  await current(district)
    .locator('[data-testid="visits-summary"]', { hasText: `共 ${visits.total} 次走访` })
    .waitFor();
});

test('the chief reads what companies ask about, plans a suggested visit and drafts a suggested training', async () => {
  const chief = await phone(stage);
  await logIn(chief, stage, 'chief', '王站长');
  await openTool(chief, '企业关注');
  const view = current(chief);
  // The demo's companies asked about licensing four times this week: a training is suggested,
  // with the questions behind it, and a visit to the company never visited.
  const training = view.locator('[data-testid="suggestion"][data-suggestion="training:category:licensing"]');
  await training.waitFor();
  expect(await training.innerText()).toContain('次咨询涉及「知识产权转让、许可」');
  expect(await view.locator('[data-testid="insight-keywords"]').innerText()).toContain('许可');

  const visit = view.locator('[data-testid="suggestion"]', { hasText: '北京蓝海环保科技有限公司' });
  await visit.locator('[data-testid="plan-visit"]').click();
  await visit.getByText('已安排走访').waitFor();

  await training.locator('[data-testid="draft-training"]').click();
  const form = current(chief);
  await form.locator('taro-input-core[name="title"] input').waitFor();
  expect(await form.locator('taro-input-core[name="title"] input').inputValue()).toBe('知识产权转让、许可专题培训');
});
