/**
 * Signing and verifying check-in tokens (format: core/rules/checkin-token.ts) with node:crypto.
 *
 * The key is a `secrets` document with the fixed id `checkin-key`, made on first use
 * (_shared/secrets: concurrent first calls agree on one key without any setup step).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Clock, Store } from '../../core/ports';
import {
  CHECKIN_MESSAGES,
  MAC_BYTES,
  formatCheckinToken,
  parseCheckinToken,
  tokenFresh,
  windowEndsAt,
  windowOf,
} from '../../core/rules/checkin-token';
import type { TrainingSessionDoc } from '../../core/store/docs';
import { secretKey } from '../_shared/secrets';

const CHECKIN_KEY_ID = 'checkin-key';

export const checkinKey = (store: Store, clock: Clock): Promise<Buffer> => secretKey(store, clock, CHECKIN_KEY_ID);

function macOf(key: Buffer, sessionId: string, window: number): Buffer {
  return createHmac('sha256', key).update(`checkin:v1:${sessionId}:${window}`).digest().subarray(0, MAC_BYTES);
}

export interface IssuedToken {
  token: string;
  expiresAt: number;
}

/** The token of the current 30 s window for a session that has its check-in code. */
export function issueToken(
  key: Buffer,
  session: Pick<TrainingSessionDoc, '_id'> & { checkinCode: string },
  now: number,
) {
  const window = windowOf(now);
  const mac = macOf(key, session._id, window).toString('base64url');
  return {
    token: formatCheckinToken({ sessionCode: session.checkinCode, window, mac }),
    expiresAt: windowEndsAt(window),
  };
}

/**
 * The session a token names, when its MAC verifies and its window is still accepted. Refusals,
 * in this order: not a token or no session verifies (二维码无效), a session other than the one the
 * page was opened for, an old window (二维码已过期).
 */
export async function verifyToken(
  store: Store,
  clock: Clock,
  token: string,
  expectedSessionId?: string,
): Promise<TrainingSessionDoc> {
  const parts = parseCheckinToken(token);
  if (!parts) throw new AppError('INVALID_INPUT', CHECKIN_MESSAGES.invalid, { token: CHECKIN_MESSAGES.invalid });
  const given = Buffer.from(parts.mac, 'base64url');
  // Codes are 48 random bits: two sessions sharing one is unlikely, and the MAC tells them apart.
  // The key (read once per instance) and the sessions at once: one round trip on a cold instance.
  const [key, candidates] = await Promise.all([
    checkinKey(store, clock),
    store.find<TrainingSessionDoc>('trainings', { where: { checkinCode: parts.sessionCode }, limit: 5 }),
  ]);
  const now = clock.now();
  const session = candidates.find((s) => timingSafeEqual(macOf(key, s._id, parts.window), given));
  if (!session) throw new AppError('INVALID_INPUT', CHECKIN_MESSAGES.invalid, { token: CHECKIN_MESSAGES.invalid });
  if (expectedSessionId && session._id !== expectedSessionId) {
    throw new AppError('INVALID_INPUT', CHECKIN_MESSAGES.otherSession, { token: CHECKIN_MESSAGES.otherSession });
  }
  if (!tokenFresh(parts.window, now)) throw new AppError('CONFLICT', CHECKIN_MESSAGES.expired);
  return session;
}
