/**
 * Quick taps through pages in H5 never leave a blank screen: open a page from 我的 and go back
 * as soon as it shows (before the router's transition could settle), several times, and 我的 is
 * there each time with its content; then open another page straight after coming back, and it shows.
 */
import { current, logIn, openFromMe, openStage, phone, type Stage } from './browser-support';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

test('going back from a page the moment it opens shows 我的 again, every time', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'company', '张经理');
  await page.goto(`${stage.base}/#/pages/me/index`);
  const me = () => current(page).getByText('我的身份', { exact: true });
  await me().waitFor();

  // Each time the page is left the moment its content shows, well inside the router's
  // transition timers; 我的 must then be the one page showing, with its content.
  const onePageShowing = () =>
    page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.taro_page')).filter((e) => (e as HTMLElement).offsetParent).length === 1,
      undefined,
      { timeout: 5000 },
    );
  for (let round = 0; round < 3; round++) {
    await openFromMe(page, '服务需求');
    await current(page).getByText('待受理', { exact: true }).first().waitFor();
    await page.goBack();
    await me().waitFor({ state: 'visible', timeout: 5000 });
    await onePageShowing();
    expect(await current(page).innerText()).toContain('服务与管理');
  }

  // Straight after coming back, the next page opens and stays.
  await openFromMe(page, '服务需求');
  await current(page).getByText('待受理', { exact: true }).first().waitFor({ timeout: 5000 });
  await page.context().close();
});
