/**
 * What a newcomer meets after `npm start`, in Chromium against the H5 build: on a host just
 * started with demo data (nothing set up by the test), the demo company user opens the demo
 * station from 服务网点, taps 预约咨询, picks a topic and the first free slot of any consultant,
 * submits, reads 预约成功, and finds the booking in 我的预约 next to the demo's own bookings.
 * The clock is real time: the demo's dates follow the day the host starts.
 */
import { formatShanghai } from '../../core/rules/time';
import { apiCall, apiLogin, button, current, logIn, openStage, phone, switchTab, type Stage } from './browser-support';

const ZGC = '中关村软件园知识产权公共服务工作站';
const QUESTION = '我们的软件产品想同时申请著作权和发明专利，应该先做哪一个？';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

test('a company books straight after a fresh start', async () => {
  const page = await phone(stage);
  await logIn(page, stage, 'company', '张经理');

  await switchTab(page, '服务网点');
  await page.locator('[data-testid="district-chip"]', { hasText: '海淀区' }).click();
  await page.locator('[data-testid="station-card"]', { hasText: ZGC }).click();
  await button(page, '预约咨询').filter({ visible: true }).click();

  let view = current(page);
  // The topic: the picker opens (an overlay outside the page) and its first entry is taken.
  await view.locator('[data-testid="choice-topic"]').click();
  await page.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
  await view.locator('[data-testid="choice-topic"]', { hasText: '知识产权' }).waitFor();
  // The demo's consultants have hours: a day with free slots is shown, and its first slot is taken.
  await view.locator('[data-testid="day"][data-active="true"]').waitFor();
  const slot = view.locator('[data-testid="slot"]').first();
  await slot.waitFor();
  expect(await view.innerText()).not.toContain('暂未开放咨询预约');
  const start = Number(await slot.getAttribute('data-start'));
  expect(start).toBeGreaterThan(Date.now());
  await slot.click();
  await view.locator('[data-testid="slot"][data-active="true"]').waitFor();
  await view.locator('[data-field="question"] textarea').fill(QUESTION);
  await button(page, '确认预约').filter({ visible: true }).click();

  const confirmation = view.locator('[data-testid="confirmation"]');
  await confirmation.waitFor();
  const confirmed = await confirmation.innerText();
  expect(confirmed).toContain('预约成功');
  expect(confirmed).toContain(formatShanghai(start, 'YYYY-MM-DD'));
  expect(confirmed).toContain(formatShanghai(start, 'HH:mm'));

  // 我的预约: the new booking, among the demo company's own (one coming, some done, one cancelled).
  const token = await apiLogin(stage, 'company');
  const list = await apiCall<{ items: Array<{ id: string; start: number; status: string }> }>(
    stage,
    token,
    'consult',
    'listBookings',
    { pageSize: 50 },
  );
  const created = list.items.find((b) => b.start === start && b.status === 'booked')!;
  expect(created).toBeDefined();
  await confirmation.locator('.nut-button', { hasText: '查看我的预约' }).click();
  view = current(page);
  const card = view.locator(`[data-testid="booking"][data-id="${created.id}"]`);
  await card.waitFor();
  expect(await card.getAttribute('data-status')).toBe('booked');
  expect(await card.innerText()).toContain(formatShanghai(start, 'HH:mm'));
  expect(await view.locator('[data-testid="booking"]').count()).toBeGreaterThan(3);
  await page.context().close();
});
