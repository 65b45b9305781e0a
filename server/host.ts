/**
 * The local host: the same cloud-function code over HTTP, on SQLite, with the H5 build.
 * DESIGN.md "The host's HTTP contract".
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError, HTTP_STATUS, isAppError, type Envelope } from '../core/errors';
import { isOwnKey } from '../core/own';
import type { Clock, Ids, Logger } from '../core/ports';
import { inboxNotifier } from '../cloudfunctions/_shared/inbox';
import { jsonLogger, nodeIds, systemClock } from '../cloudfunctions/_shared/node-ports';
import { loadReferenceData } from '../cloudfunctions/_shared/reference-data';
import { runAction, type Platform } from '../cloudfunctions/_shared/runtime';
import { isOrigin, qrPageCodes } from '../cloudfunctions/_shared/qr-page-codes';
import { FUNCTION_HANDLERS } from '../cloudfunctions/registry';
import { TIMER_JOBS } from '../cloudfunctions/jobs/timer-jobs';
import { SYSTEM_CALLER } from '../cloudfunctions/_shared/system';
import { startJobTimer } from './jobs';
import { HostAuth, bearerToken } from './auth';
import { sessionCallerCache } from './caller-cache';
import { DEFAULT_AUTH_LIMITS, registerAuthThrottles, type AuthLimits, type AuthThrottles } from './rate-limit';
import { loadDemoData } from './demo';
import { registerFileRoute } from './file-route';
import { fileUrlSigner } from './file-urls';
import { localFiles } from './local-files';
import {
  fastifyLogging,
  pinoLogger,
  platformForRequest,
  registerRequestLog,
  type RequestLogOptions,
} from './request-log';
import { registerSecurityHeaders } from './security-headers';
import { registerUploadRoute } from './upload';
import { openSqliteStore, type SqliteStore } from './store/sqlite-store';

export interface HostOptions {
  dataDir: string;
  demo?: boolean;
  /** The H5 build to serve at `/`; omitted in API-only tests. */
  staticDir?: string | null;
  clock?: Clock;
  ids?: Ids;
  log?: Logger;
  /** How often the timer jobs (reminders) run in-process; default every minute, 0 turns them off. */
  jobsIntervalMs?: number;
  /**
   * The address phones reach this host at (`http://192.168.1.20:3000`), for the check-in QR code;
   * default: the address the request came in on (what the chief's browser used).
   */
  publicOrigin?: string;
  /** Login and registration throttles (server/rate-limit.ts); unset ones keep DEFAULT_AUTH_LIMITS. */
  authLimits?: Partial<AuthLimits>;
  /**
   * The operator's log (server/request-log.ts): one line per request, and the error lines with the
   * same request id. Off by default (tests stay quiet); the CLI turns it on. When on, it is also
   * the Logger port unless `log` is given.
   */
  logger?: false | RequestLogOptions;
}

export const DEFAULT_JOBS_INTERVAL_MS = 60_000;

export interface Host {
  app: FastifyInstance;
  store: SqliteStore;
  auth: HostAuth;
  /** The per-address login and registration throttles. */
  authThrottles: AuthThrottles;
  /**
   * What every call runs on but who calls and the page codes: the SQLite store, the local files,
   * the clock, ids, the inbox notifier and the log. The weapp suite runs the CloudBase entries on
   * these (tests/support/weapp-cloud.ts).
   */
  ports: Omit<Platform, 'resolveCaller' | 'codes'>;
  /** Runs the timer jobs once now, as the system caller (what the interval does). */
  runJobs(): Promise<void>;
  close(): Promise<void>;
}

export const DATABASE_FILE = 'station.db';

function send(reply: FastifyReply, envelope: Envelope<unknown>) {
  const status = envelope.ok ? 200 : HTTP_STATUS[envelope.error.code];
  return reply.code(status).send(envelope);
}

/** The origin a request came in on; a malformed Host header falls back to loopback. */
function requestOrigin(protocol: string, host: string | undefined): string {
  const origin = `${protocol === 'https' ? 'https' : 'http'}://${host ?? ''}`;
  return isOrigin(origin) ? origin : 'http://127.0.0.1';
}

