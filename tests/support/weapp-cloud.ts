/**
 * CloudBase for the weapp suite: `wx.cloud.callFunction({name, data})` goes to the function's
 * real CloudBase entry, `cloudfunctions/<name>/index.ts` `main(event, context)`, as the platform
 * would call it. Who calls is set the way CloudBase sets it: per invocation, in the environment
 * `cloud.getWXContext()` reads (`WX_CONTEXT_KEYS`, `WX_OPENID`), so the entry's caller path
 * (`wx_<OPENID>`, created on a first call) is the production one.
 *
 * The Store must be SQLite here, so the entries run on the host's ports: the test file replaces
 * `cloudbasePorts()` (cloudfunctions/_shared/cloudbase/ports.ts, the one place main() gets its
 * ports) with `weappPorts()` via jest.mock, and a demo host (createHost, no HTTP listener)
 * provides the store, files, clock and notifier — the same seam the host passes to runAction.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../core/enums';
import type { CloudPorts } from '../../cloudfunctions/_shared/cloudbase/ports';
import { qrPageCodes } from '../../cloudfunctions/_shared/qr-page-codes';
import { FUNCTION_HANDLERS } from '../../cloudfunctions/registry';
import { createHost, type Host } from '../../server/host';
import { demoOpenid } from '../../server/demo';
import { testClock, type TestClock } from './clock';
import { capturingLogger } from './logger';
import type { CloudRoute } from './wechat';

/** Who uses the WeChat build: a newcomer (no role yet), or the demo's person of one role. */
export type WechatUser = 'newcomer' | Role;
export const WECHAT_USERS: readonly WechatUser[] = [
  'newcomer',
  'company',
  'liaison',
  'chief',
  'expert',
  'admin',
  'district_admin',
  'reviewer',
  'studio_branch',
  'studio_section',
  'studio_bureau',
];

/** A Monday, 09:00 in Beijing: the demo's bookings, trainings and visits sit around it. */
export const WEAPP_NOW = Date.UTC(2026, 2, 2, 1, 0, 0);

/**
 * The demo's people are WeChat users (OPENID `demo-<role>`, user `wx_demo-<role>`: see
 * server/demo/accounts.ts), so each role sees the demo's records; the newcomer's OPENID is new,
 * and the entry creates them on their first call.
 */
/** The demo login of each role whose username is not the role's name. */
const DEMO_LOGIN: Partial<Record<WechatUser, string>> = {
  district_admin: 'district',
  studio_branch: 'branch',
  studio_section: 'section',
  studio_bureau: 'bureau',
};

export const openidOf = (user: WechatUser) =>
  user === 'newcomer' ? 'o-weapp-newcomer' : demoOpenid(DEMO_LOGIN[user] ?? user);

type Main = (event: unknown, context?: unknown) => Promise<unknown>;
type FunctionName = keyof typeof FUNCTION_HANDLERS;

/** Each function's CloudBase entry, by name (own keys only: the name comes from the page). */
function entries(): Map<string, () => Main> {
  const map = new Map<string, () => Main>();
  for (const name of Object.keys(FUNCTION_HANDLERS) as FunctionName[]) {
    map.set(name, () => (require(`../../cloudfunctions/${name}/index`) as { main: Main }).main);
  }
  return map;
}

export interface WeappCloud {
  host: Host;
  clock: TestClock;
  /** The ports the entries run on (what `cloudbasePorts()` answers in the weapp suite). */
  ports: CloudPorts;
  /** `wx.cloud.callFunction`'s way to the entries, as `user`. */
  routeAs(user: WechatUser): CloudRoute;
  close(): Promise<void>;
}

/**
 * The open WeappCloud's ports, kept on the global: a test reloads the bundle (and with it this
 * module) with jest.resetModules() to start a new user on a fresh phone, and the entries must
 * still find the same database.
 */
const OPEN = Symbol.for('weapp-suite.ports');
type Holder = { [OPEN]?: CloudPorts | null };

/** What `cloudbasePorts()` answers while a WeappCloud is open. */
export function weappPorts(): CloudPorts {
  const ports = (globalThis as Holder)[OPEN];
  if (!ports) throw new Error('weappPorts(): no WeappCloud is open (call openWeappCloud first)');
  return ports;
}

/** A demo host's data (the demo's people are WeChat users), without an HTTP listener. */
export async function openWeappCloud(): Promise<WeappCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'weapp-'));
  const clock = testClock(WEAPP_NOW);
  const host = await createHost({ dataDir, demo: true, jobsIntervalMs: 0, clock, log: capturingLogger() });
  const ports: CloudPorts = { ...host.ports, codes: qrPageCodes('https://station.test') };
  const mains = entries();
  const cloud: WeappCloud = {
    host,
    clock,
    ports,
    routeAs: (user) => async (name, data) => {
      const entry = mains.get(name);
      if (!entry) return { ok: false, error: { code: 'NOT_FOUND', message: `云函数「${name}」不存在` } };
      const main = entry();
      // CloudBase's runtime sets these per invocation; getWXContext() reads them synchronously
      // at the start of main, before this call yields.
      process.env.WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID';
      process.env.WX_OPENID = openidOf(user);
      process.env.WX_APPID = 'wx-weapp-suite';
      return main(data, { function_name: name, request_id: 'weapp-suite' });
    },
    async close() {
      (globalThis as Holder)[OPEN] = null;
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  (globalThis as Holder)[OPEN] = ports;
  return cloud;
}
