/**
 * Files as people upload them — real ones made by the same libraries that check them (a PNG by
 * pngjs, a JPEG by jpeg-js, a PDF by pdf-lib) — and files made to pass a signature check only:
 * the start of a WebP or PDF, a PNG or PDF signature followed by an HTML page (polyglots), a
 * Windows .exe, plain text.
 */
import { encode as encodeJpeg } from 'jpeg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { PNG } from 'pngjs';

export const MB = 1024 * 1024;

/** A valid `width`×`height` PNG of one colour. */
export function pngBytes(width = 2, height = 2, rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) png.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(png);
}

/** A valid PNG of exactly `size` bytes: a small image padded by a private ancillary chunk before IEND. */
export function pngOfSize(size: number): Buffer {
  const png = pngBytes();
  const iend = png.length - 12; // IEND: length, type, CRC, no data
  const padding = size - png.length - 12; // one more chunk: length + type + data + CRC
  if (padding < 0) throw new Error(`pngOfSize: ${size} is too small`);
  const type = Buffer.from('prVt', 'ascii'); // lower-case first letter: ancillary, skipped by decoders
  const data = Buffer.alloc(padding, 0x20);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(padding);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
  return Buffer.concat([png.subarray(0, iend), length, type, data, crc, png.subarray(iend)]);
}

/** A valid `width`×`height` baseline JPEG. */
export function jpegBytes(width = 4, height = 3): Buffer {
  const data = Buffer.alloc(width * height * 4, 0x80);
  return Buffer.from(encodeJpeg({ data, width, height }, 80).data);
}

/** A valid one-page PDF with a line of text; `pad` bytes in an extra stream object make it bigger. */
export async function pdfBytes(pad = 0): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 100]);
  page.drawText('Contract', { x: 20, y: 50, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  if (pad > 0) doc.context.register(doc.context.stream(new Uint8Array(pad).fill(0x20)));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A valid PDF of exactly `size` bytes (the padding stream is resized until the total fits). */
export async function pdfOfSize(size: number): Promise<Buffer> {
  let pad = 1;
  for (let round = 0; round < 5; round++) {
    const pdf = await pdfBytes(pad);
    if (pdf.length === size) return pdf;
    pad += size - pdf.length;
  }
  throw new Error(`pdfOfSize: cannot reach ${size} bytes`);
}

/** `start`, padded with zeros to `size` bytes (a file that big, as far as a size check can tell). */
export const sized = (start: Buffer, size: number) =>
  Buffer.concat([start, Buffer.alloc(Math.max(0, size - start.length))]);

/** A page that runs a script: what a polyglot hides behind a file signature. */
export const HTML_PAGE =
  '<html><body><script>document.title = "pwned"; fetch("/api/fn/account")</script></body></html>';

/** A PNG signature followed by an HTML page: passes a signature check, is no image. */
export const pngPolyglot = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(HTML_PAGE)]);
/** `%PDF-` followed by an HTML page. */
export const pdfPolyglot = () => Buffer.from(`%PDF-1.7\n${HTML_PAGE}\n%%EOF\n`, 'latin1');
/** A JPEG's start followed by an HTML page. */
export const jpegPolyglot = () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML_PAGE)]);

/** Only the start of a PDF (what the first-bytes check looks at). */
export const pdfHeader = (size = 4096) => sized(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'), size);
/** Only the start of a WebP (RIFF…WEBP). */
export const webpBytes = (size = 2048) =>
  sized(Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), size);
/** A Windows executable's start ("MZ"). */
export const exeBytes = () => sized(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 1024);
export const textBytes = () => Buffer.from('这不是图片，只是改了扩展名的文本文件\n', 'utf8');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
