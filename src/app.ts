import type { PropsWithChildren } from 'react';
import Taro, { useDidShow, useLaunch } from '@tarojs/taro';
import { readOutbox, retryOutbox, startOutbox } from './services/outbox';
import { useAppStore } from './store';
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

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Visits queued without network are sent when it returns, as the signed-in person.
    startOutbox(() => useAppStore.getState().me?.user.id ?? null);
  });

  // …and whenever the app comes back to the foreground (the liaison left the factory).
  useDidShow(() => {
    void sendWaitingVisits();
  });

  return children;
}

export default App;
