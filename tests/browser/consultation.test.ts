/**
 * The whole consultation, in Chromium against the H5 build, one browser context per person:
 *  - the demo liaison publishes availability (over the API, as their availability page does);
 *  - the demo company user, on a phone set to New York time, books one of the liaison's slots on
 *    the book page (day, slot, question) and the confirmation shows the Shanghai time;
 *  - the liaison finds it in 今日咨询 (on the booking's day) and writes the archive record, with
 *    an internal note;
 *  - the company opens 我的咨询档案, sees the record without the internal note and rates it 2 stars;
 *  - the chief gets the inbox notice asking to follow it up, which opens the record with the
 *    rating, and sees it in 本站评价 with the consultant's average.
 * The clock is real time: the slot is whatever the calendar offers first (≥ 2 h ahead).
 */
import type { Page } from 'playwright-core';
import { formatShanghai, shanghaiDate } from '../../core/rules/time';
import {
  apiCall,
  apiLogin,
  button,
  current,
  logIn,
  openStage,
  phone,
  type Stage,
  openFromMe,
  openTool,
} from './browser-support';

const STATION = 'st-haidian-zgc';
const LIAISON_ID = 'wx_demo-liaison';
const QUESTION = '我们准备申请发明专利，想了解预审和优先审查的条件';
const ANSWER = '符合条件的可向保护中心申请预审，预审通过后进入快速审查通道';
const NOTE = '企业对费用较敏感，回访时说明资助政策';
const COMMENT = '答复比较笼统，问题没有完全解决';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

/** Types into the multi-line field of a form row (FormField's data-field). */
const textarea = (page: Page, name: string) => current(page).locator(`[data-field="${name}"] textarea`);

