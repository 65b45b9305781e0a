import type { PropsWithChildren } from 'react';
import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import { readOutbox, retryOutbox, startOutbox } from './services/outbox';
import { useAppStore } from './store';
import { PAGES, ROUTES } from './lib/routes';
import './app.scss';

/** CloudBase is only available inside WeChat; H5 talks to the local host instead. */
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({
    env: process.env.TARO_APP_CLOUD_ENV || undefined,
    traceUser: true,
  });
}

/**
 * Sends the visits waiting on this phone (the outbox) as the signed-in person, learning who that
 * is first when nobody has yet (or joining the page already asking); nothing but a look at the
 * store when nothing waits, so it can run on every show.
 */
async function sendWaitingVisits(): Promise<void> {
  if (!readOutbox().some((e) => e.status === 'waiting')) return;
  const app = useAppStore.getState();
  if (!app.me) await app.loadMe();
  await retryOutbox();
}

/** The roles whose home is 工作台: the app opens on it for them instead of 首页. */
const STAFF_ROLES = new Set(['liaison', 'chief', 'expert', 'admin', 'district_admin', 'reviewer']);

/**
 * The app's first page: 首页, or 服务网点, the first page before 首页 (a launch that still names it,
 * such as an H5 bookmark of the old start page, counts the same).
 */
const FIRST_PAGES = new Set([PAGES.home, PAGES.network]);

/**
 * Staff land on 工作台 when the app opened on its first page (not on a shared link, a notice or a
 * page reloaded in the browser), once the signed-in person's acting role is known; 首页 stays one
 * tap away as a tab. `launchPath` is the page the platform opened (WeChat's and Taro H5's launch
 * options); nobody else is moved.
 */
async function landStaffOnWorkbench(launchPath: string): Promise<void> {
  const opened = launchPath.replace(/^\//, '');
  if (opened !== '' && !FIRST_PAGES.has(`/${opened}`)) return;
  const app = useAppStore.getState();
  if (!app.signedIn) return;
  if (!app.me) await app.loadMe().catch(() => undefined);
  const role = useAppStore.getState().acting()?.role;
  if (role && STAFF_ROLES.has(role)) await Taro.switchTab({ url: ROUTES.work });
}

function App({ children }: PropsWithChildren) {
  useLaunch((options) => {
    // Visits queued without network are sent when it returns, as the signed-in person.
    startOutbox(() => useAppStore.getState().me?.user.id ?? null);
    void landStaffOnWorkbench(options?.path ?? '').catch(() => undefined);
  });

  // …and whenever the app comes back to the foreground (the liaison left the factory).
  useDidShow(() => {
    void sendWaitingVisits();
  });

  return children;
}

export default App;
