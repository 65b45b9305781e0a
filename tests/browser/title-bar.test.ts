/**
 * The H5 title bar (Taro's navigation bar, app.config.ts): every page shows the title WeChat shows
 * (its navigationBarTitleText); a page above another has a back control that goes back; a page
 * opened straight from a link has one that goes to the first tab; a tab page has neither.
 */
import type { Page } from 'playwright-core';
import { current, logIn, openTool, openStage, phone, type Stage } from './browser-support';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

const bar = (page: Page) => page.locator('#taro-navigation-bar');
const back = (page: Page) => bar(page).locator('.taro-navigation-bar-back');
const home = (page: Page) => bar(page).locator('.taro-navigation-bar-home');

async function expectTitle(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === t,
    text,
    { timeout: 5000 },
  );
  expect(await bar(page).isVisible()).toBe(true);
}

test('a tab page shows its title and no back control; a page opened from it shows its own and goes back', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'company', '张经理');
  await page.goto(`${stage.base}/#/pages/work/index`);
  await current(page).locator('[data-testid="tools"]').waitFor();
  await expectTitle(page, '工作台');
  expect(await back(page).isVisible()).toBe(false);
  expect(await home(page).isVisible()).toBe(false);

  await openTool(page, '服务需求');
  await current(page).getByText('待受理', { exact: true }).first().waitFor();
  await expectTitle(page, '我的服务需求');
  expect(await back(page).isVisible()).toBe(true);

  await back(page).click();
  await current(page).locator('[data-testid="tools"]').waitFor();
  await expectTitle(page, '工作台');
  expect(await back(page).isVisible()).toBe(false);
  expect(page.url()).toMatch(/#\/pages\/work\/index$/);
  await page.context().close();
});

test('a page opened straight from a link shows its title and a control that leads to the first tab', async () => {
  const page = await phone(stage);
  await page.goto(`${stage.base}/#/packages/training/pages/list/index`);
  await expectTitle(page, '培训');
  expect(await back(page).isVisible()).toBe(false);
  expect(await home(page).isVisible()).toBe(true);

  await home(page).click();
  await expectTitle(page, '首页');
  expect(page.url()).toMatch(/#\/pages\/home\/index/);
  expect(await home(page).isVisible()).toBe(false);
  expect(await back(page).isVisible()).toBe(false);
  await page.context().close();
});
