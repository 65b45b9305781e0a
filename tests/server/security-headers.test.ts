/**
 * The H5 app's security headers (helmet), over a real port: a CSP that lets the build's
 * own scripts run (its inline script by hash) and nothing else, never framed, nosniff, no
 * referrer; and the API's origin allowed for fetches and images when the build was pointed
 * at another one (TARO_APP_API_BASE).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestHost, type TestHost } from '../support/host';

/** The inline script Taro puts in index.html (the rem sizing), as a stand-in. */
const INLINE = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';
const INDEX = `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`;
const inlineHash = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;

/** The CSP's directives by name. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

let h5Dir: string;
let t: TestHost;
beforeAll(async () => {
  h5Dir = mkdtempSync(join(tmpdir(), 'h5-'));
  writeFileSync(join(h5Dir, 'index.html'), INDEX);
  t = await startTestHost({ demo: false, staticDir: h5Dir });
}, 30_000);
afterAll(async () => {
  await t.close();
  rmSync(h5Dir, { recursive: true, force: true });
});

describe('the H5 app', () => {
  it.each(['/', '/packages/account/pages/login/index'])(
    '%s: a CSP that fits the app, and the other headers',
    async (path) => {
      const res = await fetch(t.baseUrl + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'", inlineHash]);
      expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
      // https pictures: an article body's (the sanitiser keeps https images only).
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:']);
      expect(csp.get('connect-src')).toEqual(["'self'", 'blob:']);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false); // the host speaks HTTP on a station's network
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    },
  );

  it('the API answers with nosniff and never framed too', async () => {
    const res = await fetch(`${t.baseUrl}/api/fn/directory`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'listStations' }),
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('a build pointed at another API origin (TARO_APP_API_BASE)', () => {
  let other: TestHost;
  const before = process.env.TARO_APP_API_BASE;
  beforeAll(async () => {
    process.env.TARO_APP_API_BASE = 'https://api.station.example:8443/base';
    other = await startTestHost({ demo: false, staticDir: h5Dir });
  }, 30_000);
  afterAll(async () => {
    if (before === undefined) delete process.env.TARO_APP_API_BASE;
    else process.env.TARO_APP_API_BASE = before;
    await other.close();
  });

  it('may fetch from and show images of that origin, and nothing more', async () => {
    const csp = directives((await fetch(`${other.baseUrl}/`)).headers.get('content-security-policy'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'https://api.station.example:8443']);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https:', 'https://api.station.example:8443']);
    expect(csp.get('script-src')).toEqual(["'self'", inlineHash]);
  });
});
