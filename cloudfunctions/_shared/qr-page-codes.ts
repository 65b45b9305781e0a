/**
 * Page codes where there is no WeChat (the host, tests): a plain QR code of the H5 URL, which any
 * phone camera opens in the browser. The H5 router is in hash mode (config/index.ts), so the URL
 * is `<origin>/#/<page>?<query>`.
 *
 * The `qrcode` package draws the PNG (through pngjs) with one fixed row filter, "up": pngjs's
 * default tries all five filters on every row — 30 ms a code in Node, 1.5 s inside Jest's sandbox,
 * against 14 ms and 80 ms — and the screen asks for a fresh code every 30 s. "Up" turns each
 * repeated pixel row into zeros, so the picture stays small (~17 KB).
 */
import QRCode from 'qrcode';
import type { PageCode, PageCodeRequest, PageCodes } from '../../core/ports';

/** `http(s)://host[:port]` only: what a Host header or a configured public URL may give. */
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** Pixels per module: ~360 px for a check-in URL; the screen scales it up without smoothing. */
const SCALE = 8;
/** The quiet zone phone cameras need around the code, in modules. */
const MARGIN = 4;
/** PNG row filter 2 ("up"), for every row. */
const PNG_FILTER_UP = 2;

export function isOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

export function h5PageUrl(origin: string, request: Pick<PageCodeRequest, 'page' | 'query'>): string {
  const query = Object.entries(request.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `${origin.replace(/\/+$/, '')}/#/${request.page}${query ? `?${query}` : ''}`;
}

/** qrcode hands `rendererOpts` to pngjs as they are; its typings list only the deflate options. */
const PNG_OPTIONS = {
  errorCorrectionLevel: 'M',
  scale: SCALE,
  margin: MARGIN,
  rendererOpts: { filterType: PNG_FILTER_UP },
} as const;

export function qrPageCodes(origin: string): PageCodes {
  if (!isOrigin(origin)) throw new Error(`qrPageCodes: not an origin: ${origin}`);
  return {
    async draw(request): Promise<PageCode> {
      const url = h5PageUrl(origin, request);
      // A PNG data URL: black on white, with its quiet zone.
      return { image: await QRCode.toDataURL(url, PNG_OPTIONS), kind: 'url', url };
    },
  };
}