export async function createHost(options: HostOptions): Promise<Host> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(join(dataDir, 'files'), { recursive: true });
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? nodeIds;
  const store = openSqliteStore(join(dataDir, DATABASE_FILE));
  // Files are served only at signed, expiring URLs (why: server/file-urls.ts).
  const filesRoot = join(dataDir, 'files');
  const fileUrls = fileUrlSigner(store, clock);
  const files = localFiles(filesRoot, fileUrls);
  const notifier = inboxNotifier(store, clock);
  const authLimits: AuthLimits = { ...DEFAULT_AUTH_LIMITS, ...options.authLimits };
  const auth = new HostAuth(store, clock, ids, authLimits);
  // Who a bearer token stands for, kept a few seconds and dropped on any write it depends on.
  const callers = sessionCallerCache({ store, auth, clock });
  const publicOrigin = options.publicOrigin ?? (process.env.PUBLIC_ORIGIN || undefined);
  if (publicOrigin !== undefined && !isOrigin(publicOrigin)) {
    throw new Error(`publicOrigin: not an origin: ${publicOrigin}`);
  }

  await loadReferenceData(store, clock);
  if (options.demo) await loadDemoData(store, clock, auth);

  const app = Fastify({ ...fastifyLogging(options.logger), bodyLimit: 2 * 1024 * 1024, trustProxy: false });
  const log = options.log ?? (options.logger ? pinoLogger(app.log) : jsonLogger());
  /** The log of one request: its lines carry the request id. */
  const logOf = (req: FastifyRequest) => options.log ?? (options.logger ? pinoLogger(req.log) : log);
  if (options.logger) registerRequestLog(app);
  // First, so every answer carries them (the H5 app, the API, refusals).
  registerSecurityHeaders(app, { h5Dir: options.staticDir ? resolve(options.staticDir) : null });

  // Anything thrown outside an action (bad JSON, oversize body) still answers with the envelope.
  app.setErrorHandler((error: Error & { statusCode?: number }, req, reply) => {
    if (isAppError(error)) return send(reply, { ok: false, error: error.toBody() });
    if (error.statusCode && error.statusCode < 500) {
      return send(reply, { ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确，请刷新后重试' } });
    }
    const errorId = ids.id().slice(0, 10);
    logOf(req).error('host error', { errorId, error: error.stack ?? String(error) });
    return send(reply, {
      ok: false,
      error: { code: 'INTERNAL', message: `系统繁忙，请稍后重试（错误编号 ${errorId}）` },
    });
  });

  app.get('/healthz', async () => ({ ok: true, data: { status: 'ok' } }));

  const authThrottles = await registerAuthThrottles(app, clock, authLimits);
  app.post('/api/auth/register', authThrottles.registerRoute, async (req, reply) =>
    send(reply, { ok: true, data: await auth.register(req.body) }),
  );
  app.post('/api/auth/login', async (req, reply) => {
    await authThrottles.checkLogin(req);
    try {
      return send(reply, { ok: true, data: await auth.login(req.body, req.ip) });
    } catch (e) {
      // Only a wrong username or password counts against the address, not bad input or a 429.
      if (isAppError(e) && e.code === 'UNAUTHENTICATED') await authThrottles.loginFailed(req);
      throw e;
    }
  });
  app.post('/api/auth/logout', async (req, reply) => {
    await auth.logout(bearerToken(req.headers.authorization));
    return send(reply, { ok: true, data: { done: true } });
  });

  app.post<{ Params: { name: string } }>('/api/fn/:name', async (req, reply) => {
    // The name is the caller's: only the registry's own entries, never `constructor` or `__proto__`.
    const fn = req.params.name;
    if (!isOwnKey(FUNCTION_HANDLERS, fn)) throw new AppError('NOT_FOUND', `云函数「${fn}」不存在`);
    const handlers = FUNCTION_HANDLERS[fn];
    const token = bearerToken(req.headers.authorization);
    const platform: Platform = {
      store,
      files,
      clock,
      ids,
      notifier,
      log,
      codes: qrPageCodes(publicOrigin ?? requestOrigin(req.protocol, req.headers.host)),
      resolveCaller: () => callers.callerFor(token),
    };
    return send(reply, await runAction(fn, handlers as never, req.body, platformForRequest(req, platform, logOf(req))));
  });

  await registerUploadRoute(app, { auth, files });

  registerFileRoute(app, { root: filesRoot, signer: fileUrls, clock });
  // Decided once at start: whether an H5 build is there to serve (and to fall back to).
  const staticDir = options.staticDir ? resolve(options.staticDir) : null;
  const h5Dir = staticDir && existsSync(join(staticDir, 'index.html')) ? staticDir : null;
  if (h5Dir) {
    await app.register(fastifyStatic, { root: h5Dir, prefix: '/', wildcard: true });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return send(reply, { ok: false, error: { code: 'NOT_FOUND', message: '接口不存在' } });
    }
    if (h5Dir) return reply.sendFile('index.html', h5Dir);
    return reply.code(404).type('text/plain; charset=utf-8').send('H5 页面尚未构建：请先运行 npm run build:h5');
  });

  // Timer jobs: the `jobs` function as the trusted system caller, never over HTTP.
  const jobsPlatform: Platform = { store, files, clock, ids, notifier, log, resolveCaller: async () => SYSTEM_CALLER };
  const runJobsOnce = async () => {
    for (const job of TIMER_JOBS) {
      const result = await runAction('jobs', FUNCTION_HANDLERS.jobs, { action: job }, jobsPlatform);
      if (!result.ok) log.error('job failed', { job, error: result.error });
    }
  };
  const jobsInterval = options.jobsIntervalMs ?? DEFAULT_JOBS_INTERVAL_MS;
  const jobTimer = jobsInterval > 0 ? startJobTimer(jobsInterval, runJobsOnce, log) : null;

  return {
    app,
    store,
    auth,
    authThrottles,
    ports: { store, files, clock, ids, notifier, log },
    runJobs: () => (jobTimer ? jobTimer.runNow() : runJobsOnce()),
    async close() {
      await jobTimer?.stop();
      await app.close();
      await store.close();
    },
  };
}
