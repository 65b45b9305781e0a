/**
 * `npm run host`: the real command a person types. Starts on a port, prints the URL and the demo
 * accounts, serves, and on SIGTERM closes the database cleanly and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/demo';
import { DATABASE_FILE } from '../../server/host';
import { freePort } from '../support/free-port';

const ROOT = join(__dirname, '..', '..');

/** Resolves with everything printed so far once `marker` appears; rejects if the process exits first. */
function outputUntil(child: ChildProcess, marker: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.includes(marker)) {
        child.stdout!.off('data', onData);
        resolve(out);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) =>
      reject(new Error(`host exited with ${code} before printing "${marker}":\n${out}\n${err}`)),
    );
  });
}

const exitCode = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

describe('the host command line', () => {
  let dataDir: string;
  let child: ChildProcess | null = null;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'host-cli-'));
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await exitCode(child);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, prints its URL and the demo accounts, serves, and closes the database cleanly on SIGTERM', async () => {
    const port = await freePort();
    child = spawn(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['server/cli.ts', '--port', String(port), '--data-dir', dataDir, '--static', join(dataDir, 'no-h5-build')],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const printed = await outputUntil(child, '按 Ctrl+C 停止');

    expect(printed).toContain(`http://localhost:${port}/`);
    expect(printed).toContain(`密码均为 ${DEMO_PASSWORD}`);
    for (const a of DEMO_ACCOUNTS) expect(printed).toMatch(new RegExp(`\\s${a.username}\\s+\\(${a.displayName}\\)`));

    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ ok: true, data: { status: 'ok' } });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'chief', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exitCode(child)).toBe(0);

    const file = join(dataDir, DATABASE_FILE);
    const wal = `${file}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT count(*) FROM "users"').pluck().get()).toBeGreaterThanOrEqual(DEMO_ACCOUNTS.length);
    } finally {
      db.close();
    }
  }, 60_000);
});
