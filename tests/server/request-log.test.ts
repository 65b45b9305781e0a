/**
 * The operator's request log (server/request-log.ts): one line per request with who asked what and
 * how it ended, the error lines under the same request id, and never a secret: no password, no
 * token, no file URL signature.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Envelope } from '../../core/errors';
import { DEMO_PASSWORD } from '../../server/demo';
import { fileUrlSigner } from '../../server/file-urls';
import { createHost, type Host } from '../../server/host';
import { logLevelFrom } from '../../server/request-log';
import { testClock } from '../support/clock';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

const PINO_ERROR = 50;

describe('the request log', () => {
  let dataDir: string;
  let host: Host;
  let baseUrl: string;
  const output: string[] = [];
  const lines = () =>
    output
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Line);
  const requestLines = () => lines().filter((l) => l.msg === 'request');

  const post = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Envelope<{ token: string }> };
  };
  const login = async (username: string) => {
    const reply = await post('/api/auth/login', { username, password: DEMO_PASSWORD });
    if (!reply.body.ok) throw new Error(`login ${username}: ${JSON.stringify(reply.body.error)}`);
    return reply.body.data.token;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'request-log-'));
    host = await createHost({
      dataDir,
      demo: true,
      staticDir: null,
      clock: testClock(),
      jobsIntervalMs: 0,
      logger: { level: 'info', stream: { write: (line) => void output.push(line) } },
    });
    baseUrl = await host.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    output.length = 0;
  });

  it('writes one line per request with its id, function, action, status, duration and acting role', async () => {
    const token = await login('chief');

    await post('/api/fn/directory', { action: 'listStations' }, token);
    await post('/api/fn/directory', { action: 'listStations' });

    expect(requestLines()).toEqual([
      expect.objectContaining({ url: '/api/auth/login', fn: null, status: 200, role: null }),
      expect.objectContaining({ fn: 'directory', action: 'listStations', status: 200, role: 'chief' }),
      expect.objectContaining({ fn: 'directory', action: 'listStations', status: 200, role: null }),
    ]);
    const ids = requestLines().map((l) => l.reqId);
    expect(new Set(ids).size).toBe(3);
    for (const l of requestLines()) expect(l.ms).toEqual(expect.any(Number));
  });

  it('never writes the password of a login or the bearer token of a call', async () => {
    const token = await login('company');

    await post('/api/fn/account', { action: 'me' }, token);

    expect(requestLines()).toHaveLength(2);
    const text = output.join('');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain(token);
    expect(text.toLowerCase()).not.toContain('bearer');
  });

  it('logs an INTERNAL error with the number the user saw, under the id of its request line', async () => {
    host.store.rawDatabase().exec('DROP TABLE "courses"');

    const reply = await post('/api/fn/directory', { action: 'listCourses' });

    const shown = /错误编号 (\S+?)）/.exec(reply.body.ok ? '' : reply.body.error.message)?.[1];
    expect(shown).toEqual(expect.any(String));
    const error = lines().find((l) => l.msg === 'internal error');
    expect(error).toMatchObject({ errorId: shown, level: PINO_ERROR, error: expect.stringContaining('no such table') });
    expect(requestLines()).toEqual([
      expect.objectContaining({ reqId: error!.reqId, fn: 'directory', action: 'listCourses', status: 500 }),
    ]);
  });

  it('logs a file URL without its signature', async () => {
    const url = await fileUrlSigner(host.store, testClock()).url('uploads/someone/photo.png');
    const sig = new URL(url, baseUrl).searchParams.get('sig')!;

    await fetch(baseUrl + url);

    expect(requestLines()).toEqual([expect.objectContaining({ url: '/files/uploads/someone/photo.png' })]);
    expect(output.join('')).not.toContain(sig);
  });
});

describe('LOG_LEVEL', () => {
  it('defaults to info, takes a known level, and refuses a misspelt one by name', () => {
    expect(logLevelFrom(undefined)).toBe('info');
    expect(logLevelFrom('')).toBe('info');
    expect(logLevelFrom('error')).toBe('error');
    expect(() => logLevelFrom('eror')).toThrow(/LOG_LEVEL: unknown level "eror"/);
  });
});
