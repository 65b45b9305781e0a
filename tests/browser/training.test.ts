/**
 * A training from publication to its ratings, in Chromium against the H5 build, one browser
 * context per person (issue 5):
 *  - the demo chief publishes a session on 发布培训 (a custom title, the lecturer, the venue; the
 *    form's own proposal for the time: a week ahead, 09:00–11:30, sign-up until the day before);
 *  - the demo company user finds it in 培训报名, signs up on its page and reads 已报名;
 *  - on the day, a quarter of an hour before the start, the chief opens 签到二维码 from the session
 *    page; the QR image on the screen is decoded with the real zbarimg, and the company user
 *    opens the URL it holds: 签到成功, and the chief's live count says 1 checked in;
 *  - after the end the invitation job asks the trainee to rate it: from 消息 they give stars,
 *    pick choices and write a comment; the chief reads the count, the average and the comment
 *    on 评价结果, reached from 培训管理.
 * Nothing is shortened: instead of waiting a week and two hours, the test moves the clock on —
 * the host's (every server rule: sign-up deadline, check-in window, survey open, invitations)
 * and each phone's (Playwright's clock, so the pages agree with the server about "now").
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Clock } from '../../core/ports';
import { MINUTE_MS, addDays, shanghaiDate, shanghaiInstant } from '../../core/rules/time';
import { button, current, input, logIn, openStage, phone, type Stage, openFromMe, openTool } from './browser-support';

const ZBARIMG = '/usr/bin/zbarimg';
const TITLE = '专利申请实务与技术交底书撰写';
const LECTURER = '刘律师';
const VENUE = '中关村软件园 3 号楼报告厅';
const MOBILE = '13800138000';
const COMMENT = '案例很实用，希望下次多讲讲审查意见答复';

/** The host's clock: real time plus however far the test has moved it on. */
let shift = 0;
const clock: Clock = { now: () => Date.now() + shift };

let stage: Stage;
let scratch: string;
const phones: Page[] = [];