test('a company books, the liaison archives, the company rates it 2 stars, the chief sees it', async () => {
  // The liaison's weekly pattern: every day 08:00–20:00, one-hour slots on site.
  const liaisonToken = await apiLogin(stage, 'liaison');
  await apiCall(stage, liaisonToken, 'consult', 'saveAvailability', {
    stationId: STATION,
    consultantId: LIAISON_ID,
    rules: [
      {
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        start: '08:00',
        end: '20:00',
        slotMinutes: 60,
        channel: 'onsite',
        location: '一层咨询室',
      },
    ],
    exceptions: [],
  });

  // --- The company books, on a phone whose clock is New York's.
  const company = await phone(stage, { timezoneId: 'America/New_York' });
  await logIn(company, stage, 'company', '张经理');
  await company.goto(`${stage.base}/#/packages/consult/pages/book/index?stationId=${STATION}`);
  let view = current(company);
  await view.locator('[data-testid="consultant"]', { hasText: '李联络' }).click();
  await view.locator('[data-testid="consultant"][data-active="true"]', { hasText: '李联络' }).waitFor();
  // The topic: the picker opens (an overlay outside the page) and its first entry is taken.
  await view.locator('[data-testid="choice-topic"]').click();
  await company.locator('.weui-picker__action:visible', { hasText: '确定' }).click();
  await view.locator('[data-testid="choice-topic"]', { hasText: '知识产权' }).waitFor();
  // The first day with free slots is shown; take its first slot (the server offers only slots ≥ 2 h ahead).
  const day = view.locator('[data-testid="day"][data-active="true"]');
  await day.waitFor();
  const slot = view.locator('[data-testid="slot"]').first();
  await slot.waitFor();
  const start = Number(await slot.getAttribute('data-start'));
  expect(start).toBeGreaterThan(Date.now() + 2 * 3_600_000 - 60_000);
  expect(await day.getAttribute('data-date')).toBe(shanghaiDate(start));
  await slot.click();
  await view.locator('[data-testid="slot"][data-active="true"]').waitFor();
  const when = `${formatShanghai(start, 'YYYY-MM-DD')} `;
  const hours = `${formatShanghai(start, 'HH:mm')}–${formatShanghai(start + 3_600_000, 'HH:mm')}`;
  await textarea(company, 'question').fill(QUESTION);
  await button(company, '确认预约').filter({ visible: true }).click();
  const confirmation = view.locator('[data-testid="confirmation"]');
  await confirmation.waitFor();
  const confirmed = await confirmation.innerText();
  expect(confirmed).toContain('预约成功');
  // Shanghai wall-clock time, though this phone is in New York.
  expect(confirmed).toContain(when);
  expect(confirmed).toContain(hours);
  expect(confirmed).toContain('李联络');

  // --- The liaison finds it on its day in 今日咨询 and writes the record.
  const liaison = await phone(stage);
  await logIn(liaison, stage, 'liaison', '李联络');
  await openTool(liaison, '今日咨询');
  view = current(liaison);
  const date = view.locator('[data-testid="day-date"]');
  await date.filter({ hasText: '（今天）' }).waitFor();
  const bookingDay = shanghaiDate(start);
  for (let i = 0; i < 3 && !(await date.innerText()).includes(bookingDay); i++) {
    const before = await date.innerText();
    await view.locator('[data-testid="day-next"]').click();
    await date.filter({ hasNotText: before }).waitFor();
  }
  await date.filter({ hasText: bookingDay }).waitFor();
  // The demo company may have another booking that day: this one is known by its hours.
  const booking = view.locator('[data-testid="day-booking"]', { hasText: '北京示例智能科技有限公司' }).filter({
    hasText: hours,
  });
  await booking.waitFor();
  expect(await booking.innerText()).toContain(hours);
  await booking.locator('.nut-button', { hasText: '写咨询记录' }).click();

  view = current(liaison);
  await view.locator('[data-testid="record-booking"]').waitFor();
  expect(await textarea(liaison, 'summary').inputValue()).toBe(QUESTION);
  await textarea(liaison, 'answer').fill(ANSWER);
  await textarea(liaison, 'internalNote').fill(NOTE);
  await button(liaison, '提交归档').filter({ visible: true }).click();
  await current(liaison).locator('[data-testid="record-internal-note"]', { hasText: NOTE }).waitFor();

  // --- The company reads its archive: the record, no internal note; rates it 2 stars.
  await company.goto(`${stage.base}/#/pages/me/index`);
  await openTool(company, '我的咨询档案');
  view = current(company);
  await view.locator('[data-testid="record"]').first().click();
  view = current(company);
  await view.locator('[data-testid="record-answer"]', { hasText: ANSWER }).waitFor();
  const recordText = await view.innerText();
  expect(recordText).not.toContain('内部备注');
  expect(recordText).not.toContain(NOTE);
  expect(await view.locator('[data-testid="record-when"]').innerText()).toContain(formatShanghai(start));
  const form = view.locator('[data-testid="rating-form"]');
  await form.waitFor();
  await form.locator('[data-testid="rating-input"] .nut-rate-item').nth(1).click();
  await form.locator('[data-testid="rating-word"]', { hasText: '不满意' }).waitFor();
  await form.locator('[data-testid="rating-tag"]', { hasText: '问题未解决' }).click();
  await form.locator('[data-testid="rating-tag"][data-active="true"]', { hasText: '问题未解决' }).waitFor();
  await form.locator('[data-field="comment"] textarea').fill(COMMENT);
  await form.locator('.nut-button', { hasText: '提交评价' }).click();
  const shown = view.locator('[data-testid="rating-shown"]');
  await shown.waitFor();
  expect(await shown.innerText()).toContain(COMMENT);
  expect(await view.locator('[data-testid="rating-editable"]').innerText()).toMatch(/^可在 .+ 前修改$/);

  // --- The chief: the inbox asks to follow the low rating up and opens the record with it;
  // 本站评价 lists it with the consultant's average.
  const chief = await phone(stage);
  await logIn(chief, stage, 'chief', '王站长');
  await openFromMe(chief, '消息');
  view = current(chief);
  // The demo has a low rating of the expert's already: this notice names the liaison.
  const notice = view
    .locator('[data-testid="notice"]', { hasText: '收到低分评价，请跟进' })
    .filter({ hasText: '李联络' });
  await notice.waitFor();
  expect(await notice.innerText()).toContain('评价为 2 星');
  await notice.click();
  view = current(chief);
  await view.locator('[data-testid="rating-shown"]', { hasText: COMMENT }).waitFor();
  expect(await view.innerText()).toContain(NOTE); // the station reads the internal note
  expect(await view.locator('.nut-button', { hasText: '修改评价' }).count()).toBe(0);

  await chief.goto(`${stage.base}/#/packages/consult/pages/station-ratings/index`);
  view = current(chief);
  const rating = view.locator('[data-testid="rating"]', { hasText: COMMENT });
  await rating.waitFor();
  expect(await rating.innerText()).toContain('李联络');
  expect(await rating.innerText()).toContain('需跟进');
  // The averages the server keeps, with the demo station's earlier ratings: shown to one decimal.
  const stats = await apiCall<{ average: number; consultants: Array<{ consultantId: string; average: number }> }>(
    stage,
    await apiLogin(stage, 'chief'),
    'archive',
    'listRatings',
    { stationId: STATION },
  );
  const liaisonAverage = stats.consultants.find((c) => c.consultantId === LIAISON_ID)!.average;
  expect(liaisonAverage).toBeLessThan(5);
  expect(await view.locator('[data-testid="rating-average"]').innerText()).toBe(stats.average.toFixed(1));
  expect(await view.locator('[data-testid="consultant-average"]', { hasText: '李联络' }).innerText()).toContain(
    liaisonAverage.toFixed(1),
  );

  for (const p of [company, liaison, chief]) await p.context().close();
});
