/**
 * Check-in at the venue (签到): the rotating code's token format and the session's check-in window.
 * Pure (no crypto, no Node): the front end uses `tokenFromScan` to tell a check-in code from any
 * other code before calling the server; signing and verifying live in cloudfunctions/checkin/token.ts.
 *
 * Token = `<sessionCode 8><window 7><mac 12>`: 27 characters of [A-Za-z0-9_-]. Fixed widths need no
 * separator, so the token is safe unencoded in a URL query and in a mini program code's `scene`
 * (≤ 32 visible characters):
 *  - sessionCode: 8 random base64url characters stored on the session as `checkinCode` (a session id
 *    is 20 characters and would not fit a 32-character `scene` beside a window and a MAC). The
 *    code is only a lookup key: the MAC binds the full session id, so two sessions sharing a code
 *    (48 random bits: practically never) are still told apart, and a code alone proves nothing;
 *  - window: floor(epoch ms / 30 s), base36, zero-padded (7 digits last until the year 4000+);
 *  - mac: HMAC-SHA256(key, `checkin:v1:<sessionId>:<window>`), first 9 bytes, base64url (72 bits).
 */
import { PAGES } from '../pages';
import { MINUTE_MS } from './time';

/** The screen shows a new code every 30 s. */
export const TOKEN_WINDOW_MS = 30_000;
/** The current window and the previous one are accepted: a code scanned as it refreshed still works. */
export const ACCEPTED_WINDOWS = 2;
/** Check-in opens this long before the start and closes at the end. */
export const CHECKIN_OPENS_BEFORE_MS = 30 * MINUTE_MS;

export const SESSION_CODE_LENGTH = 8;
const WINDOW_DIGITS = 7;
export const MAC_CHARS = 12;
/** Bytes of the HMAC kept (12 base64url characters carry exactly 9 bytes = 72 bits). */
export const MAC_BYTES = 9;
export const TOKEN_LENGTH = SESSION_CODE_LENGTH + WINDOW_DIGITS + MAC_CHARS;

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{8})([0-9a-z]{7})([A-Za-z0-9_-]{12})$/;
export const SESSION_CODE_PATTERN = /^[A-Za-z0-9_-]{8}$/;

/** The page a check-in code opens (mini program code `page`, H5 hash route). */
export const CHECKIN_SCAN_PAGE = PAGES.checkin.replace(/^\//, '');

export const CHECKIN_MESSAGES = {
  invalid: '二维码无效',
  notCheckinCode: '这不是签到二维码，请扫描现场的签到二维码',
  expired: '二维码已过期，请扫描现场最新的二维码',
  otherSession: '这不是本场培训的签到码',
  notOpen: '签到尚未开始，开始前30分钟可签到',
  ended: '培训已结束，无法签到',
  cancelled: '本场培训已取消，无需签到',
} as const;

export interface TokenParts {
  sessionCode: string;
  window: number;
  mac: string;
}

export const windowOf = (now: number) => Math.floor(now / TOKEN_WINDOW_MS);

/** When the code of `window` is replaced on the screen. */
export const windowEndsAt = (window: number) => (window + 1) * TOKEN_WINDOW_MS;

export function formatCheckinToken(parts: TokenParts): string {
  if (!SESSION_CODE_PATTERN.test(parts.sessionCode)) throw new Error('check-in token: bad session code');
  if (!Number.isSafeInteger(parts.window) || parts.window < 0) throw new Error('check-in token: bad window');
  const window = parts.window.toString(36).padStart(WINDOW_DIGITS, '0');
  if (window.length !== WINDOW_DIGITS || !/^[A-Za-z0-9_-]{12}$/.test(parts.mac)) {
    throw new Error('check-in token: bad window or mac');
  }
  return `${parts.sessionCode}${window}${parts.mac}`;
}

/** The parts of a well-formed token; null for anything else (no signature check here). */
export function parseCheckinToken(token: string): TokenParts | null {
  const m = TOKEN_PATTERN.exec(token);
  if (!m) return null;
  return { sessionCode: m[1]!, window: parseInt(m[2]!, 36), mac: m[3]! };
}

/** Whether the token's window is still accepted at `now` (current or previous window). */
export function tokenFresh(window: number, now: number): boolean {
  const current = windowOf(now);
  return window <= current && current - window < ACCEPTED_WINDOWS;
}

function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The token in what a scan read: the token itself, the H5 check-in URL (`…?token=…`), or a mini
 * program code's path (`…?scene=…`, encoded). Null when it holds no check-in token, so the page
 * can say so without asking the server.
 */
export function tokenFromScan(text: string | undefined | null): string | null {
  const raw = (text ?? '').trim();
  if (!raw) return null;
  if (parseCheckinToken(raw)) return raw;
  const query = raw.includes('?') ? raw.slice(raw.lastIndexOf('?') + 1) : raw;
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq);
    if (key !== 'token' && key !== 'scene') continue;
    const value = decodeParam(decodeParam(pair.slice(eq + 1)));
    if (parseCheckinToken(value)) return value;
  }
  return null;
}

export interface CheckinWindow {
  opensAt: number;
  closesAt: number;
}

export const checkinWindowOf = (session: { startAt: number; endAt: number }): CheckinWindow => ({
  opensAt: session.startAt - CHECKIN_OPENS_BEFORE_MS,
  closesAt: session.endAt,
});

/** 'early' before the window opens, 'ended' after the end, else 'open'. */
export function checkinPhase(session: { startAt: number; endAt: number }, now: number): 'early' | 'open' | 'ended' {
  const { opensAt, closesAt } = checkinWindowOf(session);
  if (now < opensAt) return 'early';
  if (now > closesAt) return 'ended';
  return 'open';
}

/** Arriving after the start is late. */
export const isLate = (session: { startAt: number }, at: number) => at > session.startAt;
