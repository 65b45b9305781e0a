/**
 * 首页 and the targeted push, in Chromium against the H5 build and the demo data:
 *  - the admin writes a city-wide 政策解读 on 写文章 (a heading, a table and an image in the
 *    Markdown, a cover picked with the file picker) and publishes it now;
 *  - from 文章管理 they tap 推送, choose 专精特新 on 定向推送, read the reach (the number
 *    content.previewPush answers for that audience), send and confirm: 已送达 M 人;
 *  - the demo company user (张经理, whose company is on the 专精特新 list) finds the article on
 *    首页 (the first tab) under 政策与动态 and the notice 【政策解读】… in 消息; the notice opens
 *    文章详情 with the table and the image, and no script;
 *  - the read count moves by one when the company first opens it, and not when they open it again.
 * "Now" is the test's own: a fixed Shanghai morning on the host's clock and on each phone's
 * (Playwright's clock), so nothing depends on the day the suite runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
import type { ArticleSummary, PushReach } from '../../core/contract';
import type { Clock } from '../../core/ports';
import { shanghaiInstant } from '../../core/rules/time';
import {
  apiCall,
  apiLogin,
  button,
  confirmDialog,
  current,
  logIn,
  openFromMe,
  openStage,
  openTool,
  phone,
  switchTab,
  type Stage,
} from './browser-support';

const TITLE = '专精特新企业知识产权质押融资政策解读';
/** An outside picture in the body: the page must carry it as an img (whether it loads is not asserted). */
const IMAGE_URL = 'https://img.example.com/pledge-flow.png';
const MARKDOWN = [
  '## 政策要点',
  '',
  '专精特新企业以专利、商标质押融资的，可申请贴息和保险补贴。',
  '',
  '| 项目 | 支持 |',
  '| --- | --- |',
  '| 质押贷款贴息 | 按实际利息 50% 贴息 |',
  '| 质押保险补贴 | 按保费 80% 补贴 |',
  '',
  `![示意](${IMAGE_URL})`,
  '',
  '<script>window.__injected = true</script>',
].join('\n');
const SPECIALIZED = { keyFlags: ['specialized'], industries: [], districts: [] };

/** The test's "now": a Tuesday, 10:00 in Shanghai, moving on in real time from there. */
const shift = shanghaiInstant('2026-11-17', '10:00') - Date.now();
const clock: Clock = { now: () => Date.now() + shift };

let stage: Stage;
let scratch: string;
let coverPath: string;

