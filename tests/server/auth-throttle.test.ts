/**
 * Login and registration are throttled per address too (issue 9 part 4), over HTTP against a real
 * host. Requests come from distinct loopback addresses (127.0.0.x: the whole block is this
 * machine), so "another address" is a real other client address, as the host sees it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../core/contract/auth';
import { HTTP_STATUS, type Envelope } from '../../core/errors';
import { BoundedMap, DEFAULT_AUTH_LIMITS, FailureLimiter, clockStore } from '../../server/rate-limit';
import { MINUTE, testClock } from '../support/clock';
import { freePort } from '../support/free-port';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';

// Every login or registration that reaches the password runs scrypt; the machine may be busy.
jest.setTimeout(30_000);

const PASSWORD = 'correct-horse-1';

/** POSTs JSON to `baseUrl + path` from the client address `from` (a loopback address). */
function postFrom<T = unknown>(baseUrl: string, from: string, path: string, body: unknown): Promise<Reply<T>> {
  const url = new URL(path, baseUrl);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as Envelope<T> }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const account = (username: string) => ({ username, password: PASSWORD, displayName: '测试' });

describe('failed logins per address, across usernames (product defaults)', () => {
  let t: TestHost;
  const from = (address: string, username: string, password: string) =>
    postFrom<Session>(t.baseUrl, address, '/api/auth/login', { username, password });

  beforeAll(async () => {
    t = await startTestHost({ demo: false, authLimits: DEFAULT_AUTH_LIMITS });
    for (let i = 0; i < 3; i++) expectOk(await t.post('/api/auth/register', account(`member${i}`)));
  });
  afterAll(() => t.close());

  it('stops a spray of 60 usernames × 4 tries from one address after 30 failures, until the window passes', async () => {
    const sprayer = '127.0.0.2';
    const codes: string[] = [];
    for (let round = 0; round < 4; round++) {
      for (let u = 0; u < 60; u++) {
        const reply = await from(sprayer, u < 3 ? `member${u}` : `guess${u}`, `wrong-${round}`);
        codes.push(reply.body.ok ? 'ok' : reply.body.error.code);
        expect(reply.status).toBe(reply.body.ok ? 200 : HTTP_STATUS[reply.body.error.code]);
      }
    }
    // 30 wrong guesses answered 401, every later try 429: the spray met the limit long before its end.
    expect(codes.slice(0, 30)).toEqual(Array(30).fill('UNAUTHENTICATED'));
    expect(codes.slice(30)).toEqual(Array(210).fill('RATE_LIMITED'));

    // Refused even with the right password, with a Chinese message that says when to retry.
    const blocked = expectError(await from(sprayer, 'member0', PASSWORD), 'RATE_LIMITED');
    expect(blocked.message).toBe('登录失败次数过多，请 15 分钟后再试');

    // Another address is not affected: it signs in, and its own failures are its own.
    expectOk(await from('127.0.0.3', 'member0', PASSWORD));
    expectError(await from('127.0.0.3', 'guess7', 'wrong'), 'UNAUTHENTICATED');

    // The window passes with the host's clock.
    t.clock.advance(14 * MINUTE);
    expect(expectError(await from(sprayer, 'member0', PASSWORD), 'RATE_LIMITED').message).toBe(
      '登录失败次数过多，请 1 分钟后再试',
    );
    t.clock.advance(MINUTE);
    expectOk(await from(sprayer, 'member0', PASSWORD));
  });

  it('does not count successful logins, nor refused input, against the address', async () => {
    const office = '127.0.0.4';
    for (let i = 0; i < 40; i++) expectOk(await from(office, `member${i % 3}`, PASSWORD));
    for (let i = 0; i < 40; i++) {
      expectError(await postFrom(t.baseUrl, office, '/api/auth/login', { username: 'x' }), 'INVALID_INPUT');
    }
    expectError(await from(office, 'member1', 'wrong'), 'UNAUTHENTICATED');
  });
});

describe('registrations per address (product defaults)', () => {
  let t: TestHost;
  const register = (address: string, username: string) =>
    postFrom<Session>(t.baseUrl, address, '/api/auth/register', account(username));

  beforeAll(async () => {
    t = await startTestHost({ demo: false, authLimits: DEFAULT_AUTH_LIMITS });
  });
  afterAll(() => t.close());

  it('refuses the 31st registration from one address within the hour, writing nothing, until the hour passes', async () => {
    const busy = '127.0.0.5';
    for (let i = 0; i < DEFAULT_AUTH_LIMITS.registrationsPerIp; i++) expectOk(await register(busy, `busy${i}`));
    const users = await t.host.store.count('users');

    const refused = expectError(await register(busy, 'onemore'), 'RATE_LIMITED');
    expect(refused.message).toBe('注册过于频繁，请 60 分钟后再试');
    expect(await t.host.store.count('users')).toBe(users);

    // Another address registers as usual.
    expectOk(await register('127.0.0.6', 'elsewhere'));

    t.clock.advance(59 * MINUTE);
    expect(expectError(await register(busy, 'onemore'), 'RATE_LIMITED').message).toBe('注册过于频繁，请 1 分钟后再试');
    t.clock.advance(MINUTE);
    expectOk(await register(busy, 'onemore'));
  });
});

