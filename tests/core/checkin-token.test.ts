/**
 * The check-in token's format and windows (core/rules/checkin-token.ts): what the scan page reads
 * out of any scan, which 30 s windows are still accepted, when check-in opens and closes.
 */
import {
  checkinPhase,
  formatCheckinToken,
  isLate,
  parseCheckinToken,
  TOKEN_LENGTH,
  TOKEN_WINDOW_MS,
  tokenFresh,
  tokenFromScan,
  windowOf,
} from '../../core/rules/checkin-token';

const MINUTE = 60_000;
const parts = { sessionCode: 'Ab3_-x9Z', window: windowOf(Date.UTC(2025, 2, 3, 1, 0, 0)), mac: 'MAC_mac-0123' };
const token = formatCheckinToken(parts);

describe('the token', () => {
  it('is 27 URL- and scene-safe characters that parse back to its parts', () => {
    expect(token).toHaveLength(TOKEN_LENGTH);
    expect(TOKEN_LENGTH).toBeLessThanOrEqual(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(parseCheckinToken(token)).toEqual(parts);
  });

  it('parses nothing else', () => {
    for (const bad of [
      '',
      token.slice(1),
      `${token}x`,
      token.replace('A', '.'),
      `${token.slice(0, 8)}ZZZZZZZ${token.slice(15)}`,
    ]) {
      expect(parseCheckinToken(bad)).toBeNull();
    }
  });

  it('is accepted in its own window and the next one, not before, not after', () => {
    const start = parts.window * TOKEN_WINDOW_MS;
    expect(tokenFresh(parts.window, start)).toBe(true);
    expect(tokenFresh(parts.window, start + 2 * TOKEN_WINDOW_MS - 1)).toBe(true);
    expect(tokenFresh(parts.window, start + 2 * TOKEN_WINDOW_MS)).toBe(false);
    expect(tokenFresh(parts.window, start - 1)).toBe(false);
  });
});

describe('reading a scan', () => {
  it('finds the token in the token itself, the H5 URL, or a mini program code path', () => {
    expect(tokenFromScan(token)).toBe(token);
    expect(tokenFromScan(`http://192.168.1.20:3000/#/packages/checkin/pages/scan/index?token=${token}`)).toBe(token);
    expect(tokenFromScan(`packages/checkin/pages/scan/index?scene=${encodeURIComponent(token)}`)).toBe(token);
    expect(tokenFromScan(`pages/x?a=1&scene=${token}`)).toBe(token);
  });

  it('finds none in anything else', () => {
    for (const other of [undefined, null, '', 'https://example.com/?token=abc', '6901234567892', 'scene=']) {
      expect(tokenFromScan(other)).toBeNull();
    }
  });
});

describe('the check-in window', () => {
  const session = { startAt: Date.UTC(2025, 2, 3, 2, 0, 0), endAt: Date.UTC(2025, 2, 3, 4, 0, 0) };

  it('opens 30 minutes before the start and closes at the end', () => {
    expect(checkinPhase(session, session.startAt - 30 * MINUTE - 1)).toBe('early');
    expect(checkinPhase(session, session.startAt - 30 * MINUTE)).toBe('open');
    expect(checkinPhase(session, session.endAt)).toBe('open');
    expect(checkinPhase(session, session.endAt + 1)).toBe('ended');
  });

  it('counts arriving after the start as late', () => {
    expect(isLate(session, session.startAt)).toBe(false);
    expect(isLate(session, session.startAt + 1)).toBe(true);
  });
});
