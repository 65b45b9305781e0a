/**
 * Page codes where there is no WeChat (the host, tests): a plain QR code of the H5 URL, which any
 * phone camera opens in the browser. The H5 router is in hash mode (config/index.ts), so the URL
 * is `<origin>/#/<page>?<query>`.
 *
 * The `qrcode` package makes the matrix; the PNG is written here (grayscale, one deflate): its
 * own PNG path (pngjs) is ~100× slower inside Jest's sandbox and the screen asks every 30 s.
 */
import { deflateSync } from 'node:zlib';
import QRCode from 'qrcode';
import type { PageCode, PageCodeRequest, PageCodes } from '../../core/ports';

/** `http(s)://host[:port]` only: what a Host header or a configured public URL may give. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** Pixels per module: ~360 px for a check-in URL; the screen scales it up without smoothing. */
const SCALE = 8;
/** The quiet zone phone cameras need around the code, in modules. */
const MARGIN = 4;

export function isOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

export function h5PageUrl(origin: string, request: Pick<PageCodeRequest, 'page' | 'query'>): string {
  const query = Object.entries(request.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${origin.replace(/\/+$/, '')}/#/${request.page}${query ? `?${query}` : ''}`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A black-on-white 8-bit grayscale PNG of a QR matrix, with its quiet zone. */
export function qrPng(text: string): Buffer {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 2 * MARGIN) * SCALE;
  const row = side + 1; // a filter byte (0: none) before each row
  const raw = Buffer.alloc(row * side, 0xff);
  for (let y = 0; y < side; y++) {
    raw[y * row] = 0;
    const my = Math.floor(y / SCALE) - MARGIN;
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / SCALE) - MARGIN;
      const dark = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size && modules.get(my, mx);
      if (dark) raw[y * row + 1 + x] = 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // bit depth 8, grayscale, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function qrPageCodes(origin: string): PageCodes {
  if (!isOrigin(origin)) throw new Error(`qrPageCodes: not an origin: ${origin}`);
  return {
    async draw(request): Promise<PageCode> {
      const url = h5PageUrl(origin, request);
      return { image: `data:image/png;base64,${qrPng(url).toString('base64')}`, kind: 'url', url };
    },
  };
}
