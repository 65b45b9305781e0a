/**
 * Quick taps through pages in H5 never leave a blank screen: open a page from 工作台 and go back
 * as soon as it shows (before the router's transition could settle), several times, and 工作台 is
 * there each time with its content; then open another page straight after coming back, and it shows.
 */
import { current, logIn, openTool, openStage, phone, type Stage } from './browser-support';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

test('going back from a page the moment it opens shows 工作台 again, every time', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'company', '张经理');
  await page.goto(`${stage.base}/#/pages/work/index`);
  const work = () => current(page).locator('[data-testid="tools"]');
  await work().waitFor();

  // Each time the page is left the moment its content shows, well inside the router's
  // transition timers; 工作台 must then be the one page showing, with its content.
  const onePageShowing = () =>
    page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.taro_page')).filter((e) => (e as HTMLElement).offsetParent).length === 1,
      undefined,
      { timeout: 5000 },
    );
  for (let round = 0; round < 3; round++) {
    await openTool(page, '服务需求');
    await current(page).getByText('待受理', { exact: true }).first().waitFor();
    await page.goBack();
    await work().waitFor({ state: 'visible', timeout: 5000 });
    await onePageShowing();
    expect(await current(page).innerText()).toContain('企业与走访');
  }

  // Straight after coming back, the next page opens and stays.
  await openTool(page, '服务需求');
  await current(page).getByText('待受理', { exact: true }).first().waitFor({ timeout: 5000 });
  await page.context().close();
});
