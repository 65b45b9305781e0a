/**
 * A real host on a temp data dir serving the H5 build, and Debian's Chromium driven by
 * playwright-core. Chromium runs headless with its background networking off (this
 * machine's network is closed).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Clock } from '../../core/ports';
import { createHost, type Host } from '../../server/host';

// Each test drives a real browser through several screens.
jest.setTimeout(60_000);

export const H5_DIR = join(__dirname, '..', '..', 'dist', 'h5');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Stage {
  host: Host;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `clock`: the host's time, for a test that moves it on (a training day comes, a session ends). */
export async function openStage(options: { clock?: Clock } = {}): Promise<Stage> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error('dist/h5 is missing: run `npm run build:h5` (npm test does it for you)');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const dataDir = mkdtempSync(join(tmpdir(), 'browser-'));
  const host = await createHost({
    dataDir,
    demo: true,
    staticDir: H5_DIR,
    log: { info() {}, error() {} },
    // Every browser test signs in and registers from 127.0.0.1: keep the per-address throttles out of the way.
    authLimits: { loginFailuresPerIp: 100_000, registrationsPerIp: 100_000 },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const base = await host.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    host,
    base,
    browser,
    async close() {
      await browser.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh phone-sized page in a browser context of its own (its own storage, so no session leaks
 * between tests or users). `timezoneId` sets the phone's time zone (times must show as Shanghai's).
 */
export async function phone(stage: Stage, options: { timezoneId?: string; clock?: Clock } = {}): Promise<Page> {
  const context = await stage.browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'zh-CN',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  // The phone's clock starts at the test's "now" (the host's clock) and runs on from there.
  if (options.clock) await context.clock.install({ time: options.clock.now() });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  return page;
}

export const input = (page: Page, name: string) => page.locator(`taro-input-core[name="${name}"] input`);
/** A NutUI button, or a PlainButton (what main-package pages and the list states draw instead). */
export const button = (page: Page, text: string) => page.locator('.nut-button, .plain-button', { hasText: text });

/** Logs in through the login page as a demo account and waits for 我的 to show the name. */
export async function logIn(page: Page, stage: Stage, username: string, displayName: string): Promise<void> {
  await page.goto(`${stage.base}/#/packages/account/pages/login/index`);
  await input(page, 'username').fill(username);
  await input(page, 'password').fill('demo12345');
  await button(page, '登录').click();
  await page.getByText(displayName, { exact: true }).first().waitFor();
}

/**
 * The page on top. Taro H5 keeps the pages under it (and visited tab pages) in the DOM, hidden:
 * look for things only in the visible page, the newest one while a transition shows two.
 */
export const current = (page: Page) => page.locator('.taro_page:visible').last();

/**
 * Taps the cell of 我的 whose title is exactly `title` (the tab page must be the one on top).
 * Exact, because a cell's description may name another entry (我的指派's mentions 今日咨询).
 */
export async function openFromMe(page: Page, title: string): Promise<void> {
  await current(page)
    .locator('.plain-cell')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first()
    .click();
}

/** Taps a tab of the tab bar by its exact text. */
export async function switchTab(page: Page, text: string): Promise<void> {
  await page.locator('.taro-tabbar__tabbar', { hasText: text }).getByText(text, { exact: true }).click();
}

/**
 * Opens 工作台 (the tab) and taps the tool whose title is exactly `title` (the acting role's
 * tools only: the grid shows no other).
 */
export async function openTool(page: Page, title: string): Promise<void> {
  await switchTab(page, '工作台');
  await current(page)
    .locator('[data-testid="tool"]')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first()
    .click();
}

/**
 * Taro's H5 confirmation dialog (Taro.showModal) titled `title`: checks its text holds `content`
 * (when given), taps 确定 and waits for it to close. Its wrapper has no box; the content has.
 */
export async function confirmDialog(page: Page, title: string, content?: string): Promise<void> {
  const dialog = page.locator('.taro-modal__content:visible', { hasText: title });
  await dialog.waitFor();
  if (content) expect(await dialog.innerText()).toContain(content);
  await dialog.locator('.taro-model__confirm').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Logs a demo account in over the API (as the H5 front end does) and returns its token. */
export async function apiLogin(stage: Stage, username: string): Promise<string> {
  const res = await fetch(`${stage.base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo12345' }),
  });
  const json = (await res.json()) as { ok: boolean; data: { token: string } };
  if (!json.ok) throw new Error(`login ${username} failed: ${JSON.stringify(json)}`);
  return json.data.token;
}

/** Calls one action over the API with a session token; throws unless the envelope is ok. */
export async function apiCall<T>(
  stage: Stage,
  token: string | null,
  fn: string,
  action: string,
  input: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${stage.base}/api/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ action, ...input }),
  });
  const json = (await res.json()) as { ok: boolean; data: T; error?: unknown };
  if (!json.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(json.error)}`);
  return json.data;
}
