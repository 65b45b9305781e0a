/**
 * The host's upload endpoint over a real port, as the H5 front end uses it: POST /api/upload
 * with the bearer token and the raw bytes, then files.register, then attaching the upload —
 * and the stored file served back at /files/... byte for byte.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentView, Booking } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import { DEMO_STATION_ID } from '../../server/demo';
import { freeSlot } from '../support/consult-seed';
import { newRequestId } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';
import { exeBytes, MB, pngBytes, sized } from '../support/upload-files';

let t: TestHost;
let company: string;
beforeAll(async () => {
  t = await startTestHost({ demo: true });
  company = await t.login('company');
});
afterAll(() => t.close());

async function upload(
  body: Buffer,
  token: string | null,
  contentType = 'application/octet-stream',
): Promise<Reply<{ fileId: string }>> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${t.baseUrl}/api/upload?name=${encodeURIComponent('照片.png')}`, {
    method: 'POST',
    headers,
    body: new Blob([new Uint8Array(body)]),
  });
  return { status: res.status, body: (await res.json()) as Envelope<{ fileId: string }> };
}

/** Every file under the data dir's uploads folder. */
function storedFiles(): string[] {
  const root = join(t.dataDir, 'files', 'uploads');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

describe('POST /api/upload', () => {
  it('asks for a sign-in (401 envelope) and stores nothing without a valid token', async () => {
    const before = storedFiles();
    expect(expectError(await upload(pngBytes(), null, 'image/png'), 'UNAUTHENTICATED').message).toContain('登录');
    expectError(await upload(pngBytes(), 'x'.repeat(40), 'image/png'), 'UNAUTHENTICATED');
    expect(storedFiles()).toEqual(before);
  });

  it('refuses a body over 10 MB with a Chinese message, storing nothing', async () => {
    const before = storedFiles();
    const error = expectError(await upload(sized(pngBytes(), 11 * MB), company, 'image/png'), 'INVALID_INPUT');
    expect(error.message).toBe('附件：文件不能超过 10 MB');
    expect(storedFiles()).toEqual(before);
  });

  it('refuses what is not an allowed type by its bytes, and an image over 5 MB, storing nothing', async () => {
    const before = storedFiles();
    const exe = expectError(await upload(exeBytes(), company, 'image/jpeg'), 'INVALID_INPUT');
    expect(exe.message).toBe('附件：只支持 JPG、PNG、WebP 图片和 PDF 文件');
    const big = expectError(await upload(sized(pngBytes(), 6 * MB), company, 'image/png'), 'INVALID_INPUT');
    expect(big.message).toBe('附件：图片不能超过 5 MB');
    expect(storedFiles()).toEqual(before);
  });

  it("stores a PNG in the uploader's folder, named by its type whatever the client called it", async () => {
    const { fileId } = expectOk(await upload(pngBytes(), company, 'application/octet-stream'));
    expect(fileId).toMatch(/^local:uploads\/demo-company-user\/[0-9a-f]{24}\.png$/);
  });
});

describe('upload → register → attach → read → download', () => {
  it('a real PNG attached to a booking is served back byte for byte at the URL getBooking gives', async () => {
    const png = pngBytes(3, 2, [10, 120, 200]);
    const { fileId } = expectOk(await upload(png, company, 'image/png'));
    const view = expectOk(
      await t.call('files', 'register', { fileId, name: '营业执照.png', purpose: 'booking' }, company),
    ) as AttachmentView;
    expect(view).toMatchObject({ name: '营业执照.png', contentType: 'image/png', size: png.length });

    const { consultantId, start } = await freeSlot(t.host.store, t.clock.now(), DEMO_STATION_ID);
    const booked = expectOk(
      await t.call(
        'consult',
        'book',
        {
          clientRequestId: newRequestId('book'),
          stationId: DEMO_STATION_ID,
          consultantId,
          slotStart: start,
          topic: 'consulting',
          question: '想咨询商标注册需要准备哪些材料',
          attachments: [view.id],
        },
        company,
      ),
    ) as Booking;
    const read = expectOk(await t.call('consult', 'getBooking', { bookingId: booked.id }, company)) as Booking;
    expect(read.attachments).toEqual([view]);

    const res = await fetch(t.baseUrl + read.attachments[0]!.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
  });

  it("does not let another person register the company's stored file", async () => {
    const { fileId } = expectOk(await upload(pngBytes(), company, 'image/png'));
    const liaison = await t.login('liaison');
    const before = await t.counts();
    expectError(await t.call('files', 'register', { fileId, name: 'x.png', purpose: 'record' }, liaison), 'FORBIDDEN');
    expect(await t.counts()).toEqual(before);
  });
});