beforeAll(async () => {
  stage = await openStage({ clock });
  scratch = mkdtempSync(join(tmpdir(), 'home-push-'));
  coverPath = join(scratch, 'cover.png');
  await QRCode.toFile(coverPath, 'pledge financing cover', { type: 'png', width: 160 });
});
afterAll(async () => {
  await stage?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A phone whose clock is the host's. */
const person = () => phone(stage, { clock });

/** The card of the article on 文章管理 (with 推送 under it once it is live). */
const managedItem = (page: Page, articleId: string) =>
  current(page)
    .locator('.article-manage__item')
    .filter({ has: page.locator(`[data-testid="article"][data-id="${articleId}"]`) });

/** The admin's read count of the article, as listManagedArticles answers it (reads nothing itself). */
async function readCountByApi(token: string, articleId: string): Promise<number> {
  const page = await apiCall<{ items: ArticleSummary[] }>(stage, token, 'content', 'listManagedArticles', {
    page: 1,
    pageSize: 50,
  });
  const article = page.items.find((a) => a.id === articleId);
  if (!article) throw new Error(`${articleId} is not on the admin's 文章管理`);
  return article.readCount;
}

/** 「阅读 n」, and not the start of a bigger number. */
const reads = (n: number) => new RegExp(`阅读 ${n}(?!\\d)`);

/** Reloads 文章管理 (where the admin is) and waits for the article's card to say 阅读 `count`. */
async function expectManagedReads(admin: Page, articleId: string, count: number) {
  await admin.reload();
  await managedItem(admin, articleId)
    .locator('[data-testid="article"]', { hasText: reads(count) })
    .waitFor({ timeout: 30_000 });
}

/** 文章详情 on top, showing the article (its title and its body, as the server rendered it). */
async function articleShown(page: Page) {
  const view = current(page);
  await view.locator('[data-testid="article-title"]', { hasText: TITLE }).waitFor({ timeout: 30_000 });
  await view.locator('[data-testid="article-body"] table').waitFor();
  return view;
}

test('the admin publishes a policy and pushes it to 专精特新; the company reads it from 首页 and 消息, counted once', async () => {
  const adminToken = await apiLogin(stage, 'admin');

  // --- The admin writes the policy on 写文章: 全市 (no station), 政策解读, the cover picked from the phone.
  const admin = await person();
  await logIn(admin, stage, 'admin', '市中心管理员');
  await openTool(admin, '文章管理');
  await button(admin, '写文章').filter({ visible: true }).click();
  let view = current(admin);
  await view.locator('[data-testid="choice-stationId"]', { hasText: '全市' }).waitFor();
  await view.locator('[data-testid="toggle-kind"][data-value="policy"]').click();
  await view.locator('[data-testid="toggle-kind"][data-value="policy"][data-active="true"]').waitFor();
  await view.locator('taro-input-core[name="title"] input').fill(TITLE);
  await view.locator('[data-field="markdown"] textarea').fill(MARKDOWN);
  const chooser = admin.waitForEvent('filechooser');
  await view.locator('[data-field="cover"] [data-testid="attachment-add"]').click();
  await (await chooser).setFiles(coverPath);
  // Uploaded, not just previewed: the editor holds a save while an upload runs.
  await view
    .locator('[data-field="cover"] [data-testid="attachment"][data-status="done"]')
    .waitFor({ timeout: 30_000 });

  // 发布 (now): saved, published, and the editor gives way to the article's page.
  await view
    .locator('.nut-button')
    .filter({ hasText: /^发布$/ })
    .click();
  await confirmDialog(admin, '确认发布');
  view = await articleShown(admin);
  const articleId = new URL(admin.url().replace('#/', '')).searchParams.get('articleId')!;
  expect(articleId).toBeTruthy();
  expect(await view.locator('.article-detail__cover img').count()).toBe(1);

  // Back on 文章管理 (it reloads on return): the article is live, read by its author only so far.
  await admin.goBack();
  const item = managedItem(admin, articleId);
  await item.locator('[data-testid="article-push"]').waitFor({ timeout: 30_000 });
  expect(await item.innerText()).toContain('已发布');
  const before = await readCountByApi(adminToken, articleId);
  expect(await item.locator('[data-testid="article"]').innerText()).toMatch(reads(before));

  // --- 推送 → 定向推送: 专精特新; the reach the page shows is what previewPush answers for it.
  await item.locator('[data-testid="article-push"]').click();
  view = current(admin);
  await view.locator('[data-testid="push-target"]', { hasText: TITLE }).waitFor();
  expect(admin.url()).toContain(`/packages/content/pages/push/index?kind=article&id=${encodeURIComponent(articleId)}`);
  await view.locator('[data-testid="push-history"]', { hasText: '还没有推送过' }).waitFor();
  await view.locator('[data-testid="toggle-keyFlags"][data-value="specialized"]').click();
  await view.locator('[data-testid="toggle-keyFlags"][data-value="specialized"][data-active="true"]').waitFor();
  const reach = await apiCall<PushReach>(stage, adminToken, 'content', 'previewPush', {
    target: { kind: 'article', id: articleId },
    audience: SPECIALIZED,
  });
  expect(reach.people).toBeGreaterThanOrEqual(1);
  expect(reach.alreadyReached).toBe(0);
  const people = reach.people;
  const reachLine = view.locator('[data-testid="reach-line"]');
  await reachLine
    .filter({ hasText: `将推送给 ${reach.companies} 家企业的 ${people} 位员工` })
    .waitFor({ timeout: 30_000 });
  expect(await reachLine.innerText()).toBe(`将推送给 ${reach.companies} 家企业的 ${people} 位员工`);

  // 发送推送, confirmed: the toast and the history row tell how many it reached.
  await view.locator('[data-testid="push-send"]').click();
  await confirmDialog(admin, '确认推送', `确定推送给 ${people} 人？`);
  const record = view.locator('[data-testid="push-record"][data-status="sent"]');
  await record.waitFor({ timeout: 30_000 });
  expect(await record.innerText()).toContain(`专精特新 · 已送达 ${people} 人`);
  expect(await record.innerText()).toContain('市中心管理员');
  expect(await view.locator('[data-testid="push-record"]').count()).toBe(1);
  // Taro's toast element stays in the page (hidden) once it has shown, with its last text.
  await admin.locator('.taro__toast', { hasText: `已推送给 ${people} 人` }).waitFor({ state: 'attached' });
  // The reach asked again: everyone is reached now, nobody would be notified twice.
  await view
    .locator('[data-testid="reach-already"]', { hasText: `另有 ${people} 人此前已收到，不再重复推送` })
    .waitFor({ timeout: 30_000 });

  // --- The company user: 首页 is the first tab, and the policy heads 政策与动态.
  const company = await person();
  await logIn(company, stage, 'company', '张经理');
  await company.goto(`${stage.base}/`);
  const firstTab = company.locator('.taro-tabbar__tabbar .weui-tabbar__item').first();
  expect(await firstTab.innerText()).toBe('首页');
  await company.locator('.taro-tabbar__tabbar .weui-tabbar__item.weui-bar__item_on', { hasText: '首页' }).waitFor();
  const homeArticles = current(company).locator('[data-testid="home-articles"]');
  const homeRow = homeArticles.locator('[data-testid="home-article"]', { hasText: TITLE });
  await homeRow.waitFor({ timeout: 30_000 });
  expect(await homeArticles.locator('[data-testid="home-article"]').first().innerText()).toContain(TITLE);
  expect(await homeRow.innerText()).toContain('政策解读');
  // Seeing it listed is not reading it.
  expect(await readCountByApi(adminToken, articleId)).toBe(before);

  // 我的 → 消息: the push notice, unread; it opens 文章详情.
  await switchTab(company, '我的');
  await current(company).locator('.plain-cell').first().waitFor();
  await openFromMe(company, '消息');
  const notice = current(company).locator('[data-testid="notice"]', { hasText: `【政策解读】${TITLE}` });
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.getAttribute('data-read')).toBe('false');
  await notice.click();
  view = await articleShown(company);

  // The body as rendered and sanitised by the server: the heading, the table, the image; no script.
  const body = view.locator('[data-testid="article-body"]');
  expect(await body.locator('h2').innerText()).toBe('政策要点');
  expect(await body.locator('th').allInnerTexts()).toEqual(['项目', '支持']);
  await body.locator('td', { hasText: '质押贷款贴息' }).waitFor();
  expect(await body.locator('td').allInnerTexts()).toEqual([
    '质押贷款贴息',
    '按实际利息 50% 贴息',
    '质押保险补贴',
    '按保费 80% 补贴',
  ]);
  const image = body.locator('img');
  expect(await image.count()).toBe(1);
  expect(await image.getAttribute('src')).toBe(IMAGE_URL);
  expect(await image.getAttribute('alt')).toBe('示意');
  expect(await body.locator('script').count()).toBe(0);
  expect(await company.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // The cover the admin picked, served back by the host: the browser decoded it.
  const cover = view.locator('.article-detail__cover img');
  await company.waitForFunction(
    (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    await cover.elementHandle(),
    { timeout: 30_000 },
  );

  // The first read by the company moved the count by one: on the page, the API and 文章管理.
  await view.locator('.article-detail__meta', { hasText: reads(before + 1) }).waitFor();
  expect(await readCountByApi(adminToken, articleId)).toBe(before + 1);
  await admin.goBack();
  await managedItem(admin, articleId).waitFor();
  await expectManagedReads(admin, articleId, before + 1);

  // Opened again by the same person, from 首页 this time: still counted once.
  await company.goBack();
  await current(company)
    .locator('[data-testid="notice"]', { hasText: `【政策解读】${TITLE}` })
    .waitFor();
  await company.goBack();
  await current(company).locator('.plain-cell', { hasText: '消息' }).waitFor();
  await switchTab(company, '首页');
  await current(company)
    .locator('[data-testid="home-articles"] [data-testid="home-article"]', { hasText: TITLE })
    .click();
  view = await articleShown(company);
  await view.locator('.article-detail__meta', { hasText: reads(before + 1) }).waitFor();
  expect(await readCountByApi(adminToken, articleId)).toBe(before + 1);
  await expectManagedReads(admin, articleId, before + 1);
}, 180_000);
