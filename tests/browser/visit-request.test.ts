/**
 * A visit and the service request it finds, in Chromium against the H5 build, one browser
 * context per person (issue 4):
 *  - the demo liaison logs a visit of the demo company on 登记走访: the company picked from the
 *    station's ledger, an earlier time and another form chosen on the pickers, findings, the
 *    summary shared with the company, an internal note, one need and one photo (a real PNG given
 *    to the file input Taro's H5 chooseImage opens); the visit page shows the uploaded photo;
 *  - the company user finds the request in 我的服务需求 (走访发现) and the visit in 走访记录,
 *    with the shared summary and the photo but without the findings or the internal note;
 *  - the liaison works the request from 需求队列: 受理, 开始办理, 办结 with a result (confirmed);
 *  - the company reads 已办结 with the result and rates it 5 stars with a comment; the rating
 *    stays after a reload, and the liaison reads it on the request.
 * Everything goes through the pages; no API shortcut is needed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { shanghaiDate } from '../../core/rules/time';
import { button, current, input, logIn, openStage, phone, type Stage, openTool } from './browser-support';

const COMPANY_NAME = '北京示例智能科技有限公司';
const MET = '陈总（总经理）';
const FINDINGS = '企业有两项核心算法尚未申请专利，研发人员对职务发明的归属不清楚';
const SUMMARY = '建议尽快就核心算法提交发明专利申请，并建立职务发明登记制度';
const NOTE = '企业负责人对收费服务比较抵触，后续以公益服务为主';
const NEED = '希望工作站指导两项核心算法的发明专利申请材料准备';
const RESULT = '已指导企业完成两份专利申请技术交底书，并推荐至保护中心预审';
const COMMENT = '指导细致，申请材料一次通过预审';
/** One line of a Taro H5 picker column (weui), in CSS pixels. */
const PICKER_LINE = 34;

