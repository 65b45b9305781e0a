/**
 * The annual evaluation in Chromium against the H5 build and the demo data (issue 14): the admin
 * opens a round on 年度评价 (every station, 钱评审 reviewing them, deadlines today) → the demo
 * chief self-evaluates, with one figure filled in from the records and one evidence photo → 钱评审
 * scores the station and records no veto → the admin publishes → the chief sees the grade and
 * downloads the PDF report, whose text names the station and the grade.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import type { StationEvaluation } from '../../core/contract';
import { DEFAULT_INDICATOR_SECTIONS } from '../../core/reference/evaluation-indicators';
import { itemsOf } from '../../core/rules/evaluation';
import {
  apiCall,
  apiLogin,
  button,
  current,
  input,
  logIn,
  openStage,
  openTool,
  phone,
  type Stage,
} from './browser-support';

const STATION = 'st-haidian-zgc';
const STATION_NAME = '中关村软件园知识产权公共服务工作站';
const ITEMS = itemsOf(DEFAULT_INDICATOR_SECTIONS);

let stage: Stage;
let photoDir: string;
let photoPath: string;
beforeAll(async () => {
  stage = await openStage();
  photoDir = mkdtempSync(join(tmpdir(), 'eval-photo-'));
  photoPath = join(photoDir, 'plaque.png');
  await QRCode.toFile(photoPath, 'station plaque', { type: 'png', width: 120 });
});
afterAll(async () => {
  await stage?.close();
  if (photoDir) rmSync(photoDir, { recursive: true, force: true });
});

/** Taro's H5 date picker: its default (today, the field's start) taken with 确定. */
async function pickDefaultDate(page: Page, name: string) {
  await current(page).locator(`[data-testid="choice-${name}"]`).click();
  const picker = page.locator('.weui-picker:visible');
  await picker.locator('.weui-picker__action', { hasText: '确定' }).click();
  await picker.waitFor({ state: 'hidden' });
  await current(page)
    .locator(`[data-testid="choice-${name}"]`, { hasText: /\d{4}-\d{2}-\d{2}/ })
    .waitFor();
}

/** Taro's H5 confirmation dialog (Taro.showModal): 确定. */
async function confirmDialog(page: Page, title: string) {
  const dialog = page.locator('.taro-modal__content:visible', { hasText: title });
  await dialog.locator('.taro-model__confirm').click();
  await dialog.waitFor({ state: 'hidden' });
}

const item = (page: Page, id: string) => current(page).locator(`[data-testid="indicator-item"][data-id="${id}"]`);

test('a round from opening to the chief’s grade and PDF', async () => {
  // The admin opens the round: every station, 钱评审 reviewing all, both deadlines today.
  const admin = await phone(stage);
  await logIn(admin, stage, 'admin', '市中心管理员');
  await openTool(admin, '年度评价');
  await button(admin, '新建评价').filter({ visible: true }).click();
  let view = current(admin);
  await view.locator('[data-testid="stations-all"]').click();
  await view.locator('[data-testid="reviewer"]', { hasText: '钱评审' }).locator('[data-testid="assign-all"]').click();
  await pickDefaultDate(admin, 'selfDeadline');
  await pickDefaultDate(admin, 'reviewDeadline');
  await button(admin, '创建评价轮次').filter({ visible: true }).click();
  view = current(admin);
  await view.locator('[data-testid="ranking"]').waitFor();
  const roundId = new URL(admin.url().replace('#/', '')).searchParams.get('roundId')!;
  expect(roundId).toMatch(/^round:/);

  // The chief self-evaluates: the consultations figure comes from the records, one photo of evidence.
  const chiefToken = await apiLogin(stage, 'chief');
  const server = await apiCall<StationEvaluation>(stage, chiefToken, 'evaluation', 'getStationEvaluation', { roundId });
  const consultations = server.answers['guidance.consultations']!.auto!;
  const chief = await phone(stage);
  await logIn(chief, stage, 'chief', '王站长');
  await chief.goto(`${stage.base}/#/packages/evaluation/pages/station/index?roundId=${encodeURIComponent(roundId)}`);
  const figure = item(chief, 'guidance.consultations').locator('[data-testid="auto-figure"]');
  await figure.waitFor();
  expect(await figure.innerText()).toContain(String(consultations.value));
  await item(chief, 'guidance.consultations')
    .getByText(/采用建议得分/)
    .click();
  for (const i of ITEMS) {
    if (i.id === 'guidance.consultations') continue;
    await input(chief, `answers.${i.id}.selfScore`).fill(String(i.maxScore * 0.8));
  }
  const chooser = chief.waitForEvent('filechooser');
  await item(chief, 'basic.rules').locator('[data-testid="attachment-add"]').click();
  await (await chooser).setFiles(photoPath);
  // Uploaded, not just previewed: the form holds 提交自评 while evidence is still uploading.
  await item(chief, 'basic.rules').locator('[data-testid="attachment"][data-status="done"]').waitFor();
  await button(chief, '提交自评').filter({ visible: true }).click();
  await confirmDialog(chief, '提交自评');
  await current(chief).locator('[data-testid="self-form"]').waitFor({ state: 'detached' });
  const submitted = await apiCall<StationEvaluation>(stage, chiefToken, 'evaluation', 'getStationEvaluation', {
    roundId,
  });
  expect(submitted.status).toBe('submitted');
  expect(submitted.answers['basic.rules']!.attachments).toHaveLength(1);
  expect(submitted.answers['guidance.consultations']!.selfScore).toBe(consultations.suggested);

  // 钱评审 scores every item at 90 % and records no veto.
  const reviewer = await phone(stage);
  await logIn(reviewer, stage, 'reviewer', '钱评审');
  await reviewer.goto(
    `${stage.base}/#/packages/evaluation/pages/station/index?roundId=${encodeURIComponent(roundId)}&stationId=${STATION}`,
  );
  await current(reviewer).locator('[data-testid="review-form"]').waitFor();
  for (const i of ITEMS) await input(reviewer, `scores.${i.id}`).fill(String(i.maxScore * 0.9));
  await button(reviewer, '提交评分').filter({ visible: true }).click();
  await confirmDialog(reviewer, '提交评分');
  await current(reviewer).locator('[data-testid="submitted-review"]').waitFor();
  expect(await current(reviewer).locator('[data-testid="vetoes"] [data-testid="veto"]').count()).toBe(0);

  // The admin publishes; the chief reads 优秀 and downloads the report.
  await admin.reload();
  await current(admin).locator('[data-testid="ranking"]').waitFor();
  await button(admin, '公布结果').filter({ visible: true }).click();
  await confirmDialog(admin, '公布结果');
  await current(admin).locator('[data-testid="published"]').waitFor();

  await chief.reload();
  const grade = current(chief).locator('[data-testid="result-grade"]');
  await grade.waitFor();
  expect(await grade.getAttribute('data-grade')).toBe('excellent');
  expect(await current(chief).locator('[data-testid="result-score"]').innerText()).toContain('90 分');
  const [download] = await Promise.all([
    chief.waitForEvent('download'),
    button(chief, '下载评价报告').filter({ visible: true }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/评价报告\.pdf$/);
  const text = execFileSync('pdftotext', ['-layout', (await download.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain(STATION_NAME);
  expect(text).toContain('评价结果：优秀');
});
