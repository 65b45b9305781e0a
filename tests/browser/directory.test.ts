/**
 * The service network as people use it, in Chromium against the H5 build:
 *  - the demo company user logs in, browses a district, opens a station and reads its item list;
 *  - the chief logs in, edits an item of their station and sees the change.
 */
import { button, input, logIn, openStage, phone, openTool, switchTab, type Stage } from './browser-support';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

const ZGC = '中关村软件园知识产权公共服务工作站';

test('a company user logs in, browses a district, opens a station and sees its service items', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'company', '张经理');
  await switchTab(page, '服务网点');

  // Tab pages stay in the DOM once visited (hidden), so look only at the station cards.
  const cards = page.locator('[data-testid="station-card"]');
  // All districts first: stations of several districts are listed.
  await cards.filter({ hasText: '朝阳区快速维权中心' }).waitFor();
  await page.locator('[data-testid="district-chip"]', { hasText: '海淀区' }).click();
  await cards.filter({ hasText: '朝阳区快速维权中心' }).waitFor({ state: 'detached' });
  await cards.filter({ hasText: ZGC }).waitFor();
  const texts = await cards.allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  for (const t of texts) expect(t).toContain('海淀区');

  await cards.filter({ hasText: ZGC }).click();
  const items = page.locator('[data-testid="service-item"]');
  await items.first().waitFor();
  const body = await page.locator('body').innerText();
  for (const label of [
    '知识产权业务咨询',
    '软件著作权登记指导',
    '服务对象',
    '办理流程',
    '办理时限',
    '咨询电话',
    '监督电话',
  ]) {
    expect(body).toContain(label);
  }
  // A company user cannot edit the station.
  expect(await page.locator('[data-testid="editor-actions"]').count()).toBe(0);
  expect(await page.locator('[data-testid="item-edit"]').count()).toBe(0);
  await page.context().close();
});

test('the chief edits an item of their station and sees it change', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'chief', '王站长');
  await openTool(page, '本站信息与服务事项');
  const first = page.locator('[data-testid="service-item"]').first();
  await first.waitFor();
  await first.locator('[data-testid="item-edit"]').click();

  const name = input(page, 'name');
  await name.waitFor();
  await name.fill('知识产权业务咨询（含线上）');
  await input(page, 'timeLimit').fill('当场答复；复杂问题1个工作日内');
  await button(page, '保存').click();

  await page.locator('[data-testid="service-item"]', { hasText: '知识产权业务咨询（含线上）' }).waitFor();
  expect(await page.locator('body').innerText()).toContain('复杂问题1个工作日内');

  // Stored for everyone: the public API now returns the new name.
  const res = await fetch(`${stage.base}/api/fn/directory`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'getStation', stationId: 'st-haidian-zgc' }),
  });
  const json = (await res.json()) as { data: { items: Array<{ name: string }> } };
  expect(json.data.items.map((i) => i.name)).toContain('知识产权业务咨询（含线上）');
  await page.context().close();
});