let stage: Stage;
let photoDir: string;
let photoPath: string;
beforeAll(async () => {
  stage = await openStage();
  // A real PNG: the phone's image loader must decode it and the server checks its bytes.
  photoDir = mkdtempSync(join(tmpdir(), 'visit-photo-'));
  photoPath = join(photoDir, 'site.png');
  await QRCode.toFile(photoPath, 'visit photo', { type: 'png', width: 120 });
});
afterAll(async () => {
  await stage?.close();
  if (photoDir) rmSync(photoDir, { recursive: true, force: true });
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

/** The multi-line field of a form row (FormField's data-field). */
const textarea = (page: Page, name: string) => current(page).locator(`[data-field="${name}"] textarea`);

/** The picker that is open (Taro H5 puts it inside the page, over everything). */
const openPicker = (page: Page) => page.locator('.weui-picker:visible');

/**
 * Turns a column of the open picker by whole lines, as a finger would: dragging down shows
 * earlier entries, up later ones. The column answers mouse drags as it answers touches.
 */
async function turnColumn(page: Page, column: Locator, lines: number) {
  await column.hover(); // waits until the picker has slid in
  const box = (await column.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + lines * PICKER_LINE, { steps: 6 });
  await page.mouse.up();
}

async function confirmPicker(page: Page) {
  await openPicker(page).locator('.weui-picker__action', { hasText: '确定' }).click();
  await openPicker(page).waitFor({ state: 'hidden' });
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

test('a liaison logs a visit with a need and a photo; the company follows the request to its rating', async () => {
  // --- The liaison logs the visit.
  const liaison = await phone(stage);
  await logIn(liaison, stage, 'liaison', '李联络');
  await openTool(liaison, '登记走访');
  let view = current(liaison);

  await input(liaison, 'companyKeyword').fill('示例');
  await button(liaison, '搜索台账').filter({ visible: true }).click();
  await view.locator('[data-testid="company-option"]', { hasText: COMPANY_NAME }).click();
  await view.locator('[data-testid="company-picked"]', { hasText: COMPANY_NAME }).waitFor();

  // The visit was an hour ago (unless that is yesterday): the hour column one line down.
  const date = await view.locator('[data-testid="choice-visitedAt"]').innerText();
  expect(date).toBe(shanghaiDate(Date.now()));
  const shownTime = view.locator('[data-testid="choice-visitTime"]');
  const [hour, minute] = (await shownTime.innerText()).split(':').map(Number) as [number, number];
  const earlier = Math.max(hour - 1, 0);
  const time = `${String(earlier).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  await shownTime.click();
  if (earlier !== hour) await turnColumn(liaison, openPicker(liaison).locator('.weui-picker__group').first(), 1);
  await confirmPicker(liaison);
  await view.locator('[data-testid="choice-visitTime"]', { hasText: time }).waitFor();

  // 实地走访 is the default; this one was by phone (the next entry).
  await view.locator('[data-testid="choice-form"]').click();
  await turnColumn(liaison, openPicker(liaison).locator('.weui-picker__group'), -1);
  await confirmPicker(liaison);
  await view.locator('[data-testid="choice-form"]', { hasText: '电话走访' }).waitFor();

  await input(liaison, 'met').fill(MET);
  await view.locator('[data-testid="topic"]', { hasText: '知识产权申请引导' }).click();
  await view.locator('[data-testid="topic"][data-active="true"]', { hasText: '知识产权申请引导' }).waitFor();
  await textarea(liaison, 'findings').fill(FINDINGS);
  await textarea(liaison, 'sharedSummary').fill(SUMMARY);
  await textarea(liaison, 'internalNote').fill(NOTE);

  // One need: the picker's first category, and what the company needs.
  await button(liaison, '添加需求').filter({ visible: true }).click();
  const need = view.locator('[data-testid="need"]');
  await need.locator('[data-testid="choice-needs.0.category"]').click();
  await confirmPicker(liaison);
  await need.locator('[data-testid="choice-needs.0.category"]', { hasText: '知识产权政策宣贯' }).waitFor();
  await textarea(liaison, 'needs.0.description').fill(NEED);

  // One photo: Taro's H5 chooseImage clicks a file input it appends to the body.
  const chooser = liaison.waitForEvent('filechooser');
  await view.locator('[data-testid="photo-add"]').click();
  await (await chooser).setFiles(photoPath);
  await view.locator('[data-testid="photo"]').waitFor();
  expect(await view.locator('.photo-field__label').innerText()).toContain('（1/9）');

  await button(liaison, '提交走访记录').filter({ visible: true }).click();

  // The visit page it lands on: the station's view, with the uploaded photo shown.
  view = current(liaison);
  await view.locator('[data-testid="visit-internal-note"]', { hasText: NOTE }).waitFor();
  expect(await view.locator('[data-testid="visit-when"]').innerText()).toContain(`${date} ${time}`);
  expect(await view.locator('[data-testid="visit-form"]').innerText()).toContain('电话走访');
  expect(await view.locator('[data-testid="visit-findings"]').innerText()).toContain(FINDINGS);
  expect(await view.locator('[data-testid="visit-request"]').count()).toBe(1);
  const thumb = view.locator('[data-testid="visit-photos"] [data-testid="attachment-photo"] img');
  await thumb.waitFor();
  // Served back by the host: the browser decoded the stored bytes.
  await liaison.waitForFunction(
    (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    await thumb.elementHandle(),
  );

  // --- The company: the request in 我的服务需求, the visit in 走访记录 (shared part only).
  const company = await phone(stage);
  await logIn(company, stage, 'company', '张经理');
  await openTool(company, '服务需求');
  view = current(company);
  const card = view.locator('[data-testid="request"]', { hasText: NEED });
  await card.waitFor();
  expect(await card.locator('[data-testid="request-source"]').innerText()).toBe('走访发现');
  expect(await card.getAttribute('data-status')).toBe('submitted');

  await openMe(company);
  await openTool(company, '走访记录');
  view = current(company);
  await view.locator('[data-testid="visit"]', { hasText: SUMMARY }).click();
  view = current(company);
  await view.locator('[data-testid="visit-summary"]', { hasText: SUMMARY }).waitFor();
  await view.locator('[data-testid="visit-photos"] [data-testid="attachment-photo"]').waitFor();
  const visitText = await view.innerText();
  for (const hidden of [NOTE, '内部备注', FINDINGS, MET, NEED]) expect(visitText).not.toContain(hidden);

  // --- The liaison works the request from the queue: 受理, 开始办理, 办结.
  await openMe(liaison);
  await openTool(liaison, '需求队列');
  view = current(liaison);
  await view.locator('[data-testid="request"]', { hasText: NEED }).click();
  view = current(liaison);
  await statusTag(liaison, 'submitted').waitFor();
  expect(await view.locator('[data-testid="request-description"]').innerText()).toBe(NEED);
  await view.locator('[data-testid="request-steps"] .nut-button', { hasText: '受理' }).click();
  await statusTag(liaison, 'accepted').waitFor();
  await view.locator('[data-testid="request-steps"] .nut-button', { hasText: '开始办理' }).click();
  await statusTag(liaison, 'in_progress').waitFor();
  await view.locator('[data-testid="request-steps"] .nut-button', { hasText: '办结' }).click();
  const panel = view.locator('[data-testid="close-panel"]');
  await panel.locator('[data-field="result"] textarea').fill(RESULT);
  await panel.locator('.nut-button', { hasText: '确认办结' }).click();
  await confirmDialog(liaison, '办结需求');
  await statusTag(liaison, 'closed').waitFor();
  await view.locator('[data-testid="request-result"]', { hasText: RESULT }).waitFor();
  await view.locator('[data-testid="rating-none"]').waitFor();

  // --- The company reads the result and rates it.
  await openMe(company);
  await openTool(company, '服务需求');
  view = current(company);
  await view.locator('[data-testid="request"][data-status="closed"]', { hasText: NEED }).click();
  view = current(company);
  expect(await statusTag(company, 'closed').innerText()).toBe('已办结');
  await view.locator('[data-testid="request-result"]', { hasText: RESULT }).waitFor();
  const form = view.locator('[data-testid="rating-form"]');
  await form.locator('[data-testid="rating-input"] .nut-rate-item').nth(4).click();
  await form.locator('[data-testid="rating-word"]', { hasText: '非常满意' }).waitFor();
  await form.locator('[data-testid="rating-tag"]', { hasText: '解决了问题' }).click();
  await form.locator('[data-field="comment"] textarea').fill(COMMENT);
  await form.locator('.nut-button', { hasText: '提交评价' }).click();
  await view.locator('[data-testid="rating-shown"] [data-testid="rating-comment"]', { hasText: COMMENT }).waitFor();

  // Saved: a fresh load of the page shows it, and so does the liaison's.
  await company.reload();
  view = current(company);
  const shown = view.locator('[data-testid="rating-shown"]');
  await shown.locator('[data-testid="rating-comment"]', { hasText: COMMENT }).waitFor();
  expect(await shown.locator('[data-testid="rating-stars"]').getAttribute('data-value')).toBe('5');
  expect(await shown.innerText()).toContain('解决了问题');
  await view.locator('[data-testid="rating-editable"]').waitFor();

  await liaison.reload();
  view = current(liaison);
  await view.locator('[data-testid="rating-shown"] [data-testid="rating-comment"]', { hasText: COMMENT }).waitFor();
  expect(await view.innerText()).toContain('企业评价');

  for (const p of [liaison, company]) await p.context().close();
});
