import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.scss';

/** CloudBase is only available inside WeChat; H5 talks to the local host instead. */
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({
    env: process.env.TARO_APP_CLOUD_ENV || undefined,
    traceUser: true,
  });
}

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Application-level start-up work (session restore etc.) goes here.
  });

  // children are the pages being rendered
  return children;
}

export default App;
