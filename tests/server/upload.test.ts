/**
 * The host's upload endpoint over a real port, as the H5 front end uses it: POST /api/upload
 * with the bearer token and the raw bytes, then files.register, then attaching the upload —
 * and the stored file served back at its signed /files/... URL byte for byte, with headers that
 * keep any file from acting as a page. A file that only starts like an image or a PDF (a
 * polyglot) is refused before anything is stored; an unsigned, tampered or expired URL is refused.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AttachmentView, Booking } from '../../core/contract';
import type { Envelope } from '../../core/errors';
import { DEMO_STATION_ID } from '../../server/demo';
import { freeSlot } from '../support/consult-seed';
import { newRequestId } from '../support/fixtures';
import { expectError, expectOk, startTestHost, type Reply, type TestHost } from '../support/host';
import { FILE_URL_LIFETIME_MS } from '../../server/file-urls';
import { MINUTE } from '../support/clock';
import {
  exeBytes,
  jpegBytes,
  MB,
  pdfBytes,
  pdfPolyglot,
  pngBytes,
  pngPolyglot,
  sized,
  webpBytes,
} from '../support/upload-files';

let t: TestHost;
let company: string;
// Starting a host with demo data takes seconds on a busy machine.
beforeAll(async () => {
  t = await startTestHost({ demo: true });
  company = await t.login('company');
}, 30_000);
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
    expect(exe.message).toBe('附件：只支持 JPG、PNG 图片和 PDF 文件');
    const webp = expectError(await upload(webpBytes(), company, 'image/webp'), 'INVALID_INPUT');
    expect(webp.message).toBe('附件：图片格式不支持，请上传 JPG 或 PNG 图片');
    const big = expectError(await upload(sized(pngBytes(), 6 * MB), company, 'image/png'), 'INVALID_INPUT');
    expect(big.message).toBe('附件：图片不能超过 5 MB');
    expect(storedFiles()).toEqual(before);
  });

  it.each([
    ['a PNG signature followed by an HTML page', pngPolyglot(), 'image/png'],
    ['%PDF- followed by an HTML page', pdfPolyglot(), 'application/pdf'],
  ])('refuses %s (it does not decode), storing nothing', async (_n, body, type) => {
    const before = storedFiles();
    const error = expectError(await upload(body, company, type), 'INVALID_INPUT');
    expect(error.message).toBe('附件：文件已损坏或不是有效的图片、PDF，请重新选择');
    expect(storedFiles()).toEqual(before);
  });

  it("stores a PNG in the uploader's folder, named by its type whatever the client called it", async () => {
    const { fileId } = expectOk(await upload(pngBytes(), company, 'application/octet-stream'));
    expect(fileId).toMatch(/^local:uploads\/wx_demo-company\/[0-9a-f]{24}\.png$/);
    // The type is the name's: nothing is written beside the file.
    expect(storedFiles().filter((f) => !/\.(png|jpg|pdf)$/.test(f))).toEqual([]);
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

  it.each([
    ['a JPEG', () => jpegBytes(8, 6), '照片.jpg', 'image/jpeg'],
    ['a PDF', () => pdfBytes(), '合同.pdf', 'application/pdf'],
  ])('takes %s that decodes, and serves it back as what it is', async (_n, make, name, type) => {
    const bytes = await make();
    const { fileId } = expectOk(await upload(bytes, company));
    const view = expectOk(await t.call('files', 'register', { fileId, name, purpose: 'booking' }, company));
    expect(view).toMatchObject({ contentType: type, size: bytes.length });
    const res = await fetch(t.baseUrl + view.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("does not let another person register the company's stored file", async () => {
    const { fileId } = expectOk(await upload(pngBytes(), company, 'image/png'));
    const liaison = await t.login('liaison');
    const before = await t.counts();
    expectError(await t.call('files', 'register', { fileId, name: 'x.png', purpose: 'record' }, liaison), 'FORBIDDEN');
    expect(await t.counts()).toEqual(before);
  });
});

/* ---------- Serving: /files never acts as a page ---------- */

/** A registered upload of the company: its signed URL. */
async function registeredUrl(bytes: Buffer, name: string): Promise<string> {
  const { fileId } = expectOk(await upload(bytes, company));
  return expectOk(await t.call('files', 'register', { fileId, name, purpose: 'booking' }, company)).url;
}

const get = (url: string) => fetch(t.baseUrl + url);

describe('GET /files (signed URLs, headers that keep a file from acting as a page)', () => {
  it('serves an image with nosniff, its detected type, inline, and a CSP that runs nothing', async () => {
    const res = await get(await registeredUrl(pngBytes(4, 4), '门牌.png'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    );
    expect(res.headers.get('content-disposition')).toBeNull();
  });

  it('serves a PDF as a download (attachment), never inline', async () => {
    const res = await get(await registeredUrl(await pdfBytes(), '合同.pdf'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[0-9a-f]{24}\.pdf"$/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('refuses the file without its signature, with a changed signature, or the signature of another file', async () => {
    const url = await registeredUrl(pngBytes(), '照片.png');
    const other = await registeredUrl(pngBytes(3, 3), '另一张.png');
    const [path, query] = url.split('?') as [string, string];
    const sig = new URLSearchParams(query).get('sig')!;
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    const exp = new URLSearchParams(query).get('exp')!;
    const refused = [
      path,
      `${path}?exp=${exp}`,
      `${path}?exp=${exp}&sig=${flipped}`,
      `${path}?exp=${Number(exp) + 600_000}&sig=${sig}`,
      `${other.split('?')[0]}?${query}`,
    ];
    for (const u of refused) {
      const res = await get(u);
      expect([u, res.status]).toEqual([u, 403]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toBe('文件链接无效，请返回页面刷新后再打开');
    }
    expect((await get(url)).status).toBe(200);
  });

  it('never serves a side file beside a stored one, signed or not', async () => {
    const url = await registeredUrl(pngBytes(), '照片.png');
    const [path, query] = url.split('?') as [string, string];
    // What earlier versions wrote beside each file: still on disk in an old data dir.
    const side = join(t.dataDir, 'files', `${decodeURIComponent(path.slice('/files/'.length))}.type`);
    mkdirSync(dirname(side), { recursive: true });
    writeFileSync(side, 'text/html');
    expect((await get(`${path}.type`)).status).toBe(404);
    expect((await get(`${path}.type?${query}`)).status).toBe(404);
  });

  it('refuses a URL once it has expired (two hours and a little after it was made)', async () => {
    const url = await registeredUrl(pngBytes(), '照片.png');
    t.clock.advance(FILE_URL_LIFETIME_MS - MINUTE);
    expect((await get(url)).status).toBe(200);
    t.clock.advance(11 * MINUTE);
    const res = await get(url);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('文件链接已过期，请返回页面刷新后再打开');
  });
});