describe('an unknown username costs the same work as a wrong password', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: false });
    expectOk(await t.post('/api/auth/register', account('known')));
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** How many scrypt derivations a login attempt ran (a password check is one). */
  async function scryptsDuring(username: string): Promise<number> {
    // The module object server/passwords.ts calls into (an ES namespace import would be a copy).
    const nodeCrypto = require('node:crypto') as typeof import('node:crypto');
    const scrypt = jest.spyOn(nodeCrypto, 'scrypt');
    expectError(await t.post('/api/auth/login', { username, password: 'not-the-password' }), 'UNAUTHENTICATED');
    const calls = scrypt.mock.calls.length;
    scrypt.mockRestore();
    return calls;
  }

  it('runs one scrypt for an unknown user, as for a known one with a wrong password', async () => {
    expect(await scryptsDuring('known')).toBe(1);
    expect(await scryptsDuring('nobody-here')).toBe(1);
  });
});

describe('the limiters’ memory stays bounded under a flood', () => {
  it('keeps at most `capacity` keys in the plugin store and the per-username limiter', () => {
    const clock = testClock();
    const store = clockStore(clock, 1000);
    const ipLimiter = new store.Store({});
    const perUser = new FailureLimiter(clock, 5, 15 * MINUTE, 1000);
    for (let i = 0; i < 20_000; i++) {
      ipLimiter.incr(`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, () => {}, 15 * MINUTE, 30);
      perUser.fail(`user${i}|10.0.0.1`);
    }
    expect(store.sizes()).toEqual([1000]);
    expect(perUser.size).toBe(1000);
  });

  it('forgets the least recently used key first', () => {
    const map = new BoundedMap<number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect([map.get('a'), map.get('b'), map.get('c'), map.size]).toEqual([1, undefined, 3, 2]);
  });

  it('holds over HTTP: 60 addresses failing logins with 60 usernames leave at most `trackedKeys` each', async () => {
    const t = await startTestHost({ demo: false, authLimits: { ...DEFAULT_AUTH_LIMITS, trackedKeys: 20 } });
    try {
      for (let i = 0; i < 60; i++) {
        const address = `127.0.1.${i + 1}`;
        const reply = await postFrom(t.baseUrl, address, '/api/auth/login', {
          username: `flood${i}`,
          password: 'x1234567',
        });
        expectError(reply, 'UNAUTHENTICATED');
        expectError(
          await postFrom(t.baseUrl, address, '/api/auth/register', { username: 'bad name' }),
          'INVALID_INPUT',
        );
      }
      for (const size of t.host.authThrottles.sizes()) expect(size).toBeLessThanOrEqual(20);
      expect(t.host.authThrottles.sizes().some((size) => size === 20)).toBe(true);
      expect(t.host.auth.trackedLoginKeys).toBe(20);
    } finally {
      await t.close();
    }
  }, 30_000);
});

describe('the host command line sets the limits', () => {
  const ROOT = join(__dirname, '..', '..');
  let child: ChildProcess | null = null;
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'host-throttle-cli-'));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('--registrations-per-ip and --login-failures-per-ip', async () => {
    const port = await freePort();
    child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [
        'server/cli.ts',
        ...['--port', String(port), '--data-dir', dataDir, '--static', join(dataDir, 'none'), '--no-demo'],
        ...['--jobs-interval', '0', '--registrations-per-ip', '2', '--login-failures-per-ip', '1'],
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('按 Ctrl+C 停止')) resolve();
      });
      child!.once('exit', (code) => reject(new Error(`host exited with ${code}: ${out}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    expectOk(await postFrom(base, '127.0.0.7', '/api/auth/register', account('first')));
    expectOk(await postFrom(base, '127.0.0.7', '/api/auth/register', account('second')));
    expectError(await postFrom(base, '127.0.0.7', '/api/auth/register', account('third')), 'RATE_LIMITED');
    expectError(
      await postFrom(base, '127.0.0.7', '/api/auth/login', { username: 'first', password: 'wrong-1' }),
      'UNAUTHENTICATED',
    );
    expectError(
      await postFrom(base, '127.0.0.7', '/api/auth/login', { username: 'first', password: PASSWORD }),
      'RATE_LIMITED',
    );
    expectOk(await postFrom(base, '127.0.0.8', '/api/auth/login', { username: 'first', password: PASSWORD }));
  }, 60_000);
});
