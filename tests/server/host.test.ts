/** The host's HTTP contract over a real listening port: auth, sessions, envelopes, restarts, static H5. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '../../core/contract/auth';
import { HTTP_STATUS, type Envelope } from '../../core/errors';
import { COLLECTION_NAMES } from '../../core/store/schema';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/demo';
import { DAY, MINUTE } from '../support/clock';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';

const credentials = (username: string, password: string, displayName = '测试') => ({ username, password, displayName });

describe('health and routing', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: false });
  });
  afterAll(() => t.close());

  it('answers GET /healthz', async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { status: 'ok' } });
  });

  it('answers an unknown function with a 404 NOT_FOUND envelope naming it', async () => {
    const error = expectError(await t.post('/api/fn/nope', { action: 'me' }), 'NOT_FOUND');
    expect(error.message).toContain('nope');
  });

  it('answers an unknown API path with a 404 envelope, even for GET', async () => {
    const res = await fetch(`${t.baseUrl}/api/nothing/here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a malformed JSON body with a 400 envelope in Chinese, not a stack trace', async () => {
    const res = await fetch(`${t.baseUrl}/api/fn/directory`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action": "listStations",',
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '请求格式不正确，请刷新后重试' },
    });
    expect(text).not.toMatch(/SyntaxError|at \S+ \(/);
  });

  it('answers an empty body like an event without an action', async () => {
    const res = await fetch(`${t.baseUrl}/api/fn/directory`, { method: 'POST' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves nothing at / before the H5 build exists, and says how to build it', async () => {
    const res = await fetch(`${t.baseUrl}/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:h5');
  });
});

describe('accounts', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: false });
  });
  afterAll(() => t.close());

  it('registers a person who can then log in, and get their name back', async () => {
    const reg = expectOk(
      await t.post<Session>('/api/auth/register', credentials('wang.fang', 'long-enough-1', '王芳')),
    );
    expect(reg.user).toMatchObject({ username: 'wang.fang', displayName: '王芳' });
    const login = expectOk(
      await t.post<Session>('/api/auth/login', { username: 'wang.fang', password: 'long-enough-1' }),
    );
    expect(login.user.id).toBe(reg.user.id);
    expect(login.token).not.toBe(reg.token);
    const me = expectOk(await t.call('account', 'me', {}, login.token));
    expect(me.user.displayName).toBe('王芳');
  });

  it('refuses a username that is taken, whatever its case, with 409 CONFLICT', async () => {
    expectOk(await t.post('/api/auth/register', credentials('li_lei', 'long-enough-1')));
    const error = expectError(await t.post('/api/auth/register', credentials('LI_LEI', 'another-pass-2')), 'CONFLICT');
    expect(error.fields?.username).toContain('已被注册');
  });

  it('refuses a password shorter than 8 characters, naming the field', async () => {
    const error = expectError(await t.post('/api/auth/register', credentials('shorty', '1234567')), 'INVALID_INPUT');
    expect(error.fields?.password).toBe('密码：至少 8 个字');
  });

  it('refuses a username with characters outside letters, digits, _ . -', async () => {
    const error = expectError(
      await t.post('/api/auth/register', credentials('张三', 'long-enough-1')),
      'INVALID_INPUT',
    );
    expect(error.fields?.username).toContain('用户名');
  });

  it('answers a wrong password and an unknown user alike: 401 用户名或密码错误', async () => {
    expectOk(await t.post('/api/auth/register', credentials('zhao', 'right-password')));
    const wrong = expectError(
      await t.post('/api/auth/login', { username: 'zhao', password: 'wrong-password' }),
      'UNAUTHENTICATED',
    );
    const nobody = expectError(
      await t.post('/api/auth/login', { username: 'nobody', password: 'wrong-password' }),
      'UNAUTHENTICATED',
    );
    expect(wrong.message).toBe('用户名或密码错误');
    expect(nobody.message).toBe(wrong.message);
  });

  it('stores only a hash of each session token and an scrypt hash of each password', async () => {
    const password = 'plain-secret-99';
    const session = expectOk(await t.post<Session>('/api/auth/register', credentials('hashed', password)));
    const db = t.host.store.rawDatabase();
    for (const collection of COLLECTION_NAMES) {
      const docs = db.prepare(`SELECT doc FROM "${collection}"`).pluck().all() as string[];
      for (const doc of docs) {
        expect(doc).not.toContain(session.token);
        expect(doc).not.toContain(password);
      }
    }
    expect(await t.host.store.count('host_sessions', { userId: session.user.id })).toBe(1);
    const [credential] = await t.host.store.find('host_credentials', { where: { userId: session.user.id } });
    expect(String(credential?.hash)).toMatch(/^scrypt\$/);
  });
});

describe('failed logins are throttled', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: false });
    expectOk(await t.post('/api/auth/register', credentials('target', 'correct-horse')));
    expectOk(await t.post('/api/auth/register', credentials('bystander', 'correct-horse')));
  });
  afterAll(() => t.close());

  const attempt = (username: string, password: string) => t.post<Session>('/api/auth/login', { username, password });

  it('refuses the 6th attempt in a row with 429, even with the right password, until the window passes', async () => {
    for (let i = 0; i < 5; i++) expectError(await attempt('target', `wrong-${i}`), 'UNAUTHENTICATED');
    const sixth = expectError(await attempt('target', 'wrong-5'), 'RATE_LIMITED');
    expect(sixth.message).toBe('登录失败次数过多，请 15 分钟后再试');
    expectError(await attempt('target', 'correct-horse'), 'RATE_LIMITED');

    // Another account from the same address is not affected.
    expectOk(await attempt('bystander', 'correct-horse'));

    t.clock.advance(14 * MINUTE);
    expectError(await attempt('target', 'correct-horse'), 'RATE_LIMITED');
    t.clock.advance(MINUTE);
    expectOk(await attempt('target', 'correct-horse'));
  });

  it('starts counting afresh after a successful login', async () => {
    for (let i = 0; i < 4; i++) expectError(await attempt('bystander', `wrong-${i}`), 'UNAUTHENTICATED');
    expectOk(await attempt('bystander', 'correct-horse'));
    for (let i = 0; i < 4; i++) expectError(await attempt('bystander', `wrong-${i}`), 'UNAUTHENTICATED');
    expectOk(await attempt('bystander', 'correct-horse'));
  });
});

describe('sessions', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  it('ends at logout: the same token is then refused with 401', async () => {
    const token = await t.login('liaison');
    expectOk(await t.call('account', 'me', {}, token));
    expect(expectOk(await t.post('/api/auth/logout', {}, token))).toEqual({ done: true });
    expectError(await t.call('account', 'me', {}, token), 'UNAUTHENTICATED');
    // Signing in again gives a new, working session.
    expectOk(await t.call('account', 'me', {}, await t.login('liaison')));
  });

  it('expires after 30 days', async () => {
    const token = await t.login('expert');
    t.clock.advance(29 * DAY);
    expectOk(await t.call('account', 'me', {}, token));
    t.clock.advance(2 * DAY);
    const error = expectError(await t.call('account', 'me', {}, token), 'UNAUTHENTICATED');
    expect(error.message).toContain('登录');
  });

  it('ignores a malformed Authorization header', async () => {
    const res = await fetch(`${t.baseUrl}/api/fn/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YWRtaW46ZGVtbzEyMzQ1' },
      body: JSON.stringify({ action: 'me' }),
    });
    expect(res.status).toBe(401);
  });
});

describe('the HTTP status mirrors the envelope code', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  it('answers 400, 401, 403, 404, 409 and 429 for the matching codes', async () => {
    const liaison = await t.login('liaison');
    const validStation = {
      clientRequestId: 'request-0001',
      name: '新站点',
      kind: 'other',
      level: 'workstation',
      district: 'miyun',
      address: '密云区示例路',
      phone: '010-61000000',
      hours: '工作日',
      keyIndustries: [],
    };
    const replies: Reply<unknown>[] = [
      await t.call('directory', 'getStation', {}), // 400: stationId missing
      await t.call('account', 'me', {}), // 401: no session
      await t.call('directory', 'createStation', validStation, liaison), // 403: liaison is no admin
      await t.call('directory', 'getStation', { stationId: 'st-nowhere' }), // 404
      await t.post('/api/auth/register', credentials('Admin', 'long-enough-1')), // 409: demo admin exists
    ];
    for (let i = 0; i < 6; i++)
      replies.push(await t.post('/api/auth/login', { username: 'chief', password: 'not-it' })); // …429
    const seen = new Set<number>();
    for (const r of replies) {
      if (r.body.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.body)}`);
      expect([r.body.error.code, r.status]).toEqual([r.body.error.code, HTTP_STATUS[r.body.error.code]]);
      seen.add(r.status);
    }
    expect([...seen].sort()).toEqual([400, 401, 403, 404, 409, 429]);
  });

  it('answers 500 INTERNAL with an error number when the database fails, logging the details', async () => {
    t.host.store.rawDatabase().exec('DROP TABLE "courses"');
    const reply = await t.call('directory', 'listCourses', {});
    expect(reply.status).toBe(500);
    expect(reply.body).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('错误编号') },
    });
    expect(JSON.stringify(reply.body)).not.toContain('no such table');
    expect(t.logs.errors().some((e) => String(e.meta.error).includes('no such table'))).toBe(true);
  });
});

describe('restarting on the same data dir', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'host-restart-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps accounts and records, and does not load reference data twice', async () => {
    const first = await startTestHost({ dataDir });
    expectOk(await first.post('/api/auth/register', credentials('stays', 'long-enough-1', '留下来')));
    const admin = await first.login('admin');
    const renamed = expectOk(await first.call('account', 'updateProfile', { displayName: '改名的管理员' }, admin));
    expect(renamed.user.displayName).toBe('改名的管理员');
    const counts = await first.counts();
    await first.close();

    const second = await startTestHost({ dataDir });
    try {
      const login = expectOk(
        await second.post<Session>('/api/auth/login', { username: 'stays', password: 'long-enough-1' }),
      );
      expect(login.user.displayName).toBe('留下来');
      const me = expectOk(await second.call('account', 'me', {}, await second.login('admin')));
      expect(me.user.displayName).toBe('改名的管理员');
      expect(expectOk(await second.call('directory', 'listPlatforms', {}))).toHaveLength(17);
      const after = await second.counts();
      for (const c of [
        'platforms',
        'courses',
        'catalogue',
        'stations',
        'service_items',
        'users',
        'memberships',
        'companies',
      ] as const) {
        expect([c, after[c]]).toEqual([c, counts[c]]);
      }
    } finally {
      await second.close();
    }
  });
});

describe('without demo data (--no-demo)', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost({ demo: false });
  });
  afterAll(() => t.close());

  it('has no demo accounts', async () => {
    for (const a of DEMO_ACCOUNTS) {
      expectError(
        await t.post('/api/auth/login', { username: a.username, password: DEMO_PASSWORD }),
        'UNAUTHENTICATED',
      );
    }
    expect(await t.host.store.count('users')).toBe(0);
    expect(await t.host.store.count('companies')).toBe(0);
  });

  it('has the reference data', async () => {
    expect(expectOk(await t.call('directory', 'listPlatforms', {}))).toHaveLength(17);
    expect(expectOk(await t.call('directory', 'listCourses', {}))).toHaveLength(13);
    expect(expectOk(await t.call('directory', 'listStations', {})).total).toBeGreaterThan(0);
  });
});

describe('with demo data', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(() => t.close());

  it.each(DEMO_ACCOUNTS.map((a) => [a.username, a.role] as const))(
    'logs in %s, acting as %s',
    async (username, role) => {
      const me = expectOk(await t.call('account', 'me', {}, await t.login(username)));
      expect(me.memberships.map((m) => m.role)).toEqual([role]);
    },
  );
});

describe('serving the H5 build', () => {
  let staticDir: string;
  let t: TestHost;
  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'h5-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>知识产权工作站</title>');
    mkdirSync(join(staticDir, 'js'));
    writeFileSync(join(staticDir, 'js', 'app.js'), 'console.log("app")');
    t = await startTestHost({ demo: false, staticDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('serves index.html at /', async () => {
    const res = await fetch(`${t.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<title>知识产权工作站</title>');
  });

  it('falls back to index.html for a client-side route', async () => {
    const res = await fetch(`${t.baseUrl}/pages/station/detail/index`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>知识产权工作站</title>');
  });

  it('serves the build assets themselves', async () => {
    const res = await fetch(`${t.baseUrl}/js/app.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("app")');
  });

  it('still answers API calls and unknown API paths with envelopes', async () => {
    expect(expectOk(await t.call('directory', 'listPlatforms', {}))).toHaveLength(17);
    const res = await fetch(`${t.baseUrl}/api/missing`);
    expect(res.status).toBe(404);
    expect((await res.json()) as Envelope<unknown>).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
