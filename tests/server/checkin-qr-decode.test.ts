/**
 * The check-in QR code the host draws really scans: the chief's screen code (getCode over HTTP)
 * is written to a PNG file and read back by a real barcode reader, `zbarimg` (Debian package
 * zbar-tools). What it reads is the H5 check-in URL of this host; the token in it checks a
 * signed-up trainee in.
 *
 * Needs zbarimg on the PATH: without it this test fails and says how to install it (CI does).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CheckinResult } from '../../core/contract';
import { tokenFromScan } from '../../core/rules/checkin-token';
import { seedCheckinSession, seedCheckinSignup } from '../support/checkin-seed';
import { OWN_STATION } from '../support/fixtures';
import { expectOk, startTestHost, type TestHost } from '../support/host';

const run = promisify(execFile);

/** What zbarimg reads from a PNG file (`--raw`: the payload only, `-q`: no statistics). */
async function zbarimg(file: string): Promise<string> {
  try {
    const { stdout } = await run('zbarimg', ['--raw', '-q', file]);
    return stdout.trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('zbarimg is not installed: apt-get install zbar-tools (the check-in QR decode test needs it)');
    }
    throw e;
  }
}

let t: TestHost;
let dir: string;
beforeAll(async () => {
  t = await startTestHost();
  dir = mkdtempSync(join(tmpdir(), 'checkin-qr-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the check-in QR code drawn by the host', () => {
  it('decodes with zbarimg to this host’s check-in URL, whose token checks a trainee in', async () => {
    const chief = await t.login('chief');
    const trainee = await t.register('scanner', '扫码学员');
    const session = await seedCheckinSession(t.host.store, t.clock.now(), OWN_STATION, { checkinCode: undefined });
    await seedCheckinSignup(t.host.store, session, t.clock.now(), { userId: trainee.user.id, name: '扫码学员' });

    const code = expectOk(await t.call('checkin', 'getCode', { sessionId: session._id }, chief));
    const [header, base64] = code.image.split(',');
    expect(header).toBe('data:image/png;base64');
    const file = join(dir, 'code.png');
    writeFileSync(file, Buffer.from(base64!, 'base64'));

    const decoded = await zbarimg(file);
    expect(decoded).toBe(`${t.baseUrl}/#/packages/checkin/pages/scan/index?token=${code.token}`);
    expect(decoded).toBe(code.url);

    const token = tokenFromScan(decoded);
    expect(token).toBe(code.token);
    const result = expectOk<CheckinResult>(await t.call('checkin', 'checkIn', { token: token! }, trainee.token));
    expect(result).toMatchObject({ sessionId: session._id, name: '扫码学员', already: false, late: false });
  });
});
