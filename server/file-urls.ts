/**
 * Signed, expiring URLs for the host's stored files: `/files/<path>?exp=<ms>&sig=<mac>`, the host's
 * twin of CloudBase's temporary file URLs (getTempFileURL).
 *
 * Why signed URLs rather than a per-request permission check: every file reaches a page only
 * through an action that has already decided who may see the record holding it (getBooking,
 * getRecord, getVisit, an export…), and that action is where the URL is made. A signature carries
 * that decision to the <img> or download that follows, which cannot send the bearer token (an
 * <img src> has no Authorization header), without a second copy of each area's read rules in the
 * file route. The URL is unguessable (HMAC-SHA256 with a key only the server holds) and dies after
 * about two hours, so a URL copied out of a page or a log stops working; the same applies on
 * CloudBase, whose temporary URLs are the model.
 *
 * `exp` is rounded up to a 10-minute step, so the same file read twice within a few minutes gets
 * the same URL and the browser's cache keeps working.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock, Store } from '../core/ports';
import { secretKey } from '../cloudfunctions/_shared/secrets';

/** How long a file URL works, at least. */
export const FILE_URL_LIFETIME_MS = 2 * 60 * 60 * 1000;
/** `exp` is a multiple of this: URLs stay stable (cacheable) for this long. */
const EXP_STEP_MS = 10 * 60 * 1000;
const KEY_ID = 'file-url-key';
export const FILES_PREFIX = '/files/';

export type FileUrlVerdict = 'ok' | 'expired' | 'bad';

export interface FileUrlSigner {
  /** The URL a page loads the stored file at `path` (e.g. `uploads/u1/ab12.png`) with. */
  url(path: string): Promise<string>;
  /** Whether `exp` and `sig` (as they came in the query) sign `path` and have not expired. */
  verify(path: string, exp: unknown, sig: unknown): Promise<FileUrlVerdict>;
}

const macOf = (key: Buffer, path: string, exp: number) =>
  createHmac('sha256', key).update(`files:v1:${exp}:${path}`).digest();

/** The path as it appears in a URL: each segment percent-encoded. */
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function fileUrlSigner(store: Store, clock: Clock, lifetimeMs = FILE_URL_LIFETIME_MS): FileUrlSigner {
  const key = () => secretKey(store, clock, KEY_ID);
  return {
    async url(path) {
      const exp = Math.ceil((clock.now() + lifetimeMs) / EXP_STEP_MS) * EXP_STEP_MS;
      const sig = macOf(await key(), path, exp).toString('base64url');
      return `${FILES_PREFIX}${encodePath(path)}?exp=${exp}&sig=${sig}`;
    },
    async verify(path, exp, sig) {
      if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,15}$/.test(exp)) return 'bad';
      const given = Buffer.from(sig, 'base64url');
      const expected = macOf(await key(), path, Number(exp));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'bad';
      return Number(exp) > clock.now() ? 'ok' : 'expired';
    },
  };
}
