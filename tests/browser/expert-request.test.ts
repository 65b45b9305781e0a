/**
 * The expert loop of a service request (issue 12, 004 §8.4) in Chromium against the H5 build,
 * one browser context per person:
 *  - the demo chief opens 需求队列 (已受理), opens the demo company's accepted request, taps 指派,
 *    picks 赵专家 among the suggested candidates and 确认指派: the request shows 待接受指派 and
 *    him, with the answer's due time;
 *  - the expert finds it in 我的 → 我的指派 under 待接受 with its countdown, opens it and 接受 →
 *    办理中; he writes the 服务报告 (基本情况, 意见建议, 办理结果, 用时, 内部备注) and submits → 已办结;
 *  - the company reads 已办结 and the report in 我的服务需求 without the internal note, and rates
 *    it 2 stars with a comment;
 *  - the chief reads the rating on the request and the low-rating notice naming the expert in 消息,
 *    which opens the request.
 * Everything goes through the pages; no API shortcut is needed.
 */
import type { Page } from 'playwright-core';
import { current, logIn, openStage, phone, type Stage, openFromMe, openTool } from './browser-support';

const COMPANY_NAME = '北京示例智能科技有限公司';
/** The demo company's request the chief accepted (server/demo/requests.ts, 'accepted'). */
const DESCRIPTION = '希望了解知识产权质押融资的合作银行和评估机构，准备融资五百万元。';
const NOTE = '企业融资需求较急，请专家先梳理可质押的专利。';
const SITUATION = '企业有十二项有效发明专利，拟以其中五项质押融资五百万元。';
const ADVICE = '建议先做专利价值评估，选择与工作站合作的两家银行的知识产权质押贷款产品。';
const OUTCOME = '已为企业梳理可质押专利清单，并对接合作银行和评估机构各一家。';
const MINUTES = '90';
const INTERNAL = '企业财务状况一般，银行授信可能低于预期，回访时关注。';
const COMMENT = '专家答复太笼统，没有解决我们的融资问题';

let stage: Stage;
beforeAll(async () => {
  stage = await openStage();
});
afterAll(async () => {
  await stage?.close();
});

/**
 * 我的, freshly loaded (as after a refresh). Not by going back: Taro's H5 router finishes a page
 * transition on timers (~300 ms), and a back or a new page opened before they fired leaves a
 * page blank or unloads the wrong one — a race a test's speed keeps hitting.
 */
async function openMe(page: Page) {
  await page.goto(`${stage.base}/#/pages/me/index`);
  await page.reload();
  await current(page).getByText('我的身份', { exact: true }).waitFor();
}