beforeAll(async () => {
  if (!existsSync(ZBARIMG)) throw new Error(`${ZBARIMG} not found: apt-get install -y zbar-tools`);
  stage = await openStage({ clock });
  scratch = mkdtempSync(join(tmpdir(), 'training-qr-'));
});
afterAll(async () => {
  for (const p of phones) await p.context().close();
  await stage?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A phone whose clock is the host's (it moves on with it). */
async function person(): Promise<Page> {
  const page = await phone(stage, { clock });
  phones.push(page);
  return page;
}

/** Moves every clock (host and phones) on to `at`; time keeps running from there. */
async function moveClockTo(at: number) {
  shift = at - Date.now();
  for (const p of phones) await p.context().clock.setSystemTime(clock.now());
}

async function goToMe(page: Page) {
  await page.goto(`${stage.base}/#/pages/me/index`);
  await current(page).locator('.plain-cell').first().waitFor();
}

/** What a phone camera reads from a PNG data URL: the real zbarimg on a temp file. */
function decodeQr(dataUrl: string): string {
  const match = /^data:image\/png;base64,(.+)$/.exec(dataUrl);
  if (!match) throw new Error(`the check-in code is not a PNG data URL: ${dataUrl.slice(0, 40)}…`);
  const file = join(scratch, 'code.png');
  writeFileSync(file, Buffer.from(match[1]!, 'base64'));
  return execFileSync(ZBARIMG, ['--raw', '-q', file], { encoding: 'utf8' }).trim();
}

/** The 已签到 figure of the chief's live count. */
const checkedIn = (page: Page) => current(page).locator('[data-testid="count-checked-in"]');

/** One question of the questionnaire on the respond page (QuestionField's data-field). */
const question = (page: Page, id: string) => current(page).locator(`[data-field="answers.${id}"]`);

async function choose(page: Page, id: string, option: string) {
  await question(page, id).locator(`[data-testid="option"][data-value="${option}"]`).click();
  await question(page, id).locator(`[data-testid="option"][data-value="${option}"][data-active="true"]`).waitFor();
}

async function giveStars(page: Page, id: string, stars: number) {
  await question(page, id)
    .locator('.nut-rate-item')
    .nth(stars - 1)
    .click();
  await question(page, id).locator(`[data-testid="stars"][data-value="${stars}"]`).waitFor();
}

test('a chief publishes a training; a company signs up, checks in by the QR code and rates it; the chief reads the ratings', async () => {
  // --- The chief publishes the session, keeping the form's proposed time.
  const chief = await person();
  await logIn(chief, stage, 'chief', '王站长');
  await openTool(chief, '培训管理');
  await current(chief).locator('.nut-button', { hasText: '发布培训' }).click();
  let view = current(chief);
  await view.locator('[data-testid="choice-startAt"]').waitFor();
  const day = addDays(shanghaiDate(clock.now()), 7);
  expect(await view.locator('[data-testid="choice-startAt"]').innerText()).toBe(day);
  expect(await view.locator('[data-testid="choice-startTime"]').innerText()).toBe('09:00');
  expect(await view.locator('[data-testid="choice-endTime"]').innerText()).toBe('11:30');
  const startAt = shanghaiInstant(day, '09:00');
  const endAt = shanghaiInstant(day, '11:30');
  await input(chief, 'title').fill(TITLE);
  await input(chief, 'lecturer').fill(LECTURER);
  await input(chief, 'venue').fill(VENUE);
  await button(chief, '发布培训').filter({ visible: true }).click();
  view = current(chief);
  await view.locator('[data-testid="session-title"]', { hasText: TITLE }).waitFor();
  await view.locator('[data-testid="chief-tools"]').waitFor();
  expect(await view.locator('[data-testid="session-when"]').innerText()).toContain(`${day}`);
  expect(await view.locator('[data-testid="session-when"]').innerText()).toContain('09:00–11:30');

  // --- The company user finds it in 培训报名 and signs up for the company they act for.
  const company = await person();
  await logIn(company, stage, 'company', '张经理');
  await openTool(company, '培训报名');
  await current(company).locator('[data-testid="session"]', { hasText: TITLE }).click();
  view = current(company);
  const form = view.locator('[data-testid="signup-form"]');
  await form.waitFor();
  expect(await form.locator('[data-testid="acting-company"]').innerText()).toContain('北京示例智能科技有限公司');
  await input(company, 'mobile').fill(MOBILE);
  await form.locator('.nut-button', { hasText: '提交报名' }).click();
  await view.locator('[data-testid="my-status"]', { hasText: '已报名' }).waitFor();
  expect(await view.locator('[data-testid="my-signup"]').innerText()).toContain(MOBILE);

  // --- The training day, 08:45: check-in is open (from 30 min before the start).
  await moveClockTo(startAt - 15 * MINUTE_MS);
  await current(chief).locator('.nut-button', { hasText: '签到二维码' }).click();
  view = current(chief);
  const code = view.locator('[data-testid="checkin-code"] img');
  await code.waitFor();
  await checkedIn(chief).getByText('0', { exact: true }).waitFor();
  expect(await view.locator('[data-testid="checkin-opens"]').count()).toBe(0);
  const decoded = decodeQr((await code.getAttribute('src')) ?? '');
  expect(decoded.startsWith(`${stage.base}/#/packages/checkin/pages/scan/index?token=`)).toBe(true);

  // The trainee's camera opens that URL.
  await company.goto(decoded);
  view = current(company);
  await view.locator('[data-testid="checkin-headline"]', { hasText: '签到成功' }).waitFor();
  const details = await view.locator('[data-testid="checkin-details"]').innerText();
  expect(details).toContain('张经理');
  expect(details).not.toContain('迟到');
  // The chief's screen asks for the count every few seconds.
  await checkedIn(chief).getByText('1', { exact: true }).waitFor();
  expect(await current(chief).innerText()).toContain('张经理');

  // --- 11:35, after the end: the invitation job asks everyone checked in to rate it.
  await moveClockTo(endAt + 5 * MINUTE_MS);
  await stage.host.runJobs();
  await goToMe(company);
  await openFromMe(company, '消息');
  await current(company)
    .locator('[data-testid="notice"]', { hasText: `请评价培训：${TITLE}` })
    .click();
  view = current(company);
  await view.locator('[data-testid="survey-target"]', { hasText: TITLE }).waitFor();
  await view.locator('[data-testid="survey-form"]').waitFor();
  await giveStars(company, 'overall', 4);
  await giveStars(company, 'content', 5);
  await choose(company, 'recommend', '愿意');
  await choose(company, 'topics', '现行知识产权政策解读');
  await question(company, 'comment').locator('textarea').fill(COMMENT);
  await view.locator('.nut-button', { hasText: '提交评价' }).click();
  await view.locator('[data-testid="survey-status"]').waitFor();
  expect(await view.locator('[data-testid="survey-editable"]').innerText()).toMatch(/^可修改至 /);

  // --- The chief: 培训管理 → the session → 评价结果.
  await goToMe(chief);
  await openTool(chief, '培训管理');
  const card = current(chief).locator('[data-testid="session"]', { hasText: TITLE });
  await card.locator('[data-testid="session-stats"]', { hasText: /签到 1 ·/ }).waitFor();
  await card.click();
  await current(chief).locator('.nut-button', { hasText: '评价结果' }).click();
  view = current(chief);
  await view.locator('[data-testid="results-count"]', { hasText: '已回收 1 份，签到 1 人' }).waitFor();
  const overall = view.locator('[data-testid="question-result"][data-id="overall"]');
  expect(await overall.locator('[data-testid="average"]').innerText()).toBe('4.0');
  const recommend = view.locator('[data-testid="question-result"][data-id="recommend"]');
  expect(await recommend.locator('[data-testid="option-count"][data-label="愿意"]').getAttribute('data-count')).toBe(
    '1',
  );
  await view.locator('[data-testid="comment"]', { hasText: COMMENT }).waitFor();
});
