/**
 * The ports a CloudBase function runs on, built from wx-server-sdk: the CloudBase database as the
 * Store, cloud storage as Files, subscribe messages (and the inbox) as the Notifier, mini program
 * codes as PageCodes. The one place the entry (./main.ts) gets them, so that it is also the one
 * seam a test swaps: the weapp suite (tests/weapp) runs the real entries on the host's SQLite
 * store by replacing `cloudbasePorts` — every other line of main() stays the production path.
 */
import cloud from 'wx-server-sdk';
import type { Platform } from '../runtime';
import { inboxNotifier } from '../inbox';
import { jsonLogger, nodeIds, systemClock } from '../node-ports';
import { createCloudbaseFiles } from './files';
import { createCloudbaseStore } from './store';
import { parseSubscribeTemplates, subscribeNotifier, type SubscribeApi } from './subscribe';
import { wxacodePageCodes, type WxacodeApi } from './wxacode';

/** Everything a call runs on except who calls (resolved per call from getWXContext()). */
export type CloudPorts = Omit<Platform, 'resolveCaller'>;

export function cloudbasePorts(): CloudPorts {
  // DYNAMIC_CURRENT_ENV is a symbol the SDK resolves to the calling environment; its typings say string.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
  const store = createCloudbaseStore(cloud.database());
  const clock = systemClock;
  const log = jsonLogger((line) => console.log(line));
  // Configured per function in the CloudBase console (environment variables).
  const notifier = subscribeNotifier({
    inbox: inboxNotifier(store, clock),
    openapi: cloud.openapi as SubscribeApi,
    templates: parseSubscribeTemplates(process.env.SUBSCRIBE_TEMPLATES, log),
    log,
    miniprogramState: process.env.SUBSCRIBE_MINIPROGRAM_STATE || undefined,
  });
  return {
    store,
    files: createCloudbaseFiles(cloud),
    clock,
    ids: nodeIds,
    notifier,
    log,
    // Mini program codes (check-in); WXACODE_ENV_VERSION 'trial' / 'develop' opens a test build.
    codes: wxacodePageCodes(cloud.openapi as unknown as WxacodeApi, process.env.WXACODE_ENV_VERSION || 'release'),
  };
}
