/** What may be uploaded: the type told by the bytes, the limits, and whose folder a file id is in. */
import {
  checkUpload,
  formatSize,
  sniffContentType,
  storagePathOf,
  uploadOwnership,
  uploadPath,
} from '../../core/rules/uploads';
import { exeBytes, jpegBytes, MB, pdfHeader, pngBytes, sized, textBytes, webpBytes } from '../support/upload-files';

const bytes = (b: Buffer) => new Uint8Array(b);

describe('sniffContentType', () => {
  it.each([
    ['PNG', 'image/png', pngBytes()],
    ['JPEG', 'image/jpeg', jpegBytes()],
    ['WebP (not checkable by decoding, so not allowed)', null, webpBytes()],
    ['PDF', 'application/pdf', pdfHeader()],
    ['an .exe', null, exeBytes()],
    ['text', null, textBytes()],
    ['a RIFF that is not WebP (a WAV)', null, sized(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt '), 64)],
    ['two bytes of a JPEG', null, Buffer.from([0xff, 0xd8])],
  ])('%s → %s', (_n, type, b) => {
    expect(sniffContentType(bytes(b))).toBe(type);
  });
});

describe('checkUpload', () => {
  it('allows images up to 5 MB and PDFs up to 10 MB, with the extension of their type', () => {
    expect(checkUpload(bytes(sized(jpegBytes(), 5 * MB)))).toEqual({
      ok: true,
      contentType: 'image/jpeg',
      ext: 'jpg',
      size: 5 * MB,
    });
    expect(checkUpload(bytes(sized(pdfHeader(), 10 * MB)))).toMatchObject({ ok: true, ext: 'pdf' });
    expect(checkUpload(bytes(sized(pngBytes(), 5 * MB + 1)))).toEqual({
      ok: false,
      message: '附件：图片不能超过 5 MB',
    });
    expect(checkUpload(bytes(sized(pdfHeader(), 10 * MB + 1)))).toEqual({
      ok: false,
      message: '附件：PDF 文件不能超过 10 MB',
    });
    expect(checkUpload(new Uint8Array(0))).toEqual({ ok: false, message: '附件：文件是空的，请重新选择' });
  });

  it('refuses a WebP or GIF with a message that names the image formats allowed', () => {
    const says = { ok: false, message: '附件：图片格式不支持，请上传 JPG 或 PNG 图片' };
    expect(checkUpload(bytes(webpBytes()))).toEqual(says);
    expect(checkUpload(bytes(sized(Buffer.from('GIF89a'), 64)))).toEqual(says);
    expect(checkUpload(bytes(exeBytes()))).toEqual({ ok: false, message: '附件：只支持 JPG、PNG 图片和 PDF 文件' });
  });
});

describe('upload paths', () => {
  it('puts a new upload in the user folder under a random name', () => {
    const a = uploadPath('wx_o1', 'png');
    expect(a).toMatch(/^uploads\/wx_o1\/[0-9a-f]{24}\.png$/);
    expect(uploadPath('wx_o1', 'png')).not.toBe(a);
  });

  it('reads the path inside host and CloudBase file ids', () => {
    expect(storagePathOf('local:uploads/u1/a.png')).toBe('uploads/u1/a.png');
    expect(storagePathOf('cloud://prod-1a2b.7072-prod-1a2b-1300000000/uploads/u1/a.png')).toBe('uploads/u1/a.png');
    expect(storagePathOf('https://example.com/uploads/u1/a.png')).toBeNull();
  });

  it("admits only a file directly in the caller's own folder with an allowed extension", () => {
    const cloud = (path: string) => `cloud://env.bucket/${path}`;
    expect(uploadOwnership(cloud('uploads/u1/abc.jpeg'), 'u1')).toEqual({ ok: true, ext: 'jpg' });
    expect(uploadOwnership(cloud('uploads/u1/abc.pdf'), 'u1')).toEqual({ ok: true, ext: 'pdf' });
    expect(uploadOwnership(cloud('uploads/u2/abc.png'), 'u1')).toEqual({ ok: false, reason: 'foreign' });
    // u1's folder is not a prefix of u10's.
    expect(uploadOwnership(cloud('uploads/u10/abc.png'), 'u1')).toEqual({ ok: false, reason: 'foreign' });
    expect(uploadOwnership(cloud('uploads/u1/../u2/abc.png'), 'u1')).toEqual({ ok: false, reason: 'malformed' });
    expect(uploadOwnership(cloud('uploads/u1/abc.html'), 'u1')).toEqual({ ok: false, reason: 'malformed' });
    expect(uploadOwnership('uploads/u1/abc.png', 'u1')).toEqual({ ok: false, reason: 'malformed' });
  });
});

it('formats sizes as the pages show them', () => {
  expect([formatSize(900), formatSize(356 * 1024), formatSize(1.25 * MB)]).toEqual(['900 B', '356 KB', '1.3 MB']);
});