/** Taro's H5 confirmation dialog (Taro.showModal): 确定. Its wrapper has no box; the content has. */
async function confirmDialog(page: Page, title: string) {
  const dialog = page.locator('.taro-modal__content:visible', { hasText: title });
  await dialog.locator('.taro-model__confirm').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** The request's status tag on its detail page. */
const statusTag = (page: Page, status: string) =>
  current(page).locator(`.request-detail__head [data-testid="request-status"][data-status="${status}"]`);

/** A step button of the request page. */
const step = (page: Page, text: string) =>
  current(page).locator('[data-testid="request-steps"] .nut-button', { hasText: text });

test('the chief assigns a request to the expert, who accepts and reports; the company reads and rates it', async () => {
  // --- The chief assigns the demo company's accepted request to 赵专家.
  const chief = await phone(stage);
  await logIn(chief, stage, 'chief', '王站长');
  await openTool(chief, '需求队列');
  let view = current(chief);
  await view.locator('[data-testid="status-filter"][data-value="accepted"]').click();
  await view.locator('[data-testid="status-filter"][data-value="accepted"][data-active="true"]').waitFor();
  const queued = view.locator('[data-testid="request"][data-status="accepted"]', { hasText: DESCRIPTION });
  expect(await queued.innerText()).toContain(COMPANY_NAME);
  await queued.click();

  view = current(chief);
  await statusTag(chief, 'accepted').waitFor();
  expect(await view.locator('[data-testid="request-description"]').innerText()).toBe(DESCRIPTION);
  await step(chief, '指派').click();
  const assign = view.locator('[data-testid="assign-panel"]');
  const expert = assign.locator('[data-testid="candidate"]', { hasText: '赵专家' });
  await expert.click();
  await assign.locator('[data-testid="candidate"][data-picked="true"]', { hasText: '赵专家' }).waitFor();
  await assign.locator('[data-field="note"] textarea').fill(NOTE);
  await assign.locator('.nut-button', { hasText: '确认指派' }).click();

  await statusTag(chief, 'assigned').waitFor();
  expect(await statusTag(chief, 'assigned').innerText()).toBe('待接受指派');
  expect(await view.locator('[data-testid="detail-assignee"]').innerText()).toContain(
    '赵专家（志愿服务专家） · 待接受',
  );
  await view.locator('[data-testid="detail-respond-by"] [data-testid="request-due"][data-overdue="false"]').waitFor();
  expect(await view.innerText()).toContain(NOTE);

  // --- The expert: 我的指派 → 待接受 with the countdown; 接受.
  const expertPage = await phone(stage);
  await logIn(expertPage, stage, 'expert', '赵专家');
  await openTool(expertPage, '我的指派');
  view = current(expertPage);
  const waiting = view.locator('[data-testid="assigned-waiting"] [data-testid="request"]', { hasText: DESCRIPTION });
  await waiting.waitFor();
  expect(await waiting.getAttribute('data-status')).toBe('assigned');
  const due = waiting.locator('[data-testid="request-due"]');
  expect(await due.getAttribute('data-overdue')).toBe('false');
  // Two days from the assignment a moment ago: 「剩余 1天23小时」 (more if a work calendar skips a weekend).
  expect(await due.innerText()).toMatch(/^剩余 \d+天/);
  await waiting.click();

  view = current(expertPage);
  await statusTag(expertPage, 'assigned').waitFor();
  expect(await view.locator('[data-testid="request-description"]').innerText()).toBe(DESCRIPTION);
  await step(expertPage, '接受').click();
  await statusTag(expertPage, 'in_progress').waitFor();
  expect(await statusTag(expertPage, 'in_progress').innerText()).toBe('办理中');

  // --- He writes the 服务报告 and submits it (after confirming): 已办结.
  await step(expertPage, '填写服务报告').click();
  const report = view.locator('[data-testid="report-panel"]');
  await report.locator('[data-field="situation"] textarea').fill(SITUATION);
  await report.locator('[data-field="advice"] textarea').fill(ADVICE);
  await report.locator('[data-field="outcome"] textarea').fill(OUTCOME);
  await report.locator('taro-input-core[name="minutesSpent"] input').fill(MINUTES);
  await report.locator('[data-field="internalNote"] textarea').fill(INTERNAL);
  await report.locator('.nut-button', { hasText: '提交报告' }).click();
  await confirmDialog(expertPage, '提交服务报告');
  await statusTag(expertPage, 'closed').waitFor();
  const written = view.locator('[data-testid="request-report"]');
  await written.waitFor();
  expect(await written.innerText()).toContain(OUTCOME);
  // He wrote it: he reads his internal note too.
  await view.locator('[data-testid="report-internal-note"]', { hasText: INTERNAL }).waitFor();

  // --- The company: 已办结 with the report, without its internal note; rates it 2 stars.
  const company = await phone(stage);
  await logIn(company, stage, 'company', '张经理');
  await openTool(company, '服务需求');
  view = current(company);
  await view.locator('[data-testid="status-filter"][data-value="closed"]').click();
  await view
    .locator('[data-testid="request"][data-status="closed"]', { hasText: DESCRIPTION })
    .filter({ hasText: '赵专家' })
    .click();
  view = current(company);
  await statusTag(company, 'closed').waitFor();
  expect(await statusTag(company, 'closed').innerText()).toBe('已办结');
  const card = view.locator('[data-testid="request-report"]');
  await card.waitFor();
  const cardText = await card.innerText();
  for (const text of [SITUATION, ADVICE, OUTCOME, '赵专家']) expect(cardText).toContain(text);
  expect(cardText).toContain('90分钟');
  const companyText = await view.innerText();
  expect(companyText).not.toContain(INTERNAL);
  expect(companyText).not.toContain('内部备注');
  expect(await view.locator('[data-testid="report-internal-note"]').count()).toBe(0);

  const form = view.locator('[data-testid="rating-form"]');
  await form.locator('[data-testid="rating-input"] .nut-rate-item').nth(1).click();
  await form.locator('[data-testid="rating-word"]', { hasText: '不满意' }).waitFor();
  await form.locator('[data-field="comment"] textarea').fill(COMMENT);
  await form.locator('.nut-button', { hasText: '提交评价' }).click();
  await view.locator('[data-testid="rating-shown"] [data-testid="rating-comment"]', { hasText: COMMENT }).waitFor();
  expect(await view.locator('[data-testid="rating-shown"]').innerText()).toContain('站长会联系您');

  // --- The chief: the low-rating notice in 消息 names the expert and opens the request with the rating.
  await openMe(chief);
  await openFromMe(chief, '消息');
  view = current(chief);
  const notice = view
    .locator('[data-testid="notice"]', { hasText: '服务需求收到低分评价，请跟进' })
    .filter({ hasText: '赵专家' });
  await notice.waitFor();
  const noticeText = await notice.innerText();
  expect(noticeText).toContain('评价为 2 星');
  expect(noticeText).toContain(COMPANY_NAME);
  await notice.click();
  view = current(chief);
  await statusTag(chief, 'closed').waitFor();
  expect(await view.locator('[data-testid="request-description"]').innerText()).toBe(DESCRIPTION);
  const shown = view.locator('[data-testid="rating-shown"]');
  await shown.locator('[data-testid="rating-comment"]', { hasText: COMMENT }).waitFor();
  expect(await shown.locator('[data-testid="rating-stars"]').getAttribute('data-value')).toBe('2');
  // The station reads the report with its internal note, and cannot change the company's rating.
  await view.locator('[data-testid="report-internal-note"]', { hasText: INTERNAL }).waitFor();
  expect(await view.locator('.nut-button', { hasText: '修改评价' }).count()).toBe(0);

  for (const p of [chief, expertPage, company]) await p.context().close();
});
