/**
 * Files as people upload them: a real (decodable) PNG, and JPEG / WebP / PDF starts with the
 * right magic bytes, plus things that are not allowed (a Windows .exe, plain text).
 */
import { deflateSync } from 'node:zlib';

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

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid `width`×`height` RGB PNG of one colour. */
export function pngBytes(width = 2, height = 2, rgb: [number, number, number] = [200, 30, 30]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `start`, padded with zeros to `size` bytes (a file that big, as far as any check can tell). */
export const sized = (start: Buffer, size: number) =>
  Buffer.concat([start, Buffer.alloc(Math.max(0, size - start.length))]);

export const jpegBytes = (size = 2048) => sized(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]), size);
export const webpBytes = (size = 2048) =>
  sized(Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]), size);
export const pdfBytes = (size = 4096) => sized(Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1'), size);
/** A Windows executable's start ("MZ"). */
export const exeBytes = () => sized(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 1024);
export const textBytes = () => Buffer.from('这不是图片，只是改了扩展名的文本文件\n', 'utf8');

export const MB = 1024 * 1024;
