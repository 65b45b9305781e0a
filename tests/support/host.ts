/**
 * A local host on a fresh temp data dir, listening on 127.0.0.1 at a port the system picks,
 * with a test clock and a capturing logger. Talks to it like the H5 front end: fetch
 * POST /api/auth/*, then POST /api/fn/<name> with `Authorization: Bearer <token>`.
 *
 * Not Fastify's inject(): light-my-request requires cookie@2, an ES module that Jest's
 * CommonJS runtime cannot load (the node project transforms only .ts files).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionName, FunctionName, OutputOf } from '../../core/contract';
import type { Session } from '../../core/contract/auth';
import { HTTP_STATUS, type Envelope, type ErrorBody, type ErrorCode } from '../../core/errors';
import { COLLECTION_NAMES, type CollectionName } from '../../core/store/schema';
import { DEMO_PASSWORD } from '../../server/demo';
import { createHost, type Host } from '../../server/host';
import type { AuthLimits } from '../../server/rate-limit';
import { testClock, type TestClock } from './clock';
import { newRequestId } from './fixtures';
import { capturingLogger, type CapturingLogger } from './logger';

export interface Reply<T> {
  status: number;
  body: Envelope<T>;
}

export interface TestHost {
  host: Host;
  clock: TestClock;
  logs: CapturingLogger;
  dataDir: string;
  /** http://127.0.0.1:<port> */
  baseUrl: string;
  /** POST a JSON body (or a raw string) to a path, with an optional bearer token. */
  post<T = unknown>(url: string, body: unknown, token?: string | null): Promise<Reply<T>>;
  /** Calls one action of one function, as the front end does. */
  call<F extends FunctionName, A extends ActionName<F>>(
    fn: F,
    action: A,
    input: Record<string, unknown>,
    token?: string | null,
  ): Promise<Reply<OutputOf<F, A>>>;
  /** Registers a new account (unique username derived from `name`); returns its session. */
  register(name: string, displayName?: string): Promise<Session>;
  /** Logs in (demo accounts by default password) and returns the token. */
  login(username: string, password?: string): Promise<string>;
  /** How many documents each collection holds: compare before/after to prove nothing was written. */
  counts(): Promise<Record<CollectionName, number>>;
  close(): Promise<void>;
}

export interface TestHostOptions {
  demo?: boolean;
  /** Reuse a data dir (restart tests); it is then NOT removed on close. */
  dataDir?: string;
  staticDir?: string;
  clock?: TestClock;
  /** Run the timer jobs every this many ms; off (0) unless a test asks, so no job races a test. */
  jobsIntervalMs?: number;
  /** Login and registration throttles; default: TEST_AUTH_LIMITS. */
  authLimits?: Partial<AuthLimits>;
}

/**
 * Test files register and log in many people from 127.0.0.1 on one host: the per-address limits
 * are raised out of their way (the per-username limit stays the product's). The throttle tests
 * pass the product's defaults or their own.
 */
export const TEST_AUTH_LIMITS: Partial<AuthLimits> = { loginFailuresPerIp: 100_000, registrationsPerIp: 100_000 };

let registered = 0;

export async function startTestHost(options: TestHostOptions = {}): Promise<TestHost> {
  const ownDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'host-test-'));
  const clock = options.clock ?? testClock();
  const logs = capturingLogger();
  const host = await createHost({
    dataDir,
    demo: options.demo ?? true,
    staticDir: options.staticDir ?? null,
    clock,
    log: logs,
    jobsIntervalMs: options.jobsIntervalMs ?? 0,
    authLimits: options.authLimits ?? TEST_AUTH_LIMITS,
  });

  const baseUrl = await host.app.listen({ port: 0, host: '127.0.0.1' });

  const post = async <T>(url: string, body: unknown, token?: string | null): Promise<Reply<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(baseUrl + url, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Envelope<T> };
  };

  const th: TestHost = {
    host,
    clock,
    logs,
    dataDir,
    baseUrl,
    post,
    call: (fn, action, input, token) => post(`/api/fn/${fn}`, { action, ...input }, token),
    async register(name, displayName = '测试用户') {
      const username = `${name}${++registered}`.slice(0, 32);
      return expectOk(await post<Session>('/api/auth/register', { username, password: 'secret-pass-1', displayName }));
    },
    async login(username, password = DEMO_PASSWORD) {
      return expectOk(await post<Session>('/api/auth/login', { username, password })).token;
    },
    async counts() {
      const entries = await Promise.all(COLLECTION_NAMES.map(async (c) => [c, await host.store.count(c)] as const));
      return Object.fromEntries(entries) as Record<CollectionName, number>;
    },
    async close() {
      await host.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return th;
}

/** The data of a successful reply; otherwise fails with the envelope in the message. */
export function expectOk<T>(reply: Reply<T>): T {
  if (!reply.body.ok) {
    throw new Error(`expected ok, got HTTP ${reply.status} ${JSON.stringify(reply.body.error)}`);
  }
  expect(reply.status).toBe(200);
  return reply.body.data;
}

/** The error of a failed reply with this code (and the HTTP status that mirrors it). */
export function expectError(reply: Reply<unknown>, code: ErrorCode): ErrorBody {
  if (reply.body.ok) throw new Error(`expected ${code}, got ok ${JSON.stringify(reply.body.data)}`);
  expect(reply.body.error.code).toBe(code);
  expect(reply.status).toBe(HTTP_STATUS[code]);
  return reply.body.error;
}

/**
 * A newly registered person who redeemed an invitation `issuerToken` created: the way a real
 * chief, liaison or expert joins a station. Returns their session token and user id.
 */
export async function personWithRole(
  t: TestHost,
  issuerToken: string,
  stationId: string,
  role: 'liaison' | 'expert' | 'chief',
  name: string = role,
): Promise<{ token: string; userId: string; membershipId: string }> {
  const invitation = expectOk(
    await t.call(
      'account',
      'createInvitation',
      { clientRequestId: newRequestId('invite'), stationId, role },
      issuerToken,
    ),
  );
  const session = await t.register(name);
  const me = expectOk(await t.call('account', 'redeemInvitation', { code: invitation.code }, session.token));
  return { token: session.token, userId: session.user.id, membershipId: me.actingId! };
}
